"""Appeals and replies: the owner appeals a decision or answers its outcome; officers of the area
decide appeals (never the officer who made the decision) and moderate held replies."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.core import clock
from tscplus.core.files import serve_stored
from tscplus.core.forms import form_add_service_errors
from tscplus.core.permissions import require_officer
from tscplus.oversight import selectors, services
from tscplus.oversight.forms import (
    AppealDecisionForm,
    AppealForm,
    InspectionReplyForm,
    ReplyModerationForm,
)
from tscplus.voice.choices import Moderation


def _back_to_place(inspection) -> HttpResponse:
    return redirect("places:mine_detail", public_id=inspection.establishment.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def appeal_new(request: HttpRequest, pk: int) -> HttpResponse:
    """The owner appeals a decision (reasons, and a photo or a PDF if they have one)."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    inspection = selectors.inspection_get_for_owner(request.user, pk)
    form = AppealForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            appeal = services.appeal_file(
                actor=request.user,
                inspection=inspection,
                reasons=form.cleaned_data["reasons"],
                evidence=form.cleaned_data["evidence"],
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Your appeal was sent. An officer who did not make the decision will decide it."),
            )
            return redirect("oversight:appeal", pk=appeal.pk)
    context = {
        "visit": inspection,
        "form": form,
        "last_day": services.appeal_last_day(inspection),
        "possible": services.appeal_possible(inspection),
        "appeal": getattr(inspection, "appeal", None),
    }
    return render(request, "oversight/appeal_new.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def appeal(request: HttpRequest, pk: int) -> HttpResponse:
    """One appeal: the owner follows it; an officer of the area reads it, and decides it unless
    they made the decision appealed."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    found = selectors.appeal_get_for_user(request.user, pk)
    can_decide = services.appeal_can_decide(request.user, found)
    form = AppealDecisionForm(request.POST or None, decision=found.inspection.decision)
    if request.method == "POST":
        if not can_decide and found.establishment.owner_id == request.user.pk:
            raise Http404  # an owner never decides
        if form.is_valid():
            try:
                services.appeal_decide(
                    actor=request.user,
                    appeal=found,
                    status=form.cleaned_data["status"],
                    reason=form.cleaned_data["reason"],
                    varied_to=form.cleaned_data.get("varied_to") or "",
                )
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                messages.success(request, _("The appeal is decided and the owner has been told."))
                return redirect("oversight:appeal", pk=found.pk)
    context = {
        "appeal": found,
        "visit": found.inspection,
        "form": form,
        "can_decide": can_decide,
        "own_decision": found.inspection.officer_id == request.user.pk,
        "is_owner": found.establishment.owner_id == request.user.pk,
        "overdue": found.status == "open" and found.respond_by < clock.today(),
    }
    return render(request, "oversight/appeal.html", context, status=400 if form.errors else 200)


@login_required
@require_GET
def appeal_evidence(request: HttpRequest, pk: int) -> FileResponse:
    """The appeal's evidence, for its owner and the area's officers only."""
    found = selectors.appeal_get_for_user(request.user, pk)
    return serve_stored(found.evidence, name=f"appeal-{found.pk}", public=False)


@login_required
@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    """The owner answers an inspection's published outcome, once."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    inspection = selectors.inspection_get_for_owner(request.user, pk)
    form = InspectionReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.inspection_reply(
                actor=request.user, inspection=inspection, text=form.cleaned_data["reply"]
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            if inspection.reply_moderation == Moderation.HELD:
                messages.info(request, _("Your reply will be shown once an officer has read it."))
            else:
                messages.success(request, _("Your reply is shown beside the outcome."))
            return _back_to_place(inspection)
    replied = bool(inspection.reply) and inspection.reply_moderation != Moderation.REJECTED
    context = {"visit": inspection, "form": form, "replied": replied}
    return render(request, "oversight/reply.html", context, status=400 if form.errors else 200)


def _officer_appeals_page(
    request: HttpRequest, failed: int | None = None, failed_form: ReplyModerationForm | None = None
) -> HttpResponse:
    rows = [
        (a, services.appeal_can_decide(request.user, a))
        for a in selectors.appeal_list_for_officer(request.user)[:200]
    ]
    context = {
        "open": [(a, ok) for a, ok in rows if a.status == "open"],
        "decided": [(a, ok) for a, ok in rows if a.status != "open"][:50],
        "replies": list(selectors.replies_held_for_officer(request.user)[:50]),
        "today": clock.today(),
        "form": failed_form,
        "failed": failed,
    }
    return render(request, "oversight/appeals.html", context, status=400 if failed else 200)


@login_required
@require_GET
def officer_appeals(request: HttpRequest) -> HttpResponse:
    """The appeals of the officer's areas (open ones by the date to decide them) and the owners'
    replies waiting for moderation."""
    require_officer(request.user)
    return _officer_appeals_page(request)


@login_required
@require_POST
def reply_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    inspection = selectors.reply_get_for_moderation(request.user, pk)
    form = ReplyModerationForm(request.POST)
    if form.is_valid():
        try:
            services.inspection_reply_moderate(
                actor=request.user,
                inspection=inspection,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Done. The next one is below."))
            return redirect("oversight:appeals")
    return _officer_appeals_page(request, failed=inspection.pk, failed_form=form)
