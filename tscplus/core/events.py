"""Domain events: how a lower pillar tells a higher one what happened, without calling up.

The tower (docs/architecture.md) lets a higher pillar call a lower one's services and selectors,
never the reverse. When a change in a lower pillar matters to a higher one (a place registered,
an assessment submitted, a certificate suspended, a standard's new version in force), the lower
one announces an event it declared in its own `events.py`:

    PLACE_REGISTERED = event("place_registered", "establishment_id")
    ...
    announce(PLACE_REGISTERED, establishment_id=place.pk)

and whoever cares subscribes in its `AppConfig.ready()`, naming one of its outbox jobs:

    subscribe(PLACE_REGISTERED, "oversight.risk_refresh")

`announce` writes one outbox row per subscriber in the announcer's own transaction
(core/outbox.py): the delivery commits with the change or not at all, runs after the commit,
is retried on its own when it fails, and a subscriber's failure never undoes or loses the
announcer's write. A subscriber receives the event's fields that its job names as parameters
(checked when it subscribes, so a mismatch stops the start-up, not a job at night). Payloads are
JSON values (ids, not objects): the subscriber loads what it needs, as it is when the job runs.

Like the personal-data registry (accounts/personal_data.py), the announcer never imports its
subscribers; an app added later subscribes without a change below it."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from tscplus.core.outbox import JOBS, outbox_enqueue


@dataclass(frozen=True)
class Event:
    """A kind of thing that happened, and the fields every announcement of it carries."""

    name: str
    fields: tuple[str, ...]


EVENTS: dict[str, Event] = {}
# event name -> [(job name, the event's fields that job takes)]
SUBSCRIBERS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}


def event(name: str, *fields: str) -> Event:
    """Declare the event `name` (in the announcing app's `events.py`)."""
    declared = Event(name=name, fields=tuple(fields))
    if EVENTS.setdefault(name, declared) != declared:
        raise ValueError(f"the event {name!r} is declared twice, with other fields")
    return declared


def subscribe(declared: Event, job_name: str) -> None:
    """Run the outbox job `job_name` after each committed announcement of `declared`."""
    if EVENTS.get(declared.name) != declared:
        raise LookupError(f"no event is declared as {declared.name!r}")
    if job_name not in JOBS:
        raise LookupError(f"no job is named {job_name!r} (declare it with @job in tasks.py)")
    parameters = inspect.signature(JOBS[job_name]).parameters
    unknown = [name for name in parameters if name not in declared.fields]
    if unknown:
        raise TypeError(
            f"the job {job_name!r} takes {unknown}, which the event {declared.name!r} does not "
            f"carry (it carries {list(declared.fields)})"
        )
    taken = tuple(name for name in declared.fields if name in parameters)
    listeners = SUBSCRIBERS.setdefault(declared.name, [])
    if (job_name, taken) not in listeners:
        listeners.append((job_name, taken))


def announce(declared: Event, **payload: object) -> int:
    """Announce that `declared` happened, inside the caller's transaction. Returns how many
    subscribers will hear of it (after the commit)."""
    if set(payload) != set(declared.fields):
        raise TypeError(
            f"the event {declared.name!r} carries {sorted(declared.fields)}, "
            f"announced with {sorted(payload)}"
        )
    listeners = SUBSCRIBERS.get(declared.name, ())
    for job_name, taken in listeners:
        outbox_enqueue(job_name, **{name: payload[name] for name in taken})
    return len(listeners)


def subscriptions() -> dict[str, list[str]]:
    """Who listens to what (for docs/architecture.md and its test)."""
    return {name: [job for job, _taken in SUBSCRIBERS.get(name, [])] for name in sorted(EVENTS)}
