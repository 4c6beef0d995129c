"""Report timeliness: when the learning organization's reports are due, and whether they were
published in time, in one place.

The rule, in the domain's words (the seed's procedure):

- A month's progress report is due on the 10th of the next month (INDICATOR_REPORT_DUE_DAY; in a
  month too short for the day, its last day). A half-year summary is made after the months
  configured in INDICATOR_HALF_YEAR_MONTHS (February and July, as in the SOP) and is due on the
  same day as that month's report.
- A report's month must be over before it is sent for approval.
- A report first published on or before its due day is on time; after it, late by the number of
  days past the due day. A correction published later does not change it: the first publication
  counts. A report not published by its due day is overdue by the days since; before, pending.
- The people whose progress is missing for a monthly report are reminded on the 1st, 5th and 8th of the month the
  report is due in (INDICATOR_REMINDER_DAYS), up to the due day. A job that missed reminder days
  sends only the latest one reached, once.
- The day after the due day, an unpublished report is escalated to the administrators, once.
- A step of an indicator's plan is late when it is not done and its last month is over.

Everything here is a pure function of dates; "today" is the caller's to give (from
`tscplus.core.clock`), and the settings are read in `schedule()` alone.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tscplus.indicators.choices import NoticeKind, ReportKind

ON_TIME, LATE, OVERDUE, PENDING = "on_time", "late", "overdue", "pending"

# The reminders, in the order of the reminder days they go out on.
REMINDERS: tuple[str, ...] = (NoticeKind.REMINDER_1, NoticeKind.REMINDER_2, NoticeKind.REMINDER_3)


@dataclass(frozen=True)
class Schedule:
    """The days the Department of Health configures (see settings.py)."""

    due_day: int
    reminder_days: tuple[int, ...]
    half_year_months: tuple[int, ...]


def schedule() -> Schedule:
    """The configured days, read when asked so that a changed setting takes effect at once."""
    return Schedule(
        due_day=int(settings.INDICATOR_REPORT_DUE_DAY),
        reminder_days=tuple(int(d) for d in settings.INDICATOR_REMINDER_DAYS),
        half_year_months=tuple(int(m) for m in settings.INDICATOR_HALF_YEAR_MONTHS),
    )


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def month_end(day: datetime.date) -> datetime.date:
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def due_date(period: datetime.date, *, due_day: int | None = None) -> datetime.date:
    """The day the report of the month `period` is due: the due day (the 10th) of the next
    month, or that month's last day if it is shorter."""
    day = schedule().due_day if due_day is None else due_day
    following = month_end(period) + datetime.timedelta(days=1)
    return following.replace(day=min(day, month_end(following).day))


def report_kinds(
    period: datetime.date, *, half_year_months: tuple[int, ...] | None = None
) -> tuple[str, ...]:
    """The reports made for the month `period`: the monthly report, and after a half-year month
    the half-year summary too."""
    months = schedule().half_year_months if half_year_months is None else half_year_months
    if period.month in months:
        return (ReportKind.MONTHLY, ReportKind.HALF_YEAR)
    return (ReportKind.MONTHLY,)


def month_is_over(period: datetime.date, today: datetime.date) -> bool:
    """Whether a month's report may be sent: only once the month is over."""
    return today > month_end(period)


def is_overdue(due_on: datetime.date, today: datetime.date) -> bool:
    """Past the due day (the day after it and later)."""
    return today > due_on


@dataclass
class Timeliness:
    """Whether a report was (or is being) published by its due date."""

    state: str  # on_time, late, overdue (not published, past due), pending
    days: int = 0

    @property
    def label(self) -> str:
        if self.state == ON_TIME:
            return _("Published on time")
        if self.state == LATE:
            return ngettext(
                "Published late by {days} day", "Published late by {days} days", self.days
            ).format(days=self.days)
        if self.state == OVERDUE:
            return ngettext(
                "Not published, {days} day past the due date",
                "Not published, {days} days past the due date",
                self.days,
            ).format(days=self.days)
        return _("Not yet due")


def timeliness(
    due_on: datetime.date, first_published_on: datetime.date | None, today: datetime.date
) -> Timeliness:
    """On time or late by N days once published (the first publication counts); overdue by N
    days or pending until then."""
    if first_published_on is not None:
        days = (first_published_on - due_on).days
        return Timeliness(LATE, days) if days > 0 else Timeliness(ON_TIME)
    if is_overdue(due_on, today):
        return Timeliness(OVERDUE, (today - due_on).days)
    return Timeliness(PENDING)


def reminders_reached(
    kind: str,
    today: datetime.date,
    due_on: datetime.date,
    *,
    reminder_days: tuple[int, ...] | None = None,
) -> tuple[str, ...]:
    """The reminders of a monthly report whose day has come by `today` (in the month the report
    is due in), none after the due day; the last one is the one to send. Only the monthly report
    reminds: the reminders ask for the month's progress, and the half-year summary of the same
    month would only repeat them."""
    days = schedule().reminder_days if reminder_days is None else reminder_days
    if kind != ReportKind.MONTHLY or today > due_on:
        return ()
    return tuple(kind for kind, day in zip(REMINDERS, days, strict=True) if today.day >= day)


def escalates(today: datetime.date, due_on: datetime.date, *, published: bool) -> bool:
    """An unpublished report past its due day goes to the administrators."""
    return not published and is_overdue(due_on, today)


def step_is_late(*, done: bool, ends_on: datetime.date, today: datetime.date) -> bool:
    """A plan step not done when its last month is over."""
    return not done and today > month_end(ends_on)
