"""The daily job: drafts on the 1st, reminders on the 1st, 5th and 8th, escalation after the due
date; every step recorded so that it is never taken twice."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tscplus.core.notifications import notify
from tscplus.indicators.choices import (
    NoticeKind,
)
from tscplus.indicators.models import (
    Report,
    ReportNotice,
)
from tscplus.indicators.services.progress import previous_month
from tscplus.indicators.services.reports import report_draft, report_title
from tscplus.indicators.timeliness import escalates, reminders_reached, report_kinds


def _notice_once(report: Report, kind: str, today: datetime.date) -> bool:
    """True the first time; False when this step was already taken for this report."""
    _notice, created = ReportNotice.objects.get_or_create(
        report=report, kind=kind, defaults={"done_on": today}
    )
    return created


def _remind(report: Report, kind: str) -> int:
    """Tell the responsible people whose indicators have no progress yet for the month."""
    from tscplus.core.thaidate import reader_date

    missing = report.fiscal_year.indicators.exclude(progress__month=report.period)
    people = {
        u.pk: u
        for i in missing.prefetch_related("responsible")
        for u in i.responsible.all()
        if u.is_active
    }
    month = report.period
    due = report.due_on
    for user in people.values():
        notify(
            user=user,
            title=lambda: _("Progress for {month} is due").format(
                month=reader_date(month, "month_long")
            ),
            body=lambda: _(
                "Enter your indicators' progress for {month}: the report is due on {due}."
            ).format(month=reader_date(month, "month_long"), due=reader_date(due, "long")),
            link="/indicators/",
        )
    return len(people)


def _escalate(report: Report, today: datetime.date) -> int:
    from tscplus.accounts.choices import Role
    from tscplus.accounts.selectors import users_with_role

    title = report_title(report)
    late = (today - report.due_on).days
    admins = list(users_with_role(Role.ADMINISTRATOR))
    for user in admins:
        notify(
            user=user,
            title=lambda: str(_("A report is late")),
            body=lambda: ngettext(
                "{report} was due {days} day ago and is not published.",
                "{report} was due {days} days ago and is not published.",
                late,
            ).format(report=title(), days=late),
            link=f"/indicators/reports/{report.pk}/",
        )
    return len(admins)


def daily_cycle(*, today: datetime.date) -> dict[str, int]:
    """What the platform does each day for the reports: on the 1st it drafts last month's report
    (and the half-year summary after a round month); on the reminder days (1st, 5th, 8th) it tells
    the people whose progress is missing; after the due date it tells the administrators. Every
    step is recorded, so running the day again (or a later day) never repeats one."""
    done = {"drafted": 0, "reminded": 0, "escalated": 0}
    period = previous_month(today)
    for kind in report_kinds(period):
        report = report_draft(period=period, kind=kind)
        if report is None:
            continue
        with transaction.atomic():
            if _notice_once(report, NoticeKind.DRAFTED, today):
                done["drafted"] += 1
            if report.first_published_at is not None:
                continue
            # Only the latest reminder day reached is sent: a job that was down on the 1st and 5th
            # and runs on the 8th sends one message, not three.
            reached = reminders_reached(kind, today, report.due_on)
            if reached:
                fresh = [k for k in reached if _notice_once(report, k, today)]
                if reached[-1] in fresh:
                    done["reminded"] += _remind(report, reached[-1])
            if escalates(
                today, report.due_on, published=report.first_published_at is not None
            ) and _notice_once(report, NoticeKind.ESCALATION, today):
                done["escalated"] += _escalate(report, today)
    return done
