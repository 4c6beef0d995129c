"""Reads about assessments and certificates, scoped to the asking user, and the figures other
pillars count. The look-ups by a certificate's QR token live in `verification` and are named here
too, so that other apps keep reading assessments through its selectors alone."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery

from tscplus.assessments.choices import (
    AssessmentKind,
    AssessmentStatus,
    CertificateStatus,
)
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.assessments.verification import (
    VerifiedCertificate,
    certificate_for_verification,
    certificate_verification_page,
    verify_findings_source_register,
    verify_rating_source_register,
)
from tscplus.core.figures import by_district_category, by_district_month
from tscplus.core.permissions import get_visible_or_404
from tscplus.places.choices import Certification, EstablishmentStatus
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.accounts.types import Viewer

__all__ = [
    "VerifiedCertificate",
    "assessment_drafts_by_version",
    "assessment_failed_before",
    "assessment_figures_by_district_category",
    "assessment_figures_by_district_month",
    "assessment_get_for_user",
    "assessment_list_for_place",
    "assessment_opening_step",
    "assessments_overseen_by",
    "certificate_current_for_place",
    "certificate_figures_by_district_month",
    "certificate_for_verification",
    "certificate_get_for_user",
    "certificate_list_for_place",
    "certificate_list_public",
    "certificate_verification_page",
    "certificates_all",
    "certificates_issued",
    "certified_registry",
    "self_assessments_submitted",
    "verify_findings_source_register",
    "verify_rating_source_register",
]


def assessment_get_for_user(user: Viewer, pk: int) -> Assessment:
    base = Assessment.objects.select_related(
        "establishment__category", "establishment__province", "version__standard", "based_on"
    )
    return get_visible_or_404(base, user, pk=pk)


def assessment_failed_before(assessment: Assessment) -> set[int]:
    """Ids of the items of this assessment's version that failed in the assessment it was filled
    in from (matched by item code, as the answers were carried over); empty for a first one."""
    if assessment.based_on_id is None:
        return set()
    failed_codes = Answer.objects.filter(
        assessment_id=assessment.based_on_id, value=AnswerValue.FAIL
    ).values("item__code")
    items = assessment.version.items.filter(code__in=failed_codes)
    return set(items.values_list("pk", flat=True))


def assessment_opening_step(assessment: Assessment) -> tuple[int, str]:
    """Where the wizard opens: the step of the first item that failed last time, so the owner
    lands on what they fixed, and that item's code when the page must scroll to it (it is not
    the step's first question); step 1, and no code, for everything else."""
    failed = assessment_failed_before(assessment)
    first = (
        assessment.version.items.filter(pk__in=failed)
        .order_by("section__order", "order")
        .values_list("section_id", "code")
        .first()
    )
    if first is None:
        return 1, ""
    section_id, code = first
    sections = list(assessment.version.sections.order_by("order").values_list("pk", flat=True))
    leads = assessment.version.items.filter(section_id=section_id).order_by("order").first()
    return sections.index(section_id) + 1, "" if leads and leads.code == code else code


def assessment_list_for_place(establishment: Establishment) -> QuerySet[Assessment]:
    return establishment.assessments.select_related("version__standard", "certificate").order_by(
        "-created_at"
    )


def assessment_drafts_by_version(establishment: Establishment) -> dict[int, Assessment]:
    """The place's self-assessment drafts, by standard version: one may be resumed, not restarted."""
    drafts = establishment.assessments.filter(
        status=AssessmentStatus.DRAFT, kind=AssessmentKind.SELF
    ).select_related("version__standard")
    return {draft.version_id: draft for draft in drafts}


def certificate_list_for_place(establishment: Establishment) -> QuerySet[Certificate]:
    return establishment.certificates.select_related("version__standard").order_by("-issued_at")


def certificate_list_public(establishment: Establishment) -> list[Certificate]:
    """What a place's public page shows: the latest certificate for each standard, whatever its
    status (a suspended or expired one says so in words). Older ones stay in the owner's history."""
    latest: dict[int, Certificate] = {}
    for certificate in certificate_list_for_place(establishment):
        latest.setdefault(certificate.version.standard_id, certificate)
    return list(latest.values())


