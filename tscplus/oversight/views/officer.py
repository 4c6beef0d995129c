"""Officers' pages of area oversight: the risk-ranked work queue, inspections and exports."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.core import clock, tabular
from tscplus.core.forms import form_add_service_errors
from tscplus.core.language import reader_language
from tscplus.core.permissions import require_officer
from tscplus.oversight import escalation, exports, selectors, services
from tscplus.oversight.forms import DecisionForm, PlanForm
from tscplus.oversight.models import ExportJob
from tscplus.oversight.risk import LABELS
from tscplus.places.selectors import establishment_get_overseen

PAGE_SIZE = 50
APPEALS_ON_QUEUE = 20


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    """The places of the officer's areas, riskiest first, each with what put it there."""
    require_officer(request.user)
    page = Paginator(selectors.risk_queue(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    rows = [
        (place, [LABELS[r] for r in getattr(getattr(place, "risk", None), "reasons", [])])
        for place in page
    ]
    weights = [(LABELS[name], value) for name, value in selectors.risk_weights().items()]
    # Open appeals head the queue, the date to decide them first (so overdue ones lead).
    appeals = [
        (a, a.inspection.officer_id != request.user.pk)
        for a in selectors.appeal_open_for_officer(request.user)[:APPEALS_ON_QUEUE]
    ]
    context = {
        "page": page,
        "rows": rows,
        "weights": weights,
        "appeals": appeals,
        "today": clock.today(),
    }
    return render(request, "oversight/queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def inspection_plan(request: HttpRequest, public_id: str) -> HttpResponse:
    """Plan a visit to a place of the officer's area (the officer visits it themself)."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    place = establishment_get_overseen(request.user, public_id)
    form = PlanForm(request.POST or None, initial={"planned_for": clock.today()})
    if request.method == "POST" and form.is_valid():
        try:
            inspection = services.inspection_plan(
                actor=request.user,
                establishment=place,
                officer=request.user,
                planned_for=form.cleaned_data["planned_for"],
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            return redirect("oversight:inspection", pk=inspection.pk)
    status = 400 if form.errors else 200
    return render(request, "oversight/plan.html", {"place": place, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def inspection(request: HttpRequest, pk: int) -> HttpResponse:
    """One visit: start or resume its checklist, then record the decision."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    visit = selectors.inspection_get_for_officer(request.user, pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "checklist":
                if visit.officer_id != request.user.pk:
                    raise Http404
                assessment = services.inspection_start(actor=request.user, inspection=visit)
                return redirect("assessments:step", pk=assessment.pk, number=1)
            if form.is_valid():
                services.inspection_decide(
                    actor=request.user,
                    inspection=visit,
                    decision=form.cleaned_data["decision"],
                    reason=form.cleaned_data["reason"],
                    corrections_due=form.cleaned_data["corrections_due"],
                )
                messages.success(
                    request, _("The decision is recorded and the operator has been told.")
                )
                return redirect("oversight:inspection", pk=visit.pk)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
    context = {
        "visit": visit,
        "form": form,
        "mine": visit.officer_id == request.user.pk,
        # The repeat-breach rule, shown before a decision it would escalate (escalation.py).
        "record_warnings": escalation.warnings(
            selectors.standing_decisions(visit.establishment_id, clock.today())
        ),
    }
    return render(request, "oversight/inspection.html", context, status=400 if form.errors else 200)


@login_required
@require_GET
def inspections(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    rows = selectors.inspection_list_for_officer(request.user).filter(officer=request.user)[:200]
    return render(request, "oversight/inspections.html", {"inspections": rows})


@login_required
@require_GET
def export_page(request: HttpRequest) -> HttpResponse:
    require_officer(request.user)
    datasets = [(key, dataset.label) for key, dataset in exports.DATASETS.items()]
    return render(request, "oversight/exports.html", {"datasets": datasets})


@login_required
@require_GET
def export_download(
    request: HttpRequest, dataset: str, fmt: str
) -> HttpResponse | StreamingHttpResponse:
    """Data of the officer's areas; every download is audited (it may hold personal data). CSV
    streams at once; a large XLSX is built in the job queue."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    chosen = exports.DATASETS.get(dataset)
    if chosen is None or fmt not in ("csv", "xlsx"):
        raise Http404
    filename = exports.filename(dataset, fmt, reader_language())
    response: HttpResponse | StreamingHttpResponse
    if fmt == "csv":
        response = StreamingHttpResponse(
            exports.csv_stream(chosen, request.user), content_type="text/csv; charset=utf-8"
        )
    else:
        count = chosen.rows(request.user).count()
        if count > exports.XLSX_MAX_ROWS:
            messages.error(
                request,
                _("More than {n} rows: download it as CSV, which has no limit.").format(
                    n=f"{exports.XLSX_MAX_ROWS:,}"
                ),
            )
            return redirect("oversight:exports")
        if count > exports.XLSX_INLINE_ROWS:
            job = services.export_job_create(actor=request.user, dataset=dataset)
            return redirect("oversight:export_job", pk=job.pk)
        response = HttpResponse(
            exports.xlsx_bytes(chosen, request.user), content_type=tabular.XLSX_CONTENT_TYPE
        )
    services.export_record(actor=request.user, dataset=dataset, fmt=fmt)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_GET
def export_job(request: HttpRequest, pk: int) -> HttpResponse | FileResponse:
    """A queued export: HTMX polls until the file is ready, then the page links to it."""
    require_officer(request.user)  # a former officer's files are no longer theirs to take
    job = get_object_or_404(ExportJob, pk=pk, actor=request.user)
    if request.GET.get("download") and job.file:
        # Named by what it holds and when it was asked for (the stored name may carry a suffix).
        day = timezone.localtime(job.created_at).date()
        name = exports.filename(job.dataset, "xlsx", reader_language(), day)
        return FileResponse(job.file.open("rb"), as_attachment=True, filename=name)
    return render(request, "oversight/export_job.html", {"job": job})
