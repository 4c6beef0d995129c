"""Indicator pages for staff (the plan, progress entry, the reports' workflow, timeliness) and the
public `/reports/` where the published reports are read and downloaded.

One module per part; this package names the views that `urls` routes to, so a reader finds every
page from here."""

from tscplus.indicators.views.plan import evidence_file, home, indicator, step_update
from tscplus.indicators.views.progress import progress
from tscplus.indicators.views.public import public_file, public_list, public_report
from tscplus.indicators.views.reports import on_time, report_manage

__all__ = [
    "evidence_file",
    "home",
    "indicator",
    "on_time",
    "progress",
    "public_file",
    "public_list",
    "public_report",
    "report_manage",
    "step_update",
]
