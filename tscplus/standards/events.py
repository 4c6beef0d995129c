"""What standards announce (core/events.py): who listens is their business, not ours."""

from tscplus.core.events import event

# A draft version was put in force; `previous_id` is the version it retired (None for the
# standard's first version), `actor_id` who did it (None for a command or a test).
STANDARD_VERSION_ACTIVATED = event(
    "standard_version_activated", "version_id", "previous_id", "actor_id"
)
