"""Progress entry: a month's level or value, what was done, and evidence, beside the platform's
own figures for that month."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from tscplus.accounts.permissions import staff_page_or_login
from tscplus.core import clock
from tscplus.core.forms import form_add_service_errors
from tscplus.core.thaidate import reader_date
from tscplus.indicators import permissions, services
from tscplus.indicators.figures import labelled, month_figures
from tscplus.indicators.forms import ProgressForm
from tscplus.indicators.models import Indicator, MonthlyProgress
from tscplus.indicators.timeliness import month_start
from tscplus.indicators.views.plan import indicator_or_404


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
    item = indicator_or_404(pk)
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
