"""Reads of area oversight: what the risk score is computed from, and the officers' queue.

The facts are read for many places at once (a few set-based queries, whatever the number of
places), straight from the tables of places, assessments and People Voice: this is a report
across pillars, and a per-place loop through their selectors would cost a query per place."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import Count, DateField, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from tscplus.assessments.choices import (
    IN_FORCE,
    AssessmentKind,
    AssessmentStatus,
)
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.core.permissions import get_visible_or_404
from tscplus.oversight.choices import InspectionStatus
from tscplus.oversight.models import Inspection, PlaceRecord, RiskWeights
from tscplus.oversight.risk import DEFAULT_WEIGHTS, Facts
from tscplus.places.choices import EstablishmentStatus
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue
from tscplus.voice.choices import CLOSED
from tscplus.voice.models import Complaint

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer


def risk_weights() -> dict[str, float]:
    row = RiskWeights.objects.first()
    return row.as_dict() if row else dict(DEFAULT_WEIGHTS)


def _place_rows(places: QuerySet[Establishment]) -> list[Mapping[str, Any]]:
    """Each place with what its risk is computed from, in one query (subqueries per column)."""
    submitted = Assessment.objects.filter(
        establishment=OuterRef("pk"), status=AssessmentStatus.SUBMITTED
    ).order_by("-submitted_at", "-pk")
    open_complaints = (
        Complaint.objects.filter(establishment=OuterRef("pk"))
        .exclude(status__in=CLOSED)
        .order_by()
        .values("establishment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    live = list(IN_FORCE)
    return list(
        places.annotate(
            last_id=Subquery(submitted.values("pk")[:1]),
            last_score=Subquery(submitted.filter(kind=AssessmentKind.SELF).values("score")[:1]),
            last_inspection=Subquery(
                submitted.filter(kind=AssessmentKind.INSPECTION).values("submitted_at")[:1]
            ),
            open_complaints=Subquery(open_complaints),
            certificate_issued=Subquery(
                Certificate.objects.filter(establishment=OuterRef("pk"), status__in=live)
                .order_by("-issued_at")
                .values("issued_at")[:1]
            ),
            group=F("category__group__code"),
        ).values(
            "pk",
            "certification",
            "group",
            "last_id",
            "last_score",
            "last_inspection",
            "open_complaints",
            "certificate_issued",
            "rating__count",
            "rating__weight",
            "rating__overall",
        )
    )


def _essential_failures(assessment_ids: list[int]) -> dict[int, int]:
    """How many essential items each of these assessments failed, in one query."""
    return dict(
        Answer.objects.filter(
            assessment_id__in=assessment_ids, value=AnswerValue.FAIL, item__essential=True
        )
        .order_by()
        .values("assessment_id")
        .annotate(n=Count("pk"))
        .values_list("assessment_id", "n")
    )


def _days_since(now: datetime.datetime, when: datetime.datetime | None) -> int | None:
    return (now - when).days if when else None


def _facts(row: Mapping[str, Any], failed: dict[int, int], now: datetime.datetime) -> Facts:
    weight = row["rating__weight"] or 0
    return Facts(
        essential_failed=failed.get(row["last_id"], 0),
        last_score=float(row["last_score"]) if row["last_score"] is not None else None,
        rating_count=row["rating__count"] or 0,
        rating_average=row["rating__overall"] / weight if weight else None,
        open_complaints=row["open_complaints"] or 0,
        days_since_inspection=_days_since(now, row["last_inspection"]),
        certification=row["certification"],
        certificate_age_days=_days_since(now, row["certificate_issued"]),
        group=row["group"],
    )


def risk_facts(establishment_ids: Iterable[int] | None = None) -> dict[int, Facts]:
    """The facts of the risk score of the active places (these ones, or all), in a few queries."""
    places = Establishment.objects.filter(status=EstablishmentStatus.ACTIVE)
    if establishment_ids is not None:
        places = places.filter(pk__in=list(establishment_ids))
    rows = _place_rows(places)
    failed = _essential_failures([row["last_id"] for row in rows if row["last_id"]])
    now = timezone.now()
    return {row["pk"]: _facts(row, failed, now) for row in rows}


def _queue_base(user: Viewer) -> QuerySet[Establishment]:
    return (
        Establishment.objects.overseen_by(user)
        .filter(status=EstablishmentStatus.ACTIVE)
        .select_related("category", "district", "province", "risk")
    )


def risk_queue(user: Viewer) -> QuerySet[Establishment]:
    """The places of the officer's areas, riskiest first; a place not yet scored comes first."""
    return _queue_base(user).order_by(F("risk__score").desc(nulls_first=True), "pk")


