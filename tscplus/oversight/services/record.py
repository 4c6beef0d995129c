"""The public record of a place's inspections: rebuilt after every decision, corrections case,
reply and appeal, drawn once in Thai and in English, and told to the pillars below (the registry's
columns, the verification page's cache)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.template.loader import render_to_string
from django.utils import timezone, translation

from tscplus.assessments.services import verify_pages_forget_for_place
from tscplus.oversight import selectors
from tscplus.oversight.choices import PUBLIC_DECISION, AppealStatus, CaseStatus, PublicOutcome
from tscplus.oversight.models import Inspection, PlaceRecord
from tscplus.oversight.outcome import public_outcome
from tscplus.places.services import establishment_set_oversight
from tscplus.voice.choices import Moderation

if TYPE_CHECKING:
    from django.utils.functional import Promise as StrPromise

    from tscplus.places.models import Establishment


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
        return self.corrections_due is not None and self.case_status == CaseStatus.OPEN


def _entry(inspection: Inspection) -> RecordEntry:
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
        corrections_due=case.due_on if case else None,
        case_status=case.status if case else "",
        case_outcome=case.outcome if case else "",
        case_closed_on=timezone.localdate(case.closed_at) if case and case.closed_at else None,
        reply=inspection.reply if published else "",
    )


def _draw(language: str, entries: list[RecordEntry], failed: list[tuple[str, str]]) -> str:
    english = language == "en"
    with translation.override(language):
        return render_to_string(
            "oversight/_findings.html",
            {
                "last": entries[0],
                "history": entries,
                "failed": [en if english and en else th for th, en in failed],
            },
        ).strip()


def record_refresh(*, establishment: Establishment) -> PlaceRecord | None:
    """Rebuild what the public reads about the place's inspections (derived from audited
    decisions, so not audited itself). A place never inspected has no record."""
    inspections = selectors.record_inspections(establishment.pk)
    entries = [_entry(i) for i in inspections]
    verify_pages_forget_for_place(establishment.pk)
    if not entries:
        PlaceRecord.objects.filter(establishment=establishment).delete()
        establishment_set_oversight(establishment=establishment, checked_on=None, outcome="")
        return None
    last = entries[0]
    failed = selectors.failed_items(inspections[0].assessment_id)
    record, _created = PlaceRecord.objects.update_or_create(
        establishment=establishment,
        defaults={
            "checked_on": last.on,
            "outcome": last.outcome,
            "under_appeal": any(e.under_appeal for e in entries),
            "html_th": _draw("th", entries, failed),
            "html_en": _draw("en", entries, failed),
            "refreshed_at": timezone.now(),
        },
    )
    establishment_set_oversight(
        establishment=establishment, checked_on=last.on, outcome=str(last.outcome)
    )
    return record
