"""Indicator pages for staff (the plan, progress entry, the reports' workflow, timeliness) and the
public `/reports/` where the published reports are read and downloaded."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.accounts.permissions import is_staff_reader, staff_page_or_login
from tscplus.core import clock, tabular
from tscplus.core.files import serve_stored
from tscplus.core.forms import form_add_service_errors
from tscplus.core.language import reader_language
from tscplus.core.thaidate import reader_date
from tscplus.indicators import documents, permissions, selectors, services
from tscplus.indicators.choices import RevisionStatus
from tscplus.indicators.figures import labelled, month_figures
from tscplus.indicators.forms import NarrativeForm, NoteForm, ProgressForm, StepForm
from tscplus.indicators.models import (
    Evidence,
    FiscalYear,
    Indicator,
    MonthlyProgress,
    PlanStep,
    Report,
)
from tscplus.indicators.timeliness import month_start


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    year = request.GET.get("year", "")
    fy = selectors.fiscal_year_for(int(year) if year.isdigit() else None)
    if fy is None:
        raise Http404
    return render(
        request,
        "indicators/home.html",
        {
            "fy": fy,
            "years": FiscalYear.objects.all(),
            "indicators": selectors.indicator_list(fy),
            "desk": selectors.desk(fy),
            "can_report": permissions.is_reporter(request.user),
        },
    )


def _indicator_or_404(pk: int) -> Indicator:
    try:
        return selectors.indicator_detail(pk)
    except Indicator.DoesNotExist:
        raise Http404 from None


@require_GET
def indicator(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    item = _indicator_or_404(pk)
    months = [m for m in item.fiscal_year.months() if m <= month_start(clock.today())]
    by_month = {p.month: p for p in item.progress.all()}
    return render(
        request,
        "indicators/indicator.html",
        {
            "indicator": item,
            "timeline": selectors.timeline(item),
            "chart": selectors.progress_chart(item, item.fiscal_year.months(), by_month),
            "rows": [(m, by_month.get(m)) for m in months],
            "can_report": permissions.can_report(request.user, item),
            "step_form": StepForm(),
        },
    )


def _progress_save(request: HttpRequest, item: Indicator, form: ProgressForm) -> bool:
    """Save a valid form through the service; its refusals become the form's errors."""
    assert request.user.is_authenticated  # staff_page_or_login let only staff in
    if not form.is_valid():
        return False
    data = form.cleaned_data
    try:
        services.progress_save(
            actor=request.user,
            indicator=item,
            month=data["month"],
            level=data["level"],
            value=data["value"],
            done=data["done"],
            problems=data["problems"],
            next_steps=data["next_steps"],
            evidence_title=data["evidence_title"],
            evidence_file=data["evidence_file"],
            evidence_url=data["evidence_url"],
        )
    except ValidationError as exc:
        form_add_service_errors(form, exc)
        return False
    return True


def _progress_form_for(
    item: Indicator, month: datetime.date
) -> tuple[ProgressForm, MonthlyProgress | None]:
    """The form of a month, filled in with what was entered for it, if anything."""
    existing = MonthlyProgress.objects.filter(indicator=item, month=month).first()
    initial: dict[str, Any] = {"month": f"{month:%Y-%m}"}
    if existing:
        initial.update(
            level=existing.level,
            value=existing.value,
            done=existing.done,
            problems=existing.problems,
            next_steps=existing.next_steps,
        )
    return ProgressForm(initial=initial), existing


def _progress_page(
    request: HttpRequest,
    item: Indicator,
    form: ProgressForm,
    month: datetime.date | None,
    existing: MonthlyProgress | None,
    frozen: str | None,
) -> HttpResponse:
    this_month = month_start(clock.today())
    figures = None
    if month and item.fiscal_year.contains(month) and month <= this_month:
        figures = labelled(month_figures(month))
    context = {
        "indicator": item,
        "form": form,
        "figures": figures,
        "month": month,
        "existing": existing,
        "frozen": frozen,
        "month_label": month and reader_date(month, "month_long"),
        "months": [
            (m, reader_date(m, "month_long")) for m in item.fiscal_year.months() if m <= this_month
        ],
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "indicators/progress.html", context, status=status)


