"""What People Voice announces (core/events.py): who listens is their business, not ours."""

from tscplus.core.events import event

# A member of the public filed a complaint about a place.
COMPLAINT_FILED = event("complaint_filed", "establishment_id", "complaint_id")
# A complaint was moved on (investigating, resolved, dismissed, ...).
COMPLAINT_STATUS_CHANGED = event(
    "complaint_status_changed", "establishment_id", "complaint_id", "status"
)
