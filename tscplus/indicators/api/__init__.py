"""Indicators and reports in the API: the published reports for everyone; indicators, progress
entry and the report workflow for staff. Same services and rules as the pages.

One module per resource; this package names the views that `api_urls` routes to, so a reader
finds every endpoint from here."""

from tscplus.indicators.api.indicators import (
    IndicatorListView,
    IndicatorView,
    OnTimeView,
    StepView,
)
from tscplus.indicators.api.progress import ProgressView
from tscplus.indicators.api.reports import ReportListView, ReportView
from tscplus.indicators.api.workflow import ReportActionView, StaffReportView

__all__ = [
    "IndicatorListView",
    "IndicatorView",
    "OnTimeView",
    "ProgressView",
    "ReportActionView",
    "ReportListView",
    "ReportView",
    "StaffReportView",
    "StepView",
]
