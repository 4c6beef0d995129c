"""The daily round of open corrections cases: owners reminded before the deadline (each reminder
day once, caught up after an outage) and, from the deadline on, the case marked overdue (once),
the officer told and the place moved up the queue."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.thaidate import format_date
from tscplus.oversight import selectors
from tscplus.oversight.choices import CaseStatus
from tscplus.oversight.models import CorrectionCase
from tscplus.oversight.services.corrections import case_link, officer_tell


def _reminder_days_due(case: CorrectionCase, today: datetime.date) -> list[int]:
    """The reminder days whose day has come and that were not sent yet. A reminder day that fell
    on or before the day the case opened is not one (the decision itself said the date)."""
    opened = timezone.localdate(case.created_at)
    left = (case.due_on - today).days
    return [
        days
        for days in settings.OVERSIGHT_CORRECTIONS_REMINDER_DAYS
        if days >= left
        and days not in case.reminded
        and case.due_on - datetime.timedelta(days=days) > opened
    ]


def _case_remind(case: CorrectionCase, days: list[int], today: datetime.date) -> None:
    """One reminder for every reminder day come since the last run (after an outage the owner is
    told once, with the days left today), each day recorded so none is ever sent twice."""
    place = case.establishment
    left = (case.due_on - today).days
    case.reminded = sorted({*case.reminded, *days}, reverse=True)
    case.save(update_fields=["reminded"])

    def body() -> str:
        return ngettext(
            "The corrections asked after the inspection are due by {date}: {n} day left. "
            "Answer each item with what was done and a photo, or ask for a visit.",
            "The corrections asked after the inspection are due by {date}: {n} days left. "
            "Answer each item with what was done and a photo, or ask for a visit.",
            left,
        ).format(date=format_date(case.due_on, "long", reader_language()), n=left)

    notify(
        user=place.owner,
        title=lambda: _("Reminder: corrections for {place}").format(place=place.name),
        body=body,
        link=case_link(case, owner=True),
    )
    audit_record(actor=None, verb="correction_case.reminded", obj=case, after={"days": days})


def _case_mark_overdue(case: CorrectionCase) -> None:
    """The deadline has come with the case still open: marked once, the officer told, and the
    place moves up the officers' queue."""
    place = case.establishment
    case.overdue_at = clock.now()
    case.save(update_fields=["overdue_at"])
    audit_record(
        actor=None, verb="correction_case.overdue", obj=case, after=snapshot(case, ("overdue_at",))
    )
    officer_tell(
        case,
        title=lambda: _("Corrections overdue: {place}").format(place=place.name),
        body=lambda: _(
            "The corrections were due by {date} and the case is still open. Close it: accept, "
            "plan a visit or suspend the certificate."
        ).format(date=format_date(case.due_on, "long", reader_language())),
    )
    outbox_enqueue("oversight.risk_refresh", establishment_id=place.pk)


def cases_remind(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily round of open cases: reminders to owners before the deadline (each reminder
    day once, caught up after an outage) and, from the deadline on, the case marked overdue
    (once). Returns how many of each were sent."""
    today = today or clock.today()
    horizon = today + datetime.timedelta(
        days=max(settings.OVERSIGHT_CORRECTIONS_REMINDER_DAYS, default=0)
    )
    done = {"reminded": 0, "overdue": 0}
    for found in selectors.cases_open_due_by(horizon).values_list("pk", flat=True):
        with transaction.atomic():
            case = (
                CorrectionCase.objects.select_for_update()
                .select_related("establishment__owner", "inspection__officer")
                .get(pk=found)
            )
            if case.status != CaseStatus.OPEN:
                continue
            if case.due_on <= today:
                if case.overdue_at is None:
                    _case_mark_overdue(case)
                    done["overdue"] += 1
            elif days := _reminder_days_due(case, today):
                _case_remind(case, days, today)
                done["reminded"] += 1
    return done
