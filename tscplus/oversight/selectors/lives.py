"""The open inspection data (LIVES): places, inspections and failed items, streamed in a few
set-based queries."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import DateField, F, OuterRef, QuerySet
from django.db.models.functions import Coalesce, TruncDate

from tscplus.assessments.models import Answer, Assessment
from tscplus.oversight.choices import (
    InspectionStatus,
)
from tscplus.oversight.models import (
    Inspection,
)
from tscplus.places.choices import EstablishmentStatus
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue

if TYPE_CHECKING:
    pass


# --- The open inspection data (LIVES) -----------------------------------------------------------
# Read once per download, each in one set-based statement streamed in chunks by the caller
# (`.iterator(chunk_size=...)`): no officer, no owner, nothing of a person; open places only.


def _lives_done() -> QuerySet[Inspection]:
    """Decided inspections of open places: what the public record shows."""
    return Inspection.objects.filter(
        status=InspectionStatus.DONE, establishment__status=EstablishmentStatus.ACTIVE
    )


def lives_places() -> QuerySet[Establishment, Mapping[str, Any]]:
    """Open places with at least one decided inspection: the place's public facts only (those the
    place's public page shows), oldest registered first."""
    from django.db.models import Exists

    inspected = _lives_done().filter(establishment=OuterRef("pk"))
    return (
        Establishment.objects.filter(status=EstablishmentStatus.ACTIVE)
        .filter(Exists(inspected))
        .order_by("pk")
        .values(
            "public_id",
            "name_th",
            "name_en",
            "address",
            "subdistrict__name_th",
            "district__name_th",
            "province__name_th",
            "postcode",
            "latitude",
            "longitude",
            "phone",
        )
    )


def _visit_day(prefix: str = "") -> Coalesce:
    """The day of the visit as the public record dates it (Thailand's calendar): the time the
    officer's phone recorded, else the checklist sent, else the decision, else the day planned. Computed by the database: a date per row is
    cheaper to read than two times to convert."""
    inspection = f"{prefix}inspection__" if prefix else ""
    submitted = f"{prefix}submitted_at" if prefix else "assessment__submitted_at"
    return Coalesce(
        TruncDate(f"{inspection}visited_at"),
        TruncDate(submitted),
        TruncDate(f"{inspection}decided_at"),
        F(f"{inspection}planned_for"),
        output_field=DateField(),
    )


def lives_inspections() -> QuerySet[Inspection, Mapping[str, Any]]:
    """Decided inspections of open places, each place's in the order decided, with the checklist's
    score and what the appeal and corrections case made of the decision."""
    return (
        _lives_done()
        .annotate(visit_day=_visit_day())
        .order_by("establishment_id", "decided_at", "pk")
        .values(
            "establishment_id",
            "establishment__public_id",
            "visit_day",
            "assessment__score",
            "decision",
            "appeal__status",
            "appeal__varied_to",
            "case__status",
            "case__outcome",
        )
    )


def lives_violations() -> QuerySet[Answer, Mapping[str, Any]]:
    """The checklist items that decided inspections of open places failed, in checklist order,
    with the place and the day that identify their inspection (the items' words are read once, by
    `lives_items`)."""
    return (
        Answer.objects.filter(
            value=AnswerValue.FAIL,
            assessment__inspection__status=InspectionStatus.DONE,
            assessment__establishment__status=EstablishmentStatus.ACTIVE,
        )
        .annotate(visit_day=_visit_day("assessment__"))
        .order_by("assessment_id", "item__section__order", "item__order")
        .values("assessment__establishment__public_id", "visit_day", "item_id")
    )


def lives_items() -> dict[int, Mapping[str, Any]]:
    """The items of every standard version the inspections were checked against, by id: a few
    hundred rows, whatever the number of inspections."""
    from tscplus.standards.models import Item

    versions = Assessment.objects.filter(inspection__in=_lives_done()).values("version_id")
    return {
        row["pk"]: row
        for row in Item.objects.filter(version_id__in=versions).values(
            "pk", "code", "text_th", "text_en", "essential", "version__standard__code"
        )
    }


def lives_pass_thresholds() -> list[Decimal]:
    """The pass marks (score %) of the standard versions the inspections were checked against;
    those in force when nothing was inspected yet."""
    from tscplus.standards.selectors import versions_in_force

    used = (
        Assessment.objects.filter(inspection__in=_lives_done())
        .order_by()
        .values_list("version__pass_threshold", flat=True)
        .distinct()
    )
    found = sorted(set(used))
    if not found:
        found = sorted(set(versions_in_force().values_list("pass_threshold", flat=True)))
    return found
