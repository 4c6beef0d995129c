"""Daily jobs that catch up: a daily job whose time passed while the consumer, Redis or the
database was down runs as soon as they are back, instead of waiting a day.

`@daily(hour=..., minute=...)` declares a job on huey's schedule (UTC, as huey runs) and records
each run in `PeriodicRun`. Each consumer's relay loop (core/outbox.py) calls `periodic_catch_up`
about once a minute: a job whose last scheduled time is more than `GRACE` ago and that has not run
since is asked for once more. A job seen for the first time is only recorded: nothing was missed. Daily jobs are idempotent (each step is done once), so a job asked
for twice does its work once."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import Any

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from tscplus.core.models import PeriodicRun

# Long enough for the scheduler's own run to have started; the catch-up then never races it.
GRACE = datetime.timedelta(minutes=5)
# A job asked for and still not run after this (lost with the queue) is asked for again.
ASK_AGAIN = datetime.timedelta(minutes=30)

DAILY: dict[str, tuple[int, int, Any]] = {}


def daily(*, hour: int, minute: int) -> Callable[[Callable[[], Any]], Any]:
    def declare(func: Callable[[], Any]) -> Any:
        name = func.__name__

        @functools.wraps(func)
        def run() -> Any:
            result = func()
            PeriodicRun.objects.update_or_create(
                name=name, defaults={"last_run_at": timezone.now()}
            )
            return result

        task = db_periodic_task(crontab(hour=str(hour), minute=str(minute)), name=name)(run)
        DAILY[name] = (hour, minute, task)
        return task

    return declare


def every(schedule: crontab) -> Callable[[Callable[[], Any]], Any]:
    """Declare a job that runs at each time of `schedule` (minutes, not days): a missed run is
    not caught up, the next one comes soon."""

    def declare(func: Callable[[], Any]) -> Any:
        return db_periodic_task(schedule, name=func.__name__)(func)

    return declare


def last_due(hour: int, minute: int, now: datetime.datetime) -> datetime.datetime:
    """The latest scheduled time (UTC) at or before `now`."""
    due = now.astimezone(datetime.UTC).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due if due <= now else due - datetime.timedelta(days=1)


def periodic_catch_up(*, now: datetime.datetime | None = None) -> list[str]:
    """Ask for every daily job that missed its last time; returns their names."""
    now = now or timezone.now()
    runs = {run.name: run for run in PeriodicRun.objects.filter(name__in=DAILY)}
    asked = []
    for name, (hour, minute, task) in DAILY.items():
        run = runs.get(name)
        if run is None:
            # First seen (a new installation, or a job just added): nothing was missed yet; it
            # runs at its time, not all at once at the consumer's first start.
            PeriodicRun.objects.get_or_create(name=name, defaults={"last_run_at": now})
            continue
        due = last_due(hour, minute, now)
        if now - due < GRACE:
            continue
        if run.last_run_at and run.last_run_at >= due:
            continue
        if run.last_asked_at and run.last_asked_at >= due and now - run.last_asked_at < ASK_AGAIN:
            continue
        PeriodicRun.objects.update_or_create(name=name, defaults={"last_asked_at": now})
        task()
        asked.append(name)
    return asked
