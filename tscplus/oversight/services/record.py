"""The public record of a place's inspections: rebuilt after every decision, corrections case,
reply and appeal, drawn once in Thai and in English, and told to the pillars below (the registry's
columns, the verification page's cache)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from tscplus.assessments.services import verify_pages_forget_for_places
from tscplus.oversight import selectors
from tscplus.oversight.models import PlaceRecord
from tscplus.places.services import establishment_set_oversight

if TYPE_CHECKING:
    from tscplus.places.models import Establishment


def _draw(
    language: str, entries: list[selectors.RecordEntry], failed: list[tuple[str, str]]
) -> str:
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
    entries = [selectors.record_entry(i) for i in inspections]
    verify_pages_forget_for_places([establishment.pk])
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


def record_refresh_all() -> int:
    """Redraw the public record of every place an officer decided about; returns how many."""
    done = 0
    for place in selectors.places_inspected().iterator(chunk_size=500):
        with transaction.atomic():
            record_refresh(establishment=place)
        done += 1
    return done
