"""The public record of a place's inspections: its entries, the failed items, the decisions
that stand against it (the repeat-breach rule counts them)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.utils import timezone

from tscplus.assessments.models import Answer
from tscplus.oversight.choices import (
    PUBLIC_DECISION,
    AppealStatus,
    CaseStatus,
    InspectionStatus,
    PublicOutcome,
)
from tscplus.oversight.models import (
    Inspection,
    PlaceRecord,
)
from tscplus.oversight.outcome import public_outcome
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue
from tscplus.voice.choices import Moderation

if TYPE_CHECKING:
    from django.utils.functional import Promise as StrPromise


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
