"""The transactional outbox: what must happen after a commit is never lost.

A service that promises work after its change (index an item, refresh a score, send a mail)
calls `outbox_enqueue`, which writes an `OutboxMessage` row in the service's own transaction: the
promise commits with the change or not at all. After the commit the row is handed to the job
queue (Huey, in Redis); if that fails (Redis down), the commit still stands and nothing is
reported as failed. The relay (`outbox_relay`, run every few seconds by each consumer) hands over
again whatever is still waiting `OUTBOX_REQUEUE_SECONDS` after it was promised or last handed
over (it never reached the queue, or was lost with a Redis restart), and retries as soon as
they are due. A job that fails is tried again with a
growing delay; after `OUTBOX_MAX_ATTEMPTS` it stays `failed`, listed for administrators in the
admin, never dropped.

A job runs once per claim: `outbox_deliver` claims the row with one conditional UPDATE, so a row
handed over twice runs once; jobs are still written to be idempotent, because a consumer can die
between doing the work and marking it done (the row is then given back after
`OUTBOX_RUNNING_LEASE_SECONDS`).

Jobs are plain functions registered by name with `@job("app.verb")` in each app's `tasks.py`."""

from __future__ import annotations

import datetime
import logging
import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from tscplus.core.choices import OutboxState
from tscplus.core.models import OutboxMessage
from tscplus.core.outage import is_outage

logger = logging.getLogger("tscplus.outbox")

JOBS: dict[str, Callable[..., Any]] = {}


