"""The daily certificate run: what the calendar does to certificates (see `validity` for the rule).

Certificates past their expiry day are marked expired, grace periods that ran out end the
certificate, and owners are reminded before the expiry day. Each certificate is handled in its own
transaction, so one failure leaves the others done, and the next run picks up what is left."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from tscplus.assessments import validity
from tscplus.assessments.choices import CertificateStatus
from tscplus.assessments.models import Certificate, CertificateReminder
from tscplus.assessments.services.certificates import (
    LIVE_STATUSES,
    certificate_place_link,
    certificate_set_status,
)
from tscplus.core import clock, thaidate
from tscplus.core.audit import audit_record
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify

if TYPE_CHECKING:
    from django.db.models import QuerySet

REMINDER_DAYS = validity.REMINDER_DAYS


def certificates_run_lifecycle(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily job: expire certificates past their date, end grace periods, send the reminders
    30 and 7 days before expiry. Idempotent: running it twice a day changes nothing more."""
    today = today or clock.today()
    live = Certificate.objects.filter(status__in=LIVE_STATUSES).select_related(
        "establishment__owner"
    )
    return {
        "expired": _expire_past_expiry(today),
        "grace_ended": _end_past_grace(live, today),
        "reminded": _remind_before_expiry(live, today),
    }


def _expire_past_expiry(today: datetime.date) -> int:
    """Certificates past their expiry day (validity.is_past_expiry, as a query) become expired,
    and their owners are told how to get a new one."""
    expiring = Certificate.objects.filter(status__in=validity.RUNS_OUT)
    expired = 0
    for certificate in expiring.filter(expires_on__lt=today).select_related("establishment__owner"):
        with transaction.atomic():
            certificate_set_status(
                actor=None,
                certificate=certificate,
                status=CertificateStatus.EXPIRED,
                reason=_("Reached its expiry date"),
            )
            notify(
                user=certificate.establishment.owner,
                title=lambda c=certificate: _("Certificate {number} has expired").format(
                    number=c.number
                ),
                body=lambda c=certificate: _(
                    "Assess {place} again to get a new certificate."
                ).format(place=c.establishment.name_th),
                link=certificate_place_link(certificate),
            )
        expired += 1
    return expired


def _end_past_grace(live: QuerySet[Certificate], today: datetime.date) -> int:
    """Certificates still "re-assessment due" after their grace period (validity.is_past_grace,
    as a query) end as expired: the place did not assess against the new version in time."""
    ended = 0
    for certificate in live.filter(
        status=CertificateStatus.REASSESSMENT_DUE, reassessment_due_by__lt=today
    ):
        with transaction.atomic():
            certificate_set_status(
                actor=None,
                certificate=certificate,
                status=CertificateStatus.EXPIRED,
                reason=_("Not re-assessed within the grace period"),
            )
            notify(
                user=certificate.establishment.owner,
                title=lambda c=certificate: _("Certificate {number} has ended").format(
                    number=c.number
                ),
                body=lambda: _(
                    "The grace period to assess against the new version of the standard is over."
                ),
                link=certificate_place_link(certificate),
            )
        ended += 1
    return ended


def _remind_before_expiry(live: QuerySet[Certificate], today: datetime.date) -> int:
    """The reminders due today, each configured number of days before the expiry day; a
    certificate already reminded that many days before is left alone."""
    reminded = 0
    for days in validity.policy().reminder_days:
        due = live.filter(expires_on=validity.expiry_reminded_on(today, days)).exclude(
            reminders__days_before=days
        )
        for certificate in due:
            if _remind(certificate, days):
                reminded += 1
    return reminded


def _remind(certificate: Certificate, days: int) -> bool:
    """Tell the owner the certificate expires in `days` days, once: the reminder's row is taken
    first, so a run that overlaps another sends nothing twice. False when it was already sent."""
    with transaction.atomic():
        _reminder, created = CertificateReminder.objects.get_or_create(
            certificate=certificate, days_before=days
        )
        if not created:
            return False
        notify(
            user=certificate.establishment.owner,
            title=lambda c=certificate, d=days: _(
                "Certificate {number} expires in {days} days"
            ).format(number=c.number, days=d),
            body=lambda c=certificate: _(
                "Assess {place} again before {date} to keep it certified."
            ).format(
                place=c.establishment.name_th,
                date=thaidate.format_date(c.expires_on, "long", reader_language()),
            ),
            link=certificate_place_link(certificate),
        )
        audit_record(
            actor=None,
            verb="certificate.reminder_sent",
            obj=certificate,
            after={"days_before": days},
        )
    return True
