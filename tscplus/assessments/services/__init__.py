"""Every write about assessments and certificates: start, answer, submit, issue, change status,
and what the calendar and a standard's new version do to certificates.

Each service is atomic and audited. Scoring is `tscplus.standards.scoring.score`, nothing else.

One module per part of the work; this package names every service, so callers import from
`tscplus.assessments.services` whichever module holds it."""

from tscplus.assessments.choices import CERTIFICATE_TRANSITIONS
from tscplus.assessments.services.assessments import (
    assessment_result,
    assessment_save_answers,
    assessment_start,
    assessment_submit,
    versions_for,
)
from tscplus.assessments.services.certificates import (
    LIVE_STATUSES,
    certificate_details,
    certificate_issue,
    certificate_set_status,
    place_certification_refresh,
    verify_pages_forget_for_places,
)
from tscplus.assessments.services.lifecycle import REMINDER_DAYS, certificates_run_lifecycle
from tscplus.assessments.services.limits import VERIFY_MISS_LIMIT
from tscplus.assessments.services.versions import certificates_version_replaced

__all__ = [
    "CERTIFICATE_TRANSITIONS",
    "LIVE_STATUSES",
    "REMINDER_DAYS",
    "VERIFY_MISS_LIMIT",
    "assessment_result",
    "assessment_save_answers",
    "assessment_start",
    "assessment_submit",
    "certificate_details",
    "certificate_issue",
    "certificate_set_status",
    "certificates_run_lifecycle",
    "certificates_version_replaced",
    "place_certification_refresh",
    "verify_pages_forget_for_places",
    "versions_for",
]
