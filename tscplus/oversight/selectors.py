"""Reads of area oversight: what the risk score is computed from, and the officers' queue.

The facts are read for many places at once (a few set-based queries, whatever the number of
places), straight from the tables of places, assessments and People Voice: this is a report
across pillars, and a per-place loop through their selectors would cost a query per place."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from tscplus.assessments.choices import (
    IN_FORCE,
    AssessmentKind,
    AssessmentStatus,
)
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.core.permissions import get_visible_or_404
from tscplus.oversight.choices import (
    PUBLIC_DECISION,
    AppealStatus,
    CaseStatus,
    InspectionStatus,
    PublicOutcome,
)
from tscplus.oversight.models import (
    Appeal,
    CorrectionCase,
    CorrectionItem,
    Inspection,
    PlaceRecord,
    RiskWeights,
)
from tscplus.oversight.outcome import public_outcome
from tscplus.oversight.risk import DEFAULT_WEIGHTS, Facts
from tscplus.places.choices import EstablishmentStatus
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue
from tscplus.voice.choices import CLOSED, Moderation
from tscplus.voice.models import Complaint

if TYPE_CHECKING:
    from django.utils.functional import Promise as StrPromise

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


PUBLIC_HISTORY = 10  # the inspections a place's public record lists, newest first


def record_inspections(establishment_id: int) -> list[Inspection]:
    """The place's decided inspections, newest first, with their appeal and corrections case."""
    return list(
        Inspection.objects.filter(establishment_id=establishment_id, status=InspectionStatus.DONE)
        .select_related("assessment", "appeal", "case")
        .order_by("-decided_at", "-pk")[:PUBLIC_HISTORY]
    )


@dataclass(frozen=True)
class RecordEntry:
    """One decided inspection as the public reads it: no officer's name, no evidence."""

    on: datetime.date
    decision: str
    outcome: PublicOutcome
    appeal_status: str
    appeal_reason: str
    varied_to: str
    corrections_due: datetime.date | None
    case_status: str
    case_outcome: str
    case_closed_on: datetime.date | None
    reply: str

    @property
    def decision_words(self) -> StrPromise:
        return PUBLIC_DECISION[self.decision]

    @property
    def varied_words(self) -> StrPromise | str:
        return PUBLIC_DECISION[self.varied_to] if self.varied_to else ""

    @property
    def appeal_words(self) -> str:
        return str(AppealStatus(self.appeal_status).label) if self.appeal_status else ""

    @property
    def under_appeal(self) -> bool:
        return self.appeal_status == AppealStatus.OPEN

    @property
    def corrections_open(self) -> bool:
        return self.corrections_due is not None and self.case_status != CaseStatus.CLOSED