def place_list_for_officer(user: Viewer) -> QuerySet[Establishment]:
    """The same places by name: the plain list the queue is measured against."""
    return _queue_base(user).order_by("name_th", "pk")


def inspection_list_for_officer(user: Viewer) -> QuerySet[Inspection]:
    return Inspection.objects.visible_to(user).select_related(
        "establishment__district", "establishment__province", "officer", "assessment"
    )


def inspection_get_for_officer(user: Viewer, pk: int) -> Inspection:
    return get_visible_or_404(inspection_list_for_officer(user), user, pk=pk)


def inspection_list_for_place(establishment: Establishment) -> QuerySet[Inspection]:
    return establishment.inspections.select_related("officer", "assessment").order_by(
        "-planned_for", "-pk"
    )


def places_unscored() -> QuerySet[Establishment]:
    """Open places that have no risk score yet (a new place, or a bulk import's)."""
    return Establishment.objects.filter(status=EstablishmentStatus.ACTIVE, risk__isnull=True)


PUBLIC_HISTORY = 10  # the inspections a place's public record lists, newest first


def record_inspections(establishment_id: int) -> list[Inspection]:
    """The place's decided inspections, newest first, with their appeal and corrections case."""
    return list(
        Inspection.objects.filter(establishment_id=establishment_id, status=InspectionStatus.DONE)
        .select_related("assessment", "appeal", "case")
        .order_by("-decided_at", "-pk")[:PUBLIC_HISTORY]
    )


def failed_items(assessment_id: int | None) -> list[tuple[str, str]]:
    """What a checklist failed, in plain words: each item's text in (Thai, English)."""
    if assessment_id is None:
        return []
    return list(
        Answer.objects.filter(assessment_id=assessment_id, value=AnswerValue.FAIL)
        .order_by("item__section__order", "item__order")
        .values_list("item__text_th", "item__text_en")
    )


def public_record_html(establishment_id: int, *, english: bool) -> str:
    """The public record's block in one language ("" for a place never inspected)."""
    column = "html_en" if english else "html_th"
    found = PlaceRecord.objects.filter(pk=establishment_id).values_list(column, flat=True).first()
    return found or ""


def standing_decisions(establishment_id: int, today: datetime.date) -> list[str]:
    """The decisions that stand against the place in the escalation window (oversight/escalation):
    overturned ones do not count, varied ones count as varied."""
    from tscplus.oversight.escalation import window_start
    from tscplus.oversight.outcome import effective_decision

    rows = Inspection.objects.filter(
        establishment_id=establishment_id,
        status=InspectionStatus.DONE,
        decided_at__date__gte=window_start(today),
    ).values_list("decision", "appeal__status", "appeal__varied_to")
    return [effective_decision(d, a or "", v or "") for d, a, v in rows]


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
    """The day of the visit as the public record dates it (Thailand's calendar): the checklist
    sent, else the decision, else the day planned. Computed by the database: a date per row is
    cheaper to read than two times to convert."""
    inspection = f"{prefix}inspection__" if prefix else ""
    submitted = f"{prefix}submitted_at" if prefix else "assessment__submitted_at"
    return Coalesce(
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
