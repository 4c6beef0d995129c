"""What follows a new version of a standard: the certificates issued under the version it retired
are no longer up to date, yet still count for a grace period in which the place re-assesses.

Standards (a pillar below) announces the new version; `tasks.version_replaced` calls this after
the change commits. The daily run (`lifecycle`) ends the certificates whose grace ran out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from tscplus.assessments import validity
from tscplus.assessments.choices import CertificateStatus
from tscplus.assessments.models import Certificate
from tscplus.assessments.services.certificates import (
    certificate_place_link,
    certificate_set_status,
)
from tscplus.core import clock, thaidate
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.standards.models import StandardVersion


@transaction.atomic
def certificates_version_replaced(
    *,
    actor: User | None,
    version: StandardVersion,
    previous: StandardVersion,
    grace_days: int | None = None,
) -> int:
    """A new version of the standard is in force (standards announced it): the certificates
    issued under the one it retired become "re-assessment due" with a grace period, and their
    operators are told. Idempotent: a certificate already moved is not moved again. Returns how
    many were moved."""
    grace = validity.policy().grace_days if grace_days is None else grace_days
    due_by = validity.grace_end(clock.today(), grace_days=grace)
    affected = Certificate.objects.filter(
        version=previous, status=CertificateStatus.VALID
    ).select_related("establishment__owner")
    moved = 0
    for certificate in affected:
        moved += 1
        certificate_set_status(
            actor=actor,
            certificate=certificate,
            status=CertificateStatus.REASSESSMENT_DUE,
            reason=_("New version {number} of the standard").format(number=version.number),
        )
        Certificate.objects.filter(pk=certificate.pk).update(reassessment_due_by=due_by)
        notify(
            user=certificate.establishment.owner,
            title=lambda c=certificate: _("Re-assessment due for {place}").format(
                place=c.establishment.name_th
            ),
            body=lambda: _(
                "The standard has a new version. Assess your place against it by {date}; until then your certificate still counts."
            ).format(date=thaidate.format_date(due_by, "long", reader_language())),
            link=certificate_place_link(certificate),
        )
    return moved
