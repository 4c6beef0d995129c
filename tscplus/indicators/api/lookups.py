"""What an indicators URL names (a fiscal year, an indicator, a report, a month), found or
answered with 404 (400 for a month written wrongly), so every endpoint answers a missing thing
alike."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request

from tscplus.core.rest import read_query
from tscplus.indicators import selectors
from tscplus.indicators.models import FiscalYear, Indicator, Report


class YearFilters(serializers.Serializer):
    year = serializers.IntegerField(
        required=False,
        min_value=2400,
        max_value=2800,
        help_text="Fiscal year in B.E. (e.g. 2570); the current one by default.",
    )


def fiscal_year_or_404(request: Request) -> FiscalYear:
    fy = selectors.fiscal_year_for(read_query(request, YearFilters).get("year"))
    if fy is None:
        raise NotFound
    return fy


def indicator_or_404(pk: int) -> Indicator:
    try:
        return selectors.indicator_detail(pk)
    except Indicator.DoesNotExist:
        raise NotFound from None


def report_or_404(pk: int) -> Report:
    report = Report.objects.select_related("fiscal_year").filter(pk=pk).first()
    if report is None:
        raise NotFound
    return report


def month_or_400(month: str) -> datetime.date:
    """The first day of a `YYYY-MM` month."""
    try:
        return datetime.date.fromisoformat(f"{month}-01")
    except ValueError:
        raise serializers.ValidationError(
            {"month": [_("Write the month as YYYY-MM, e.g. 2026-10.")]}
        ) from None
