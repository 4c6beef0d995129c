"""The staff's pages of a fiscal year's indicators: the list, an indicator with its plan and
progress, a plan step's update, and the evidence files."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tscplus.accounts.permissions import is_staff_reader, staff_page_or_login
from tscplus.core import clock
from tscplus.core.files import serve_stored
from tscplus.indicators import permissions, selectors, services
from tscplus.indicators.forms import StepForm
from tscplus.indicators.models import Evidence, FiscalYear, Indicator, PlanStep
from tscplus.indicators.timeliness import month_start


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    year = request.GET.get("year", "")
    fy = selectors.fiscal_year_for(int(year) if year.isdigit() else None)
    if fy is None:
        raise Http404
    desk = selectors.desk(fy)
    approver = permissions.is_approver(request.user)
    return render(
        request,
        "indicators/home.html",
        {
            "fy": fy,
            "years": FiscalYear.objects.all(),
            "indicators": selectors.indicator_list(fy),
            "desk": desk,
            "awaiting": selectors.awaiting_approval(desk) if approver else [],
            "can_report": permissions.is_reporter(request.user),
        },
    )


def indicator_or_404(pk: int) -> Indicator:
    """The indicator with what its pages show; one that does not exist is a 404."""
    try:
        return selectors.indicator_detail(pk)
    except Indicator.DoesNotExist:
        raise Http404 from None


@require_GET
def indicator(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    item = indicator_or_404(pk)
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
