"""What an officer takes into the field: their planned visits, and for each the place, the
checklist of the right standard version, the last result, open corrections and the certificate,
with the state they were taken in (the `basis` a record sent later is checked against)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from tscplus.assessments import selectors as assessment_selectors
from tscplus.assessments.choices import AssessmentStatus
from tscplus.assessments.models import Assessment
from tscplus.core.language import reader_language
from tscplus.core.thaidate import format_date
from tscplus.oversight.choices import CaseStatus, Decision, InspectionStatus
from tscplus.oversight.models import CorrectionCase, Inspection
from tscplus.standards import selectors as standard_selectors
from tscplus.standards.models import StandardVersion

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment

KIT_VERSION = 1  # the shape of a kit; a phone holding an older shape takes the visit again


def inspection_checklist_version(establishment: Establishment) -> StandardVersion | None:
    """The standard a visit checks: the one of the place's current certificate, else the place's
    own standard (the COVID-free setting standard last, as it applies to every place)."""
    current = assessment_selectors.certificate_current_for_place(establishment)
    versions = standard_selectors.versions_in_force(group_id=establishment.category.group_id)
    if current is not None:
        same = versions.filter(standard=current.version.standard_id).first()
        if same is not None:
            return same
    return (
        versions.order_by("standard__code").exclude(standard__code="covid-free-setting").first()
        or versions.first()
    )


def field_visits(officer: User) -> QuerySet[Inspection]:
    """The officer's own planned visits, soonest first."""
    return (
        Inspection.objects.filter(officer=officer, status=InspectionStatus.PLANNED)
        .select_related("establishment")
        .order_by("planned_for", "pk")
    )


def field_visit_get(officer: User, pk: int) -> Inspection:
    """The officer's own visit, wherever the place now lies: a record made before the place left
    their area still reaches the platform, to be shown as a conflict, not lost as "not found"."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        Inspection.objects.select_related("establishment", "assessment"), pk=pk, officer=officer
    )


def last_decided_visit(visit: Inspection) -> int | None:
    """The place's latest decided visit other than this one: a newer one arriving while the
    officer was offline means someone else decided on the place meanwhile."""
    return (
        Inspection.objects.filter(
            establishment=visit.establishment_id, status=InspectionStatus.DONE
        )
        .exclude(pk=visit.pk)
        .order_by("-decided_at", "-pk")
        .values_list("pk", flat=True)
        .first()
    )


def field_basis(visit: Inspection) -> dict[str, Any]:
    """The state the kit was taken in: a record checked against it finds what changed since."""
    place = visit.establishment
    version = (
        visit.assessment.version
        if visit.assessment is not None
        else inspection_checklist_version(place)
    )
    certificate = assessment_selectors.certificate_current_for_place(place)
    return {
        "kit": KIT_VERSION,
        "visit": visit.pk,
        "version_id": version.pk if version else None,
        "certificate_id": certificate.pk if certificate else None,
        "certificate_status": certificate.live_status if certificate else None,
        "last_decided_id": last_decided_visit(visit),
        "taken_at": timezone.now().isoformat(),
    }


def _checklist(version: StandardVersion) -> dict[str, Any]:
    sections = version.sections.prefetch_related("items").order_by("order")
    return {
        "version_id": version.pk,
        "title": f"{version.standard.name} · {version.number}",
        "sections": [
            {
                "title": section.title,
                "items": [
                    {
                        "id": item.pk,
                        "code": item.code,
                        "text": item.text,
                        "essential": item.essential,
                        "allow_na": item.allow_na,
                        "photo_required": item.evidence_required,
                    }
                    for item in sorted(section.items.all(), key=lambda i: i.order)
                ],
            }
            for section in sections
        ],
    }


def _last_result(place: Establishment, language: str) -> dict[str, Any] | None:
    last = (
        Assessment.objects.filter(establishment=place, status=AssessmentStatus.SUBMITTED)
        .order_by("-submitted_at", "-pk")
        .first()
    )
    if last is None or last.submitted_at is None:
        return None
    failed = last.answers.filter(value="fail").select_related("item")
    return {
        "date_display": format_date(timezone.localtime(last.submitted_at), "short", language),
        "kind": last.get_kind_display(),
        "score": float(last.score) if last.score is not None else None,
        "passed": last.passed,
        "failed": [f"{a.item.code} {a.item.text}" for a in failed],
    }


def _open_cases(place: Establishment, language: str) -> list[dict[str, Any]]:
    cases = CorrectionCase.objects.filter(establishment=place, status=CaseStatus.OPEN)
    return [
        {
            "id": case.pk,
            "due_display": format_date(case.due_on, "short", language),
            "items": [f"{i.item.code} {i.item.text}" for i in case.items.select_related("item")],
        }
        for case in cases.order_by("due_on")
    ]


def field_visit_summary(visit: Inspection) -> dict[str, Any]:
    language = reader_language()
    return {
        "id": visit.pk,
        "planned_for": visit.planned_for.isoformat(),
        "planned_for_display": format_date(visit.planned_for, "short", language),
        "place": {"public_id": visit.establishment.public_id, "name": visit.establishment.name},
        "kit_url": reverse("api-field-kit", args=[visit.pk]),
    }


def field_kit(visit: Inspection) -> dict[str, Any] | None:
    """Everything to record the visit with no signal; None when no standard applies."""
    place = visit.establishment
    language = reader_language()
    basis = field_basis(visit)
    if basis["version_id"] is None:
        return None
    version = StandardVersion.objects.select_related("standard").get(pk=basis["version_id"])
    certificate = assessment_selectors.certificate_current_for_place(place)
    return {
        "visit": field_visit_summary(visit),
        "place": {
            "public_id": place.public_id,
            "name": place.name,
            "address": place.address,
            "category": place.category.name,
            "district": place.district.name,
            "province": place.province.name,
        },
        "checklist": _checklist(version),
        "last_result": _last_result(place, language),
        "open_cases": _open_cases(place, language),
        "certificate": (
            {"number": certificate.number, "status_label": certificate.live_status_label}
            if certificate
            else None
        ),
        "decisions": [
            {"value": value, "label": str(label), "needs_reason": value != Decision.CONFIRM}
            for value, label in Decision.choices
        ],
        "basis": basis,
        "record_url": reverse("api-field-record", args=[visit.pk]),
    }
