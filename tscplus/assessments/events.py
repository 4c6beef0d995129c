"""What assessments announce (core/events.py): who listens is their business, not ours."""

from tscplus.core.events import event

# A self-assessment or an inspection's record was submitted and scored.
ASSESSMENT_SUBMITTED = event(
    "assessment_submitted", "establishment_id", "assessment_id", "kind", "passed"
)
# A certificate moved to another status (suspended, revoked, expired, re-assessment due, ...).
CERTIFICATE_STATUS_CHANGED = event(
    "certificate_status_changed", "establishment_id", "certificate_id", "status"
)
