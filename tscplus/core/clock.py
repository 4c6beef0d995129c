"""The platform's clock: the one place that says what time and what day it is.

Rules that hang on "today" (report due dates, reminders, timeliness) ask here, so that a test, or
`tscplus run-due-jobs --date` replaying a missed day, can set the day without touching the
machine's clock. In normal running it is exactly `django.utils.timezone.now()`."""

from __future__ import annotations

import contextlib
import datetime
import zoneinfo
from collections.abc import Iterator

from django.conf import settings
from django.utils import timezone

from tscplus.core.thaidate import local_date

_fixed: datetime.datetime | None = None


def now() -> datetime.datetime:
    return _fixed if _fixed is not None else timezone.now()


# The last day asked for, with the moments it starts and ends: most calls fall in it, and
# converting a moment to Thai time costs more than comparing it with two others.
_day: tuple[datetime.datetime, datetime.datetime, datetime.date] | None = None
ONE_DAY = datetime.timedelta(days=1)


def today() -> datetime.date:
    """The calendar day in Thailand."""
    global _day
    moment = now()
    known = _day
    if known is not None and known[0] <= moment < known[1]:
        return known[2]
    day = local_date(moment)
    # In UTC, as timezone.now() gives: comparing two moments of the same zone is the cheapest.
    start, end = (local_datetime(d, 0).astimezone(datetime.UTC) for d in (day, day + ONE_DAY))
    _day = (start, end, day)
    return day


def local_datetime(day: datetime.date, hour: int = 9) -> datetime.datetime:
    """An aware datetime at `hour` o'clock on `day` in Thailand."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=zone)


@contextlib.contextmanager
def fixed_at(moment: datetime.datetime | datetime.date) -> Iterator[datetime.datetime]:
    """Within the block, the platform's time is `moment` (a date means 09:00 in Thailand)."""
    global _fixed
    if not isinstance(moment, datetime.datetime):
        moment = local_datetime(moment)
    if timezone.is_naive(moment):
        raise ValueError("naive datetime: give the clock an aware datetime")
    saved, _fixed = _fixed, moment
    try:
        yield moment
    finally:
        _fixed = saved
