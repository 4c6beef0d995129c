"""Every change to indicators and reports: progress, evidence, plan steps, the report workflow
(draft, sent for approval, published, corrected) and the daily job that drafts, reminds and
escalates. Each change is checked, saved in one transaction and audited."""

from tscplus.indicators.services.daily import daily_cycle
from tscplus.indicators.services.progress import (
    month_check,
    month_open_check,
    plan_step_update,
    previous_month,
    progress_save,
)
from tscplus.indicators.services.reports import (
    open_revision,
    report_correct,
    report_draft,
    report_narrative_save,
    report_publish,
    report_return,
    report_submit,
    report_title,
)
from tscplus.indicators.timeliness import due_date

__all__ = [
    "daily_cycle",
    "due_date",
    "month_check",
    "month_open_check",
    "open_revision",
    "plan_step_update",
    "previous_month",
    "progress_save",
    "report_correct",
    "report_draft",
    "report_narrative_save",
    "report_publish",
    "report_return",
    "report_submit",
    "report_title",
]
