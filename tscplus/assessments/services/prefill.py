"""A re-assessment starts from the last one: a new self-assessment draft is filled in with the
answers, notes and photos of the place's last submitted self-assessment of the same standard, so
that the owner changes only what they fixed.

Answers are matched to the draft's items by item code: on the same version every item carries
over; after a new version of the standard only the items whose code is still in it do (a new item
starts blank, a removed one is dropped), and "not applicable" only where the item still allows it.

Each carried photo is copied into a file of the draft's own (`evidence/<draft id>/...`): a file is
owned by exactly one answer, so replacing a photo in the draft (which deletes the file it
replaces) never touches the submitted assessment's record, and the other way round."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile

from tscplus.assessments.choices import AssessmentKind, AssessmentStatus
from tscplus.assessments.models import Answer, Assessment
from tscplus.standards.choices import AnswerValue

if TYPE_CHECKING:
    from tscplus.places.models import Establishment
    from tscplus.standards.models import Item, StandardVersion

logger = logging.getLogger(__name__)


def assessment_previous(
    establishment: Establishment, version: StandardVersion
) -> Assessment | None:
    """The place's last submitted self-assessment of this version's standard (any version of it),
    or None. Inspections are an officer's record of a visit, never the owner's starting point."""
    return (
        Assessment.objects.filter(
            establishment=establishment,
            version__standard_id=version.standard_id,
            kind=AssessmentKind.SELF,
            status=AssessmentStatus.SUBMITTED,
        )
        .order_by("-submitted_at", "-pk")
        .first()
    )


def answers_carry_over(*, draft: Assessment, previous: Assessment) -> list[Answer]:
    """Fill the (new, empty) draft in from `previous`; returns the answers written. Runs inside
    the caller's transaction."""
    items = {item.code: item for item in draft.version.items.all()}
    carried = []
    for old in previous.answers.select_related("item").order_by():
        item = items.get(old.item.code)
        if item is None or not _still_valid(item, old.value):
            continue
        answer = Answer(assessment=draft, item=item, value=old.value, note=old.note)
        if old.evidence:
            _photo_copy(old, answer)
        answer.save()
        carried.append(answer)
    return carried


def _still_valid(item: Item, value: str) -> bool:
    """An answer the draft's item still takes: "not applicable" only where it is allowed."""
    return value in (AnswerValue.PASS, AnswerValue.FAIL) or (
        value == AnswerValue.NOT_APPLICABLE and item.allow_na
    )


def _photo_copy(old: Answer, new: Answer) -> None:
    """Copy the photo into a file of the new answer's own. A photo that cannot be read (a file
    lost from the disk, a storage that fails) is left out, not the answer: the wizard then shows
    no photo, and submitting asks for one where the item needs it."""
    try:
        with old.evidence.open("rb") as source:
            content = source.read()
    except OSError as error:
        logger.warning("photo of answer %s not carried over: %s", old.pk, error)
        return
    new.evidence.save("evidence.jpg", ContentFile(content), save=False)
