"""People Voice pages: the public rates a place, files a complaint and follows it, and reports a QR
code the registry does not know; the operator replies; the area's officers moderate and work the
complaints, and read the reports."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.assessments.selectors import certificate_for_verification
from tscplus.core.errors import too_many_requests
from tscplus.core.forms import form_add_service_errors
from tscplus.core.language import reader_language
from tscplus.core.middleware import client_ip, personal
from tscplus.core.permissions import require_officer
from tscplus.places.selectors import establishment_get_public
from tscplus.voice import selectors, services
from tscplus.voice.choices import ComplaintStatus
from tscplus.voice.forms import (
    ComplaintForm,
    ComplaintStatusForm,
    ModerationForm,
    QrReportForm,
    RatingForm,
    ReplyForm,
)
from tscplus.voice.models import QR_TOKEN_MAX_LENGTH
from tscplus.voice.visits import visit_token, visit_token_valid

DEVICE_COOKIE = "tscplus_device"


def _device(request: HttpRequest) -> str:
    return request.COOKIES.get(DEVICE_COOKIE, "")[:64] or secrets.token_hex(16)


def _with_device(request: HttpRequest, response: HttpResponse, device: str) -> HttpResponse:
    if request.COOKIES.get(DEVICE_COOKIE) != device:
        response.set_cookie(
            DEVICE_COOKIE,
            device,
            max_age=365 * 24 * 3600,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def _rate_page(request: HttpRequest, place, form: RatingForm, device: str) -> HttpResponse:
    summary = selectors.rating_summary(establishment_id=place.pk)
    context = {
        "place": place,
        "form": form,
        "summary": summary,
        "verified": visit_token_valid(form["visit"].value() or "", place.public_id),
    }
    return _with_device(request, render(request, "voice/rate.html", context), device)


@require_http_methods(["GET", "POST"])
def rate(request: HttpRequest, public_id: str) -> HttpResponse:
    place = establishment_get_public(public_id)
    device = _device(request)
    if request.method == "GET":
        return _rate_page(request, place, RatingForm(), device)
    form = RatingForm(request.POST, request.FILES)
    if form.is_bot():
        # Answer as if it had worked: a bot learns nothing, and nothing is stored.
        return redirect("places:public_detail", public_id=place.public_id)
    if wait := services.RATING_LIMIT.wait(client_ip(request)):
        return too_many_requests(request, wait)
    if form.is_valid():
        try:
            rating = services.rating_submit(
                establishment=place,
                ratings=form.ratings(),
                comment=form.cleaned_data["comment"],
                photo=form.cleaned_data["photo"],
                device=device,
                ip=client_ip(request),
                verified_visit=visit_token_valid(form.cleaned_data["visit"], place.public_id),
                language=reader_language(),
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            if rating.moderation == "held":
                messages.info(
                    request,
                    _(
                        "Thank you. Your rating counts now; your comment will be shown once an officer has read it."
                    ),
                )
            else:
                messages.success(request, _("Thank you for rating this place."))
            response = redirect("places:public_detail", public_id=place.public_id)
            return _with_device(request, response, device)
    return _rate_page(request, place, form, device)


@require_GET
@personal  # the form carries a signed visit token: it proves this scan, nobody else's
def rate_from_qr(request: HttpRequest, token: str) -> HttpResponse:
    """Reached from the verification page: the scan proves a visit, so the form carries a
    signed visit token and the rating counts as a verified visit."""
    certificate = certificate_for_verification(token)
    if certificate is None:
        from tscplus.assessments.services import VERIFY_MISS_LIMIT

        if VERIFY_MISS_LIMIT.wait(client_ip(request)):
            return render(request, "assessments/verify_limited.html", status=429)
        raise Http404
    # ?lang= from the verify page's link; otherwise the reader's chosen language (the switch).
    chosen = request.GET.get("lang") or reader_language()
    language = "en" if chosen.startswith("en") else "th"
    with translation.override(language):
        place = certificate.establishment
        form = RatingForm(initial={"visit": visit_token(place.public_id)})
        return _rate_page(request, place, form, _device(request))


@require_http_methods(["GET", "POST"])
def complain(request: HttpRequest, public_id: str) -> HttpResponse:
    place = establishment_get_public(public_id)
    form = ComplaintForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_bot():
            return redirect("voice:track")
        if wait := services.COMPLAINT_LIMIT.wait(client_ip(request)):
            return too_many_requests(request, wait)
        if form.is_valid():
            data = form.cleaned_data
            try:
                complaint = services.complaint_file(
                    establishment=place,
                    topic=data["topic"],
                    description=data["description"],
                    photo=data["photo"],
                    contact_name=data["contact_name"],
                    contact_phone=data["contact_phone"],
                    contact_email=data["contact_email"],
                    consent=data["consent"],
                    ip=client_ip(request),
                )
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                return redirect(f"{reverse('voice:track')}?code={complaint.tracking_code}&new=1")
    return render(request, "voice/complain.html", {"place": place, "form": form})


@require_GET
@personal  # the complainant's own complaint, whoever holds its code
def track(request: HttpRequest) -> HttpResponse:
    """Follow a complaint by its tracking code, without an account. Guessing is limited."""
    code = request.GET.get("code", "")
    if not code:
        return render(request, "voice/track.html", {})
    complaint = selectors.complaint_get_by_tracking_code(code)
    if complaint is None:
        wait = services.TRACKING_MISS_LIMIT.wait(client_ip(request))
        if wait:
            return too_many_requests(request, wait)
        return render(request, "voice/track.html", {"code": code, "missing": True}, status=404)
    context = {"complaint": complaint, "new": request.GET.get("new") == "1"}
    response = render(request, "voice/track.html", context)
    # The code is in the address: other sites never see it (same-origin still lets forms post).
    response["Referrer-Policy"] = "same-origin"
    return response


@require_http_methods(["GET", "POST"])
def qr_report(request: HttpRequest, token: str) -> HttpResponse:
    """Report a QR code the registry does not know (its verification page, a 404, leads here):
    where it was seen goes to the officers of that area."""
    if len(token) > QR_TOKEN_MAX_LENGTH:
        raise Http404
    sent = f"{reverse('voice:qr_report', args=[token])}?sent=1"
    form = QrReportForm(request.POST or None)
    if request.method == "POST" and "_refresh" not in request.POST:
        if form.is_bot():
            return redirect(sent)
        if wait := services.QR_REPORT_LIMIT.wait(client_ip(request)):
            return too_many_requests(request, wait)
        if form.is_valid():
            try:
                services.qr_report_file(token=token, ip=client_ip(request), **form.service_kwargs())
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                return redirect(sent)
    context = {"form": form, "sent": request.method == "GET" and request.GET.get("sent") == "1"}
    return render(request, "voice/qr_report.html", context)


# --- The place's operator: the right to reply ------------------------------------------------


@login_required
@require_GET
def my_ratings(request: HttpRequest) -> HttpResponse:
    """The published ratings of the places this person owns, each with its reply or a reply form."""
    return _my_ratings_page(request)


def _my_ratings_page(
    request: HttpRequest, failed: Any = None, failed_form: Any = None
) -> HttpResponse:
    assert request.user.is_authenticated  # its pages are login_required: never a visitor here
    ratings = selectors.rating_list_for_owner(request.user)[:100]
    # One form per rating, each with its own field ids (prefix), so every label finds its box.
    rows = [(e, failed_form if failed == e.pk else ReplyForm(prefix=f"r{e.pk}")) for e in ratings]
    return render(
        request,
        "voice/my_ratings.html",
        {"rows": rows, "failed": failed},
        status=400 if failed else 200,
    )


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    rating = selectors.rating_get_for_owner(request.user, pk)
    form = ReplyForm(request.POST, prefix=f"r{rating.pk}")
    if form.is_valid():
        try:
            services.rating_reply(
                actor=request.user, rating=rating, text=form.cleaned_data["reply"]
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            if rating.reply_moderation == "held":
                messages.info(request, _("Your reply will be shown once an officer has read it."))
            else:
                messages.success(request, _("Your reply is shown with the rating."))
            return redirect("voice:my_ratings")
    return _my_ratings_page(request, failed=rating.pk, failed_form=form)


# --- Officers: moderation and complaints -------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def moderation_queue(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    form = ModerationForm(request.POST or None)
    rating = None
    if request.method == "POST":
        try:
            pk = int(request.POST.get("pk", ""))
        except ValueError:
            raise Http404 from None  # an id that is no number: "not found", as for an unknown one
        rating = selectors.rating_get_for_moderation(request.user, pk)
        if form.is_valid():
            try:
                services.rating_moderate(
                    actor=request.user,
                    rating=rating,
                    part=form.cleaned_data["part"],
                    approve=form.cleaned_data["decision"] == "approve",
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                messages.success(request, _("Done. The next one is below."))
                return redirect("voice:moderation")
    queue = selectors.rating_moderation_queue(request.user)[:50]
    failed = rating.pk if rating is not None and form.errors else None
    context = {"queue": queue, "form": form, "failed": failed}
    return render(request, "voice/moderation.html", context, status=400 if failed else 200)


@login_required
@require_GET
def officer_complaints(request: HttpRequest) -> HttpResponse:
    require_officer(request.user)
    status = request.GET.get("status", "")
    status = status if status in ComplaintStatus.values else ""
    rows = selectors.complaint_list_for_officer(request.user, status)[:200]
    context = {"complaints": rows, "status": status, "statuses": ComplaintStatus.choices}
    return render(request, "voice/officer_complaints.html", context)


@login_required
@require_GET
def officer_qr_reports(request: HttpRequest) -> HttpResponse:
    """Reports of unknown QR codes seen in the officer's areas (each officer's notification
    links to its report here)."""
    require_officer(request.user)
    reports = selectors.qr_report_list_for_officer(request.user)[:200]
    return render(request, "voice/officer_qr_reports.html", {"reports": reports})


@login_required
@require_http_methods(["GET", "POST"])
def officer_complaint(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    complaint = selectors.complaint_get_for_officer(request.user, pk)
    form = ComplaintStatusForm(request.POST or None, complaint=complaint)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "take":
                services.complaint_assign(
                    actor=request.user, complaint=complaint, assignee=request.user
                )
                messages.success(request, _("The complaint is yours."))
                return redirect("voice:officer_complaint", pk=complaint.pk)
            if form.is_valid():
                services.complaint_set_status(
                    actor=request.user,
                    complaint=complaint,
                    status=form.cleaned_data["status"],
                    resolution=form.cleaned_data["resolution"],
                )
                messages.success(request, _("The complaint has been updated."))
                return redirect("voice:officer_complaint", pk=complaint.pk)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
    context = {
        "complaint": complaint,
        "form": form,
        # Contact details are for the officer the complaint is assigned to, no one else.
        "show_contact": complaint.assignee_id == request.user.pk,
    }
    return render(
        request, "voice/officer_complaint.html", context, status=400 if form.errors else 200
    )


@require_GET
def photo(request: HttpRequest, kind: str, pk: int) -> FileResponse:
    """Photos sent with ratings and complaints, never as plain files: a rating's photo is public
    once the rating is published (officers of the area and the owner see it while held); a
    complaint's photo is for the officers of the area only."""
    item = selectors.photo_owner_for(request.user, kind, pk)
    if item is None or not item.photo:
        raise Http404
    response = FileResponse(item.photo.open("rb"), content_type="image/jpeg")
    # A complaint's photo is evidence for the officers: never left in a shared computer's cache.
    response["Cache-Control"] = (
        "private, no-store" if kind == "complaint" else "private, max-age=3600"
    )
    return response
