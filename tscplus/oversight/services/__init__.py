"""Every write of area oversight. Each is atomic and audited; pages, the API, jobs and the admin
call these and nothing else.

One module per part of the work (the risk queue, inspections, corrections, appeals and replies,
the public record, exports); this package names every service its callers use."""

from tscplus.oversight.services.appeals import (
    appeal_can_decide,
    appeal_decide,
    appeal_file,
    appeal_last_day,
    appeal_possible,
)
from tscplus.oversight.services.corrections import (
    case_close,
    case_item_answer,
    case_open,
    case_visit_request,
    corrections_default_due,
)
from tscplus.oversight.services.exports import export_job_create, export_job_run, export_record
from tscplus.oversight.services.field import FieldConflictError, FieldRecord, field_record
from tscplus.oversight.services.inspections import (
    inspection_decide,
    inspection_plan,
    inspection_start,
)
from tscplus.oversight.services.queue import risk_refresh, risk_refresh_unscored
from tscplus.oversight.services.record import record_refresh, record_refresh_all
from tscplus.oversight.services.reminders import cases_remind
from tscplus.oversight.services.replies import (
    inspection_reply,
    inspection_reply_moderate,
)

__all__ = [
    "FieldConflictError",
    "FieldRecord",
    "appeal_can_decide",
    "appeal_decide",
    "appeal_file",
    "appeal_last_day",
    "appeal_possible",
    "case_close",
    "case_item_answer",
    "case_open",
    "case_visit_request",
    "cases_remind",
    "corrections_default_due",
    "export_job_create",
    "export_job_run",
    "export_record",
    "field_record",
    "inspection_decide",
    "inspection_plan",
    "inspection_reply",
    "inspection_reply_moderate",
    "inspection_start",
    "record_refresh",
    "record_refresh_all",
    "risk_refresh",
    "risk_refresh_unscored",
]
