"""Indicators of the learning-organization cycle (the seed's procedure): fiscal years, indicators
with their levels and plan, monthly progress with evidence, and the reports published from them.

One module per part of the cycle; importing this package registers every model with the app, and
`evidence_path` stays here by name because the migrations refer to it."""

from tscplus.indicators.models.indicator import Indicator, IndicatorLevel, PlanStep
from tscplus.indicators.models.progress import Evidence, MonthlyProgress, evidence_path
from tscplus.indicators.models.report import Report, ReportNotice, ReportRevision
from tscplus.indicators.models.year import FiscalYear

__all__ = [
    "Evidence",
    "FiscalYear",
    "Indicator",
    "IndicatorLevel",
    "MonthlyProgress",
    "PlanStep",
    "Report",
    "ReportNotice",
    "ReportRevision",
    "evidence_path",
]