@require_http_methods(["GET", "POST"])
def progress(request: HttpRequest, pk: int) -> HttpResponse:
    """Enter a month's progress: what was reached and done, with evidence; the platform's own
    figures for the month are shown beside it, filled in."""
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    item = _indicator_or_404(pk)
    permissions.require(permissions.can_report(request.user, item))
    if request.method == "POST":
        form = ProgressForm(request.POST, request.FILES)
        if _progress_save(request, item, form):
            messages.success(request, _("Progress saved."))
            return redirect("indicators:indicator", pk=item.pk)
        month = _month_param(request.POST.get("month", ""))
        return _progress_page(request, item, form, month, existing=None, frozen=None)
    # The month is chosen with its own small form (a GET), so the fields below always hold the
    # month named in the heading: changing months can never save one month's text over another's.
    month = _month_param(request.GET.get("month", "")) or _default_month(item)
    form, existing = _progress_form_for(item, month)
    return _progress_page(request, item, form, month, existing, frozen=_frozen_reason(month))


def _default_month(item: Indicator) -> datetime.date:
    """Last month, kept inside the indicator's fiscal year (a closed year opens on its last month)."""
    fy = item.fiscal_year
    return min(max(services.previous_month(clock.today()), fy.starts_on), month_start(fy.ends_on))


def _frozen_reason(month: datetime.date) -> str | None:
    try:
        services.month_open_check(month)
    except ValidationError as exc:
        return " ".join(exc.messages)
    return None


def _month_param(value: str) -> datetime.date | None:
    try:
        return month_start(datetime.date.fromisoformat(f"{value}-01"))
    except ValueError:
        return None


@require_GET
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    """A progress evidence file: for staff, and for everyone once a published report shows it."""
    evidence = get_object_or_404(Evidence.objects.select_related("progress"), pk=pk)
    public = selectors.evidence_is_published(evidence)
    if not public and not (request.user.is_authenticated and is_staff_reader(request.user)):
        raise Http404
    return serve_stored(evidence.file, name=evidence.title, public=public)


@require_POST
def step_update(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    assert request.user.is_authenticated  # staff_page_or_login let only staff in
    step = get_object_or_404(PlanStep.objects.select_related("indicator"), pk=pk)
    form = StepForm(request.POST)
    if form.is_valid():
        services.plan_step_update(
            actor=request.user,
            step=step,
            status=form.cleaned_data["status"],
            evidence=form.cleaned_data["evidence"],
        )
        messages.success(request, _("Plan step updated."))
    else:
        messages.error(request, _("Choose a status from the list."))
    return redirect("indicators:indicator", pk=step.indicator_id)


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


# --- Public ---------------------------------------------------------------------------------------


@require_GET
def public_list(request: HttpRequest) -> HttpResponse:
    reports = list(selectors.public_reports())
    for report in reports:
        # For the template: Report declares no such field, the list page adds it to each row.
        report.timeliness = selectors.timeliness(report)  # type: ignore[attr-defined]
    return render(request, "indicators/public_list.html", {"reports": reports})


def _public_revision(request: HttpRequest, pk: int):
    try:
        report = selectors.public_report(pk)
    except Report.DoesNotExist:
        raise Http404 from None
    number = request.GET.get("revision", "")
    revision = selectors.published_revision(report, int(number) if number.isdigit() else None)
    if revision is None:
        raise Http404
    return report, revision


@require_GET
def public_report(request: HttpRequest, pk: int) -> HttpResponse:
    report, revision = _public_revision(request, pk)
    return render(
        request,
        "indicators/public_report.html",
        {
            "report": report,
            "revision": revision,
            "r": documents.present(revision.content),
            "timeliness": selectors.timeliness(report),
            "latest": report.published[0],
        },
    )


FORMATS = {"pdf": "application/pdf", "xlsx": tabular.XLSX_CONTENT_TYPE}


@require_GET
def public_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    report, revision = _public_revision(request, pk)
    language = reader_language()
    key = f"indicators:report:{revision.pk}:{fmt}:{language}"
    data = cache.get(key)
    if data is None:  # a published revision never changes: its file is made once per language
        if fmt == "pdf":
            header = {
                "number": revision.number,
                "correction_note": revision.correction_note,
                "published_at": reader_date(report.first_published_at, "long"),
                "corrected_at": revision.number > 1 and reader_date(revision.published_at, "long"),
                "approved_by": revision.approved_by.full_name if revision.approved_by else "",
            }
            data = documents.report_pdf(revision.content, header=header)
        else:
            data = documents.report_xlsx(revision.content)
        cache.set(key, data, 24 * 3600)
    response = HttpResponse(data, content_type=FORMATS[fmt])
    name = f"tscplus-{report.kind}-{report.period:%Y-%m}-r{revision.number}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