def certificate_current_for_place(establishment: Establishment) -> Certificate | None:
    """The certificate an inspection decision acts on: the newest valid, due or suspended one."""
    live = [
        CertificateStatus.VALID,
        CertificateStatus.REASSESSMENT_DUE,
        CertificateStatus.SUSPENDED,
    ]
    return establishment.certificates.filter(status__in=live).order_by("-issued_at").first()


def certificate_revoked_latest_for_place(establishment: Establishment) -> Certificate | None:
    """The place's newest revoked certificate, when no certificate of it is live any more: the one
    an appeal that overturns a revocation gives back (a place certified again since keeps its new
    certificate, and the old one stays revoked)."""
    if certificate_current_for_place(establishment) is not None:
        return None
    revoked = establishment.certificates.filter(status=CertificateStatus.REVOKED)
    return revoked.order_by("-issued_at").first()


def certificate_get_for_user(user: Viewer, number: str) -> Certificate:
    base = Certificate.objects.select_related(
        "establishment__category",
        "establishment__subdistrict",
        "establishment__district",
        "establishment__province",
        "version__standard",
    )
    return get_visible_or_404(base, user, number=number)


# The figures other pillars count (dashboards, open data, indicators): defined here, once.
# Self-assessments only: an officer's inspection checklist is not the place assessing itself.
def _self_assessments() -> QuerySet[Assessment]:
    return Assessment.objects.filter(submitted_at__isnull=False, kind=AssessmentKind.SELF)


def self_assessments_submitted(start: datetime.datetime, end: datetime.datetime) -> int:
    """Self-assessments submitted from `start` (included) to `end` (excluded)."""
    return _self_assessments().filter(submitted_at__gte=start, submitted_at__lt=end).count()


def certificates_issued(start: datetime.datetime, end: datetime.datetime) -> int:
    """Certificates issued from `start` (included) to `end` (excluded)."""
    return Certificate.objects.filter(issued_at__gte=start, issued_at__lt=end).count()


def assessment_figures_by_district_category() -> Iterator[dict[str, Any]]:
    """Self-assessments of open places by district and category: places assessed, assessments
    and passes."""
    return by_district_category(
        _self_assessments().filter(establishment__status=EstablishmentStatus.ACTIVE),
        district="establishment__district_id",
        category="establishment__category_id",
        assessed=Count("establishment_id", distinct=True),
        assessments=Count("pk"),
        passed=Count("pk", filter=Q(passed=True)),
    )


def assessment_figures_by_district_month(since: datetime.date) -> Iterator[dict[str, Any]]:
    """Self-assessments and passes each month since `since`, by district."""
    return by_district_month(
        _self_assessments(),
        field="submitted_at",
        district="establishment__district_id",
        since=since,
        assessments=Count("pk"),
        passed=Count("pk", filter=Q(passed=True)),
    )


def certificate_figures_by_district_month(since: datetime.date) -> Iterator[dict[str, Any]]:
    """Certificates issued each month since `since`, by district."""
    return by_district_month(
        Certificate.objects.all(),
        field="issued_at",
        district="establishment__district_id",
        since=since,
        certified=Count("pk"),
    )


def certified_registry(*, province: str = "", district: str = "") -> QuerySet[Establishment]:
    """Open places holding a valid certificate, with its number and last day (the open
    registry), in area order."""
    valid = Certificate.objects.filter(
        establishment=OuterRef("pk"), status=CertificateStatus.VALID
    ).order_by("-issued_at")
    places = (
        Establishment.objects.filter(
            status=EstablishmentStatus.ACTIVE, certification=Certification.CERTIFIED
        )
        .select_related("category", "province", "district", "subdistrict")
        .annotate(
            certificate_number=Subquery(valid.values("number")[:1]),
            certificate_expires=Subquery(valid.values("expires_on")[:1]),
        )
        .order_by("province_id", "district_id", "pk")
    )
    if province:
        places = places.filter(province_id=province)
    if district:
        places = places.filter(district_id=district)
    return places


def certificates_all() -> QuerySet[Certificate]:
    """Every certificate ever issued (the knowledge inventory's dataset)."""
    return Certificate.objects.all()


def assessments_overseen_by(user: User) -> QuerySet[Assessment]:
    """Every assessment of a place in the areas the officer oversees (an officer's export)."""
    return Assessment.objects.overseen_by(user)