def record_entry(inspection: Inspection) -> RecordEntry:
    """One decided inspection as the public reads it."""
    appeal = getattr(inspection, "appeal", None)
    case = getattr(inspection, "case", None)
    visited = inspection.visited_on
    decided = timezone.localdate(inspection.decided_at) if inspection.decided_at else None
    on = visited or decided or inspection.planned_for
    published = inspection.reply_moderation == Moderation.PUBLISHED
    return RecordEntry(
        on=on,
        decision=inspection.decision,
        outcome=public_outcome(
            inspection.decision,
            appeal_status=appeal.status if appeal else "",
            varied_to=appeal.varied_to if appeal else "",
            case_status=case.status if case else "",
            case_outcome=case.outcome if case else "",
        ),
        appeal_status=appeal.status if appeal else "",
        appeal_reason=appeal.outcome_reason if appeal else "",
        varied_to=appeal.varied_to if appeal else "",
        corrections_due=case.due_on if case else inspection.corrections_due,
        case_status=case.status if case else "",
        case_outcome=case.outcome if case else "",
        case_closed_on=timezone.localdate(case.closed_at) if case and case.closed_at else None,
        reply=inspection.reply if published else "",
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


def places_inspected() -> QuerySet[Establishment]:
    """The places with at least one decided inspection (those with a public record)."""
    decided = Inspection.objects.filter(status=InspectionStatus.DONE).values("establishment")
    return Establishment.objects.filter(pk__in=decided).order_by("pk")


# --- Appeals and the owner's right to reply -------------------------------------------------------


def inspection_get_for_owner(user: Viewer, pk: int) -> Inspection:
    """A decided inspection of a place the user owns (404 for any other, as for one that does not
    exist): what the owner may appeal or answer."""
    from django.http import Http404

    if getattr(user, "pk", None) is None:
        raise Http404("inspection")
    found = (
        Inspection.objects.filter(
            pk=pk, establishment__owner_id=user.pk, status=InspectionStatus.DONE
        )
        .select_related("establishment", "officer", "appeal")
        .first()
    )
    if found is None:
        raise Http404("inspection")
    return found


APPEAL_RELATED = (
    "inspection__officer",
    "establishment__province",
    "establishment__district",
    "officer",
    "decided_by",
)


def _appeals() -> QuerySet[Appeal]:
    return Appeal.objects.select_related(*APPEAL_RELATED)


def appeal_list_for_officer(user: Viewer) -> QuerySet[Appeal]:
    """The appeals of the places the officer oversees, soonest to decide first (so the overdue
    ones lead)."""
    return (
        Appeal.objects.overseen_by(user)
        .select_related(*APPEAL_RELATED)
        .order_by("respond_by", "pk")
    )


def appeal_open_for_officer(user: Viewer) -> QuerySet[Appeal]:
    return appeal_list_for_officer(user).filter(status=AppealStatus.OPEN)


def appeal_list_for_owner(user: Viewer) -> QuerySet[Appeal]:
    if getattr(user, "pk", None) is None:
        return Appeal.objects.none()
    return _appeals().filter(establishment__owner_id=user.pk).order_by("-created_at", "-pk")


def appeal_get_for_user(user: Viewer, pk: int) -> Appeal:
    """One appeal for its place's owner or an officer of the place's area; 404 for anyone else."""
    return get_visible_or_404(_appeals(), user, pk=pk)


def appeal_officer_choose(establishment: Establishment, *, excluding: int) -> Any:
    """The area or regional officer who oversees the place, did not make the decision (`excluding`)
    and has the fewest open appeals (ties: the first account made); None when there is none."""
    from django.db.models import Q

    from tscplus.accounts.selectors import officers_overseeing

    province = establishment.province
    return (
        officers_overseeing(
            region_id=province.region_id if province else None,
            province_id=establishment.province_id,
            district_id=establishment.district_id,
        )
        .exclude(pk=excluding)
        .annotate(
            open_appeals=Count(
                "appeals_assigned", filter=Q(appeals_assigned__status=AppealStatus.OPEN)
            )
        )
        .order_by("open_appeals", "pk")
        .first()
    )


def replies_held_for_officer(user: Viewer) -> QuerySet[Inspection]:
    """Owners' replies to inspections of the officer's areas that wait for moderation."""
    return (
        Inspection.objects.overseen_by(user)
        .filter(reply_moderation=Moderation.HELD)
        .select_related("establishment__province", "officer")
        .order_by("replied_at", "pk")
    )


def reply_get_for_moderation(user: Viewer, pk: int) -> Inspection:
    """An inspection with a reply, of the officer's areas (404 otherwise)."""
    from django.http import Http404

    found = (
        Inspection.objects.overseen_by(user)
        .filter(pk=pk)
        .exclude(reply="")
        .select_related("establishment", "officer")
        .first()
    )
    if found is None:
        raise Http404("reply")
    return found


def failed_item_ids(assessment_id: int | None) -> list[int]:
    """The items a checklist failed (the items of a corrections case), in checklist order."""
    if assessment_id is None:
        return []
    return list(
        Answer.objects.filter(assessment_id=assessment_id, value=AnswerValue.FAIL)
        .order_by("item__section__order", "item__order")
        .values_list("item_id", flat=True)
    )


# --- Corrections cases ------------------------------------------------------------------------


def _with_related(rows: QuerySet[CorrectionCase]) -> QuerySet[CorrectionCase]:
    return rows.select_related(
        "establishment__district",
        "establishment__province",
        "inspection__officer",
        "closed_by",
    )


def case_list_for_officer(user: Viewer) -> QuerySet[CorrectionCase]:
    """The open cases of the officer's areas, overdue first, then by deadline: a case is overdue
    from its deadline on, so the earliest deadline comes first either way."""
    return (
        _with_related(CorrectionCase.objects.overseen_by(user))
        .filter(status=CaseStatus.OPEN)
        .annotate(
            total=Count("items", distinct=True),
            answered=Count("items", filter=Q(items__answered_at__isnull=False), distinct=True),
        )
        .order_by("due_on", "pk")
    )


def case_get_for_officer(user: Viewer, pk: int) -> CorrectionCase:
    """A case of a place the officer oversees (open or closed); anything else is 404."""
    try:
        return _with_related(CorrectionCase.objects.overseen_by(user)).get(pk=pk)
    except (CorrectionCase.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("case") from exc


def case_list_for_owner(user: Viewer) -> QuerySet[CorrectionCase]:
    """The cases of the places the user owns, open first, then by deadline."""
    if getattr(user, "pk", None) is None:
        return CorrectionCase.objects.none()
    return (
        _with_related(CorrectionCase.objects.filter(establishment__owner_id=user.pk)).order_by(
            "-status", "due_on", "pk"
        )  # "open" sorts after "closed": descending
    )


def case_get_for_owner(user: Viewer, pk: int) -> CorrectionCase:
    """A case of the user's own place; anyone else (officers included) gets 404."""
    try:
        return case_list_for_owner(user).get(pk=pk)
    except (CorrectionCase.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("case") from exc


def case_items(case: CorrectionCase) -> list[CorrectionItem]:
    return list(
        case.items.select_related("item__section").order_by("item__section__order", "item__order")
    )


def case_item_get(case: CorrectionCase, pk: int) -> CorrectionItem:
    try:
        return case.items.select_related("item").get(pk=pk)
    except (CorrectionItem.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("item") from exc


def case_evidence_get(user: Viewer, item_pk: int) -> CorrectionItem:
    """An item's evidence, for the place's owner and the officers of its area only."""
    cases = CorrectionCase.objects.visible_to(user)
    try:
        return CorrectionItem.objects.select_related("item").get(pk=item_pk, case__in=cases)
    except (CorrectionItem.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("evidence") from exc


def cases_open_due_by(day: datetime.date) -> QuerySet[CorrectionCase]:
    """Open cases whose deadline is on or before `day` (the reminder job's work)."""
    return (
        CorrectionCase.objects.filter(status=CaseStatus.OPEN, due_on__lte=day)
        .select_related("establishment__owner", "inspection__officer")
        .order_by("due_on", "pk")
    )


def case_visit_recorded(case: CorrectionCase) -> bool:
    """An officer has visited the place since the case opened: a later inspection with its
    checklist sent."""
    return (
        Inspection.objects.filter(
            establishment_id=case.establishment_id,
            assessment__status=AssessmentStatus.SUBMITTED,
            assessment__submitted_at__gte=case.created_at,
        )
        .exclude(pk=case.inspection_id)
        .exists()
    )
