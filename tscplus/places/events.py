"""What places announce (core/events.py): who listens is their business, not ours."""

from tscplus.core.events import event

# A new place was registered (one at a time, by its owner or an officer).
PLACE_REGISTERED = event("place_registered", "establishment_id")
# A place's details were edited (its category or its address may have moved it).
PLACE_CHANGED = event("place_changed", "establishment_id")
# A bulk import wrote `created` new places.
PLACES_IMPORTED = event("places_imported", "job_id", "created")
