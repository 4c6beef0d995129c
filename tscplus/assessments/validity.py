"""Certificate validity: how long a TSC+ certificate lasts and how it ends, in one place.

The rule, in the domain's words:

- A certificate is issued on a day in Thailand and expires CERTIFICATE_VALID_DAYS later (365 by
  default). It counts through its expiry day; from the day after, it reads as expired, even before
  the daily job has marked it so (the verification page must never show a lapsed certificate as
  valid because a job ran late).
- A certificate that is valid, re-assessment due or suspended runs out at its expiry day.
  Revoked and expired are final: nothing more happens to them.
- A certificate "in force" (valid, or re-assessment due) may be printed and shown; only those
  count as valid on a day.
- When a new version of a standard comes into force, the certificates issued under the version
  it retired become "re-assessment due": the place keeps its certificate for a grace period of
  CERTIFICATE_GRACE_DAYS (30 by default) from that day and must assess against the new version
  by the day the grace ends. The day after, the certificate ends.
- The owner is reminded 30 days and 7 days before the expiry day, once each.

Everything here is a pure function of dates and statuses; "today" is the caller's to give (from
`tscplus.core.clock`), and the settings are read in `policy()` alone.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings

from tscplus.assessments.choices import IN_FORCE, CertificateStatus

# Days before the expiry day on which the owner is reminded, earliest first.
REMINDER_DAYS: tuple[int, ...] = (30, 7)

# Statuses that still run out on the expiry day: those in force, and a suspension (which would
# otherwise outlive the certificate it suspends).
RUNS_OUT: tuple[str, ...] = (*IN_FORCE, CertificateStatus.SUSPENDED)


@dataclass(frozen=True)
class Policy:
    """The lengths the Department of Health configures (see settings.py)."""

    valid_days: int
    grace_days: int
    reminder_days: tuple[int, ...] = REMINDER_DAYS


def policy() -> Policy:
    """The configured lengths, read when asked so that a changed setting (a test's
    override_settings, a redeploy) takes effect at once."""
    return Policy(
        valid_days=int(settings.CERTIFICATE_VALID_DAYS),
        grace_days=int(settings.CERTIFICATE_GRACE_DAYS),
    )


def expiry_date(issued_on: datetime.date, *, valid_days: int) -> datetime.date:
    """The last day a certificate issued on `issued_on` counts."""
    return issued_on + datetime.timedelta(days=valid_days)


def grace_end(activated_on: datetime.date, *, grace_days: int) -> datetime.date:
    """The last day to re-assess after a new version came into force on `activated_on`."""
    return activated_on + datetime.timedelta(days=grace_days)


def is_past_expiry(expires_on: datetime.date, today: datetime.date) -> bool:
    """True from the day after the expiry day: the certificate has run out."""
    return today > expires_on


def is_past_grace(due_by: datetime.date, today: datetime.date) -> bool:
    """True from the day after the grace period's last day: re-assessment came too late."""
    return today > due_by


def live_status(status: str, expires_on: datetime.date, today: datetime.date) -> str:
    """The status as of `today`: a certificate past its expiry day reads as expired even before
    the daily job has marked it (the one rule, for the model, the API and the verify page)."""
    if status in RUNS_OUT and is_past_expiry(expires_on, today):
        return CertificateStatus.EXPIRED
    return status


def counts_as_valid(status: str, expires_on: datetime.date, today: datetime.date) -> bool:
    """Whether the certificate is in force on `today`: it may be printed, shown and trusted."""
    return live_status(status, expires_on, today) in IN_FORCE


def reminder_day(expires_on: datetime.date, days_before: int) -> datetime.date:
    """The day the reminder `days_before` the expiry day goes out."""
    return expires_on - datetime.timedelta(days=days_before)


def expiry_reminded_on(today: datetime.date, days_before: int) -> datetime.date:
    """The expiry day whose reminder `days_before` it goes out `today` (what the daily job looks
    for): the inverse of `reminder_day`."""
    return today + datetime.timedelta(days=days_before)
