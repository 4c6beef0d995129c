"""What the risk score is computed from, and the officers' queue and inspections.

The facts are read for many places at once (a few set-based queries, whatever the number of
places), straight from the tables of places, assessments and People Voice: this is a report
across pillars, and a per-place loop through their selectors would cost a query per place."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.db.models import Count, F, OuterRef, QuerySet, Subquery
from django.utils import timezone

from tscplus.assessments.choices import (
    IN_FORCE,
    AssessmentKind,
    AssessmentStatus,
)
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.core.permissions import get_visible_or_404
from tscplus.oversight.choices import (
    CaseStatus,
)
from tscplus.oversight.models import (
    CorrectionCase,
    Inspection,
    RiskWeights,
)
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
    overdue_cases = (
        CorrectionCase.objects.filter(
            establishment=OuterRef("pk"), status=CaseStatus.OPEN, overdue_at__isnull=False
        )
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
            corrections_overdue=Subquery(overdue_cases),
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
            "corrections_overdue",
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
        corrections_overdue=row["corrections_overdue"] or 0,
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
