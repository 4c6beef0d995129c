"""A report's workflow for staff (the narrative, send for approval, return, publish, correct)
and the grid of which reports came on time."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.accounts.permissions import staff_page_or_login
from tscplus.indicators import documents, permissions, selectors, services
from tscplus.indicators.choices import RevisionStatus
from tscplus.indicators.forms import NarrativeForm, NoteForm
from tscplus.indicators.models import Report

ACTIONS = ("narrative", "submit", "return", "publish", "correct")


def _report_forms(request: HttpRequest, action: str) -> tuple[NarrativeForm, NoteForm, bool]:
    """The forms an action posts; and whether it carries the narrative. The summary and "send
    for approval" share one form: what is typed in the box is kept before the report is sent,
    never dropped."""
    note_form = NoteForm(request.POST) if action in ("return", "correct") else NoteForm()
    with_narrative = action == "narrative" or (action == "submit" and "narrative" in request.POST)
    narrative_form = NarrativeForm(request.POST) if with_narrative else NarrativeForm()
    return narrative_form, note_form, with_narrative


def _cleaned(form: NarrativeForm | NoteForm) -> dict[str, Any]:
    if not form.is_valid():
        raise ValidationError(_("Check the form below."))
    return form.cleaned_data


def _report_act(
    request: HttpRequest,
    report: Report,
    action: str,
    forms: tuple[NarrativeForm, NoteForm, bool],
) -> None:
    """Save the narrative typed (when sent), then make the action's move through its service;
    a form that does not validate, or a move out of turn, is a ValidationError."""
    assert request.user.is_authenticated  # staff_page_or_login let only staff in
    narrative_form, note_form, with_narrative = forms
    if with_narrative:
        narrative = _cleaned(narrative_form)["narrative"]
        services.report_narrative_save(actor=request.user, report=report, narrative=narrative)
    if action == "submit":
        services.report_submit(actor=request.user, report=report)
    elif action == "publish":
        services.report_publish(actor=request.user, report=report)
    elif action in ("return", "correct"):
        note = _cleaned(note_form)["note"]
        service = services.report_return if action == "return" else services.report_correct
        service(actor=request.user, report=report, note=note)


def _report_manage_page(
    request: HttpRequest, report: Report, narrative_form: NarrativeForm, note_form: NoteForm
) -> HttpResponse:
    revision, content = selectors.working_report(report)
    if (
        revision is not None
        and revision.status == RevisionStatus.DRAFT
        and not narrative_form.is_bound
    ):
        narrative_form = NarrativeForm(initial={"narrative": revision.narrative})
    context = {
        "report": report,
        "revision": revision,
        "r": documents.present(content),
        "timeliness": selectors.timeliness(report),
        "narrative_form": narrative_form,
        "note_form": note_form,
        "published": report.revisions.filter(status=RevisionStatus.PUBLISHED),
        "is_reporter": permissions.is_reporter(request.user),
        "is_approver": permissions.is_approver(request.user),
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "indicators/report_manage.html", context, status=status)


@require_http_methods(["GET", "POST"])
def report_manage(request: HttpRequest, pk: int) -> HttpResponse:
    """A report being prepared: its preview, the narrative, and the workflow's buttons."""
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    report = get_object_or_404(Report.objects.select_related("fiscal_year"), pk=pk)
    narrative_form, note_form = NarrativeForm(), NoteForm()
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action not in ACTIONS:
            raise Http404
        forms = _report_forms(request, action)
        narrative_form, note_form, _with_narrative = forms
        try:
            _report_act(request, report, action, forms)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Done."))
            return redirect("indicators:report", pk=report.pk)
    return _report_manage_page(request, report, narrative_form, note_form)


@require_GET
def on_time(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    year = request.GET.get("year", "")
    fy = selectors.fiscal_year_for(int(year) if year.isdigit() else None)
    if fy is None:
        raise Http404
    return render(
        request, "indicators/on_time.html", {"fy": fy, "grid": selectors.on_time_grid(fy)}
    )
