"""Certificates: issue one for a passed self-assessment, number it, move it between statuses, and
keep the place's certification in the registry in step with its best live certificate.

Every move of a certificate goes through `certificate_set_status`, so none happens without its
audit row, the verification page's cache forgetting it and the event other pillars follow."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from tscplus.assessments import validity
from tscplus.assessments.choices import (
    APPEAL_ONLY_TRANSITIONS,
    CERTIFICATE_TRANSITIONS,
    IN_FORCE,
    CertificateStatus,
)
from tscplus.assessments.events import CERTIFICATE_STATUS_CHANGED
from tscplus.assessments.models import Assessment, Certificate, CertificateSequence
from tscplus.assessments.verify_cache import verify_page_forget
from tscplus.core import clock, thaidate
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.services import model_update
from tscplus.places.choices import Certification
from tscplus.places.services import establishment_set_certification

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment
    from tscplus.standards.models import StandardVersion

LIVE_STATUSES = IN_FORCE


def _next_number(establishment: Establishment, when: datetime.datetime) -> str:
    """The next number of the province's year, in one statement that creates the counter or
    raises it and locks its row until the transaction ends: two issues at once wait for each
    other, and a rolled-back issue gives its number back, so numbers are gap-free."""
    year = thaidate.be_year(when)
    table = connection.ops.quote_name(CertificateSequence._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (province_id, be_year, last_number) VALUES (%s, %s, 1)"  # noqa: S608
            f" ON CONFLICT (province_id, be_year) DO UPDATE SET last_number = {table}.last_number + 1"
            " RETURNING last_number",
            [establishment.province_id, year],
        )
        (number,) = cursor.fetchone()
    return f"TSC-{establishment.province_id}-{year}-{number:06d}"


def certificate_details(establishment: Establishment, version: StandardVersion) -> dict[str, Any]:
    """The words a certificate is issued with, in both languages."""
    return {
        "public_id": establishment.public_id,
        "place": [establishment.name_th, establishment.name_en or establishment.name_th],
        "category": [establishment.category.name_th, establishment.category.name_en],
        "district": [establishment.district.name_th, establishment.district.name_en],
        "province": [establishment.province.name_th, establishment.province.name_en],
        "standard": [version.standard.name_th, version.standard.name_en],
        "version": version.number,
    }


def certificate_issue(*, actor: User, assessment: Assessment) -> Certificate:
    """Issue the certificate of a passed assessment; it replaces the place's earlier certificate
    of the same standard, which ends as expired. Runs inside the caller's transaction (no
    savepoint of its own): submission issues the certificate of the assessment it has just
    locked and scored, and nothing else issues one."""
    now = clock.now()  # the issue day decides the expiry day
    establishment = assessment.establishment
    # Only the certificates' rows: without `of`, the join would lock the standard's version row
    # too, which every submission's new certificate refers to, and two submissions of one province
    # then deadlocked (one holding the version, the other the province's number counter).
    earlier = list(
        Certificate.objects.select_for_update(of=("self",)).filter(
            establishment=establishment,
            version__standard=assessment.version.standard_id,
            status__in=LIVE_STATUSES,
        )
    )
    certificate = Certificate.objects.create(
        details=certificate_details(establishment, assessment.version),
        number=_next_number(establishment, now),
        establishment=establishment,
        assessment=assessment,
        version=assessment.version,
        issued_at=now,
        expires_on=validity.expiry_date(
            thaidate.local_date(now), valid_days=validity.policy().valid_days
        ),
    )
    for old in earlier:
        certificate_set_status(
            actor=actor,
            certificate=old,
            status=CertificateStatus.EXPIRED,
            reason=_("Replaced by certificate {number}").format(number=certificate.number),
        )
    # A valid certificate is the best standing there is (see _RANK): no need to look at the rest.
    establishment_set_certification(
        establishment=establishment, certification=Certification.CERTIFIED
    )
    audit_record(
        actor=actor,
        verb="certificate.issued",
        obj=certificate,
        after=snapshot(certificate, ("number", "establishment", "version", "expires_on")),
    )
    return certificate


@transaction.atomic
def certificate_set_status(
    *,
    actor: User | None,
    certificate: Certificate,
    status: str,
    reason: str = "",
    on_appeal: bool = False,
) -> Certificate:
    """Move a certificate to a new status; an illegal move is refused with a message. A revoked
    certificate becomes valid again only `on_appeal` (an appeal overturned the revocation)."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if status == certificate.status:
        return certificate
    appeal_only = (certificate.status, status) in APPEAL_ONLY_TRANSITIONS
    if status not in CERTIFICATE_TRANSITIONS[certificate.status] or (appeal_only and not on_appeal):
        raise ValidationError(
            {
                "status": _("A certificate that is “{current}” cannot become “{new}”.").format(
                    current=CertificateStatus(certificate.status).label,
                    new=CertificateStatus(status).label,
                )
            }
        )
    verify_page_forget(certificate.verify_token)
    data = {"status": status, "status_reason": reason[:300]}
    model_update(
        instance=certificate,
        data=data,
        actor=actor,
        verb="certificate.status_changed",
        audited=tuple(data),
        clean=False,
    )
    place_certification_refresh(certificate.establishment)
    announce(
        CERTIFICATE_STATUS_CHANGED,
        establishment_id=certificate.establishment_id,
        certificate_id=certificate.pk,
        status=certificate.status,
    )
    return certificate


# The best live certificate decides how the place shows in the registry.
_RANK: dict[str, tuple[int, Certification]] = {
    CertificateStatus.VALID: (0, Certification.CERTIFIED),
    CertificateStatus.REASSESSMENT_DUE: (1, Certification.REASSESSMENT_DUE),
    CertificateStatus.SUSPENDED: (2, Certification.SUSPENDED),
    CertificateStatus.REVOKED: (3, Certification.REVOKED),
    CertificateStatus.EXPIRED: (4, Certification.EXPIRED),
}


def place_certification_refresh(establishment: Establishment) -> str:
    """Show the place in the registry as its best certificate stands (see _RANK), after any
    certificate of it moved; returns that certification."""
    statuses = set(
        Certificate.objects.filter(establishment=establishment).values_list("status", flat=True)
    )
    best = min((_RANK[s] for s in statuses), default=(9, Certification.NONE))[1]
    establishment_set_certification(establishment=establishment, certification=best)
    return best


def verify_pages_forget_for_places(establishment_ids: Iterable[int]) -> None:
    """Drop the kept verification pages of every certificate of these places, with the change:
    what a higher pillar lends the page (People Voice's rating, oversight's findings) changed,
    not the certificate."""
    ids = list(establishment_ids)
    for start in range(0, len(ids), 1000):
        tokens = Certificate.objects.filter(
            establishment_id__in=ids[start : start + 1000]
        ).values_list("verify_token", flat=True)
        verify_page_forget(*tokens)


def certificate_place_link(certificate: Certificate) -> str:
    """Where a notice about a certificate sends its owner: their page of the place."""
    return reverse("places:mine_detail", args=[certificate.establishment.public_id])