def job(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register `func` as the job `name` (keyword arguments only, JSON values)."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        if JOBS.get(name, func) is not func:
            raise ValueError(f"two jobs are named {name!r}")
        JOBS[name] = func
        return func

    return register


def outbox_enqueue(name: str, **payload: Any) -> OutboxMessage:
    """Promise the job `name` with `payload`, inside the caller's transaction."""
    if name not in JOBS:
        raise LookupError(f"no job is named {name!r}")
    message = OutboxMessage.objects.create(name=name, payload=payload)
    transaction.on_commit(lambda: outbox_hand_over([message.pk]), robust=True)
    return message


def outbox_hand_over(ids: list[int], *, mark: bool = False) -> int:
    """Put the messages on the job queue; a queue that cannot be reached is left to the relay.
    With `mark` (the relay) the rows note when, so the next pass leaves them be; right after a
    commit nothing more is written (the row is new: the relay waits `OUTBOX_REQUEUE_SECONDS`
    before it counts it as lost), which keeps a page's write to one commit. Returns how many were
    handed over."""
    from tscplus.core.breaker import redis_breaker
    from tscplus.core.tasks import outbox_deliver

    uses_redis = "Redis" in settings.HUEY.get("huey_class", "")
    handed: list[int] = []
    for message_id in ids:
        if uses_redis and not redis_breaker.allows():
            break
        try:
            outbox_deliver(message_id)
        except Exception as error:  # the queue's storage failed: the relay tries again
            if uses_redis:
                redis_breaker.failed(error)
            else:
                logger.warning(
                    "job queue unavailable, job %s left to the relay: %s", message_id, error
                )
            break
        if uses_redis and redis_breaker.succeeded():
            logger.info("job queue reachable again")
        handed.append(message_id)
    if handed and mark:
        OutboxMessage.objects.filter(pk__in=handed, state=OutboxState.PENDING).update(
            enqueued_at=timezone.now()
        )
    return len(handed)


def outbox_run(message_id: int) -> str:
    """Run one message's job, if it is still to be run; record the outcome. Returns its state."""
    now = timezone.now()
    claimed = OutboxMessage.objects.filter(
        pk=message_id, state=OutboxState.PENDING, next_attempt_at__lte=now
    ).update(state=OutboxState.RUNNING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return "skipped"  # done, failed for good, not yet due, or running elsewhere
    try:
        message = OutboxMessage.objects.get(pk=message_id)
        try:
            JOBS[message.name](**message.payload)
        except Exception as error:
            _record_failure(message, error, claimed_at=now)
            raise
        # Only this claim's outcome: a run given back after its lease and claimed again owns
        # the row now.
        OutboxMessage.objects.filter(
            pk=message_id, state=OutboxState.RUNNING, claimed_at=now
        ).update(state=OutboxState.DONE, finished_at=timezone.now(), last_error="")
    except Exception as error:
        if is_outage(error):
            # The database went away mid-job: the outcome could not be written. The relay of
            # this process gives the message back as soon as the database answers (a consumer
            # that dies instead leaves it to the lease).
            with _unsettled_lock:
                _unsettled.add(message_id)
        raise
    return OutboxState.DONE


def retry_delay(attempts: int) -> datetime.timedelta:
    """After the n-th failed attempt: 10 s, 20 s, 40 s ... at most an hour."""
    return datetime.timedelta(seconds=min(3600, 10 * 2 ** max(0, attempts - 1)))


def _record_failure(
    message: OutboxMessage, error: Exception, *, claimed_at: datetime.datetime
) -> None:
    text = f"{type(error).__name__}: {error}"[:2000]
    if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        state, next_at = OutboxState.FAILED, message.next_attempt_at
        logger.error(
            "job %s #%s failed for good after %s attempts: %s",
            message.name,
            message.pk,
            message.attempts,
            text,
        )
    else:
        state, next_at = OutboxState.PENDING, timezone.now() + retry_delay(message.attempts)
        logger.warning(
            "job %s #%s failed (attempt %s), retried at %s: %s",
            message.name,
            message.pk,
            message.attempts,
            next_at.isoformat(),
            text,
        )
    OutboxMessage.objects.filter(
        pk=message.pk, state=OutboxState.RUNNING, claimed_at=claimed_at
    ).update(state=state, next_attempt_at=next_at, enqueued_at=None, last_error=text)


_unsettled: set[int] = set()
_unsettled_lock = threading.Lock()


def outbox_relay(*, now: datetime.datetime | None = None, limit: int = 500) -> int:
    """Hand over what is due and not on its way; give back what a dead consumer held, and what
    this process claimed while the database went away."""
    now = now or timezone.now()
    with _unsettled_lock:
        unsettled = list(_unsettled)
    if unsettled:
        OutboxMessage.objects.filter(pk__in=unsettled, state=OutboxState.RUNNING).update(
            state=OutboxState.PENDING, enqueued_at=None
        )
        with _unsettled_lock:
            _unsettled.difference_update(unsettled)
    lapsed = OutboxMessage.objects.filter(
        state=OutboxState.RUNNING,
        claimed_at__lt=now - datetime.timedelta(seconds=settings.OUTBOX_RUNNING_LEASE_SECONDS),
    )
    # A job that keeps taking its consumer down with it (memory, a crash) stops at the limit too.
    lapsed.filter(attempts__gte=settings.OUTBOX_MAX_ATTEMPTS).update(
        state=OutboxState.FAILED, last_error="its consumer stopped while running it, every time"
    )
    lapsed.update(state=OutboxState.PENDING, enqueued_at=None)
    stale = now - datetime.timedelta(seconds=settings.OUTBOX_REQUEUE_SECONDS)
    # Due, and not handed over lately: a new row is given its hand-over after commit a while to
    # run; a retry (its time set by the failure) is due at once.
    ids = list(
        OutboxMessage.objects.filter(state=OutboxState.PENDING, next_attempt_at__lte=now)
        .filter(Q(enqueued_at__isnull=True, attempts__gt=0) | Q(created_at__lt=stale))
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=stale))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    return outbox_hand_over(ids, mark=True) if ids else 0


def outbox_retry(*, message: OutboxMessage) -> None:
    """An administrator asks for a failed job to be tried again (after fixing its cause)."""
    OutboxMessage.objects.filter(pk=message.pk, state=OutboxState.FAILED).update(
        state=OutboxState.PENDING, attempts=0, next_attempt_at=timezone.now(), enqueued_at=None
    )


def outbox_purge(*, days: int = 7) -> int:
    """Forget jobs done more than `days` ago (they may name people: keep them no longer)."""
    before = timezone.now() - datetime.timedelta(days=days)
    deleted, _ = OutboxMessage.objects.filter(
        state=OutboxState.DONE, finished_at__lt=before
    ).delete()
    return deleted


class Relay(threading.Thread):
    """The relay loop inside a consumer process: every `OUTBOX_RELAY_SECONDS`, one pass; about
    once a minute, daily jobs that missed their time are asked for (core/periodic.py)."""

    def __init__(self) -> None:
        super().__init__(name="tscplus-outbox-relay", daemon=True)
        self.stopping = threading.Event()

    def run(self) -> None:
        from django.db import close_old_connections

        from tscplus.core.periodic import periodic_catch_up

        passes = 0
        while not self.stopping.wait(settings.OUTBOX_RELAY_SECONDS):
            try:
                close_old_connections()
                outbox_relay()
                if passes % max(1, int(60 / settings.OUTBOX_RELAY_SECONDS)) == 0:
                    periodic_catch_up()
                passes += 1
            except Exception as error:  # the database is down: try again next pass
                logger.warning("outbox relay pass failed: %s", error)
                close_old_connections()


_relay: Relay | None = None
_relay_lock = threading.Lock()


def relay_start() -> None:
    """Start this process's relay once (huey calls it as each worker starts)."""
    global _relay
    with _relay_lock:
        if _relay is None or not _relay.is_alive():
            _relay = Relay()
            _relay.start()
