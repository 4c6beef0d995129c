"""A visit recorded in the field, perhaps with no signal, reaching the platform: the checklist
with its photos, the visit's time and (with consent) place, and the decision, written whole or
not at all. The phone sends it with an idempotency key (`core/idempotency.py`); what changed
since it was taken offline is a conflict (`oversight/conflicts.py`), shown, never overwritten."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tscplus.assessments import services as assessment_services
from tscplus.core import clock
from tscplus.core.audit import audit_record
from tscplus.oversight import conflicts as conflict_rules
from tscplus.oversight import selectors
from tscplus.oversight.models import Inspection
from tscplus.oversight.services.inspections import (
    inspection_decide,
    inspection_plan,
    inspection_start,
)
from tscplus.standards.selectors import version_get

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.standards.models import StandardVersion


class FieldConflictError(Exception):
    """The record met changes it did not see; nothing was written."""

    def __init__(self, found: list[conflict_rules.Conflict]) -> None:
        super().__init__(", ".join(c.code for c in found))
        self.conflicts = found


@dataclass(frozen=True)
class FieldRecord:
    """A visit as the phone kept it, checked for shape by the API's serializer."""

    answers: dict[int, dict[str, str]]
    photos: dict[int, Any]
    decision: str
    reason: str
    corrections_due: datetime.date | None
    visited_at: datetime.datetime
    recorded_offline_at: datetime.datetime | None
    location: dict[str, float] | None
    basis: dict[str, Any]
    confirm: set[str]


@transaction.atomic
def field_record(*, actor: User, visit: Inspection, record: FieldRecord) -> Inspection:
    """Write the visit whole: checklist, photos, time and place, decision. Any refusal (a
    conflict, a wrong answer, a decision that does not apply) leaves nothing written."""
    visit = (
        Inspection.objects.select_for_update(of=("self",))
        .select_related("assessment")
        .get(pk=visit.pk)
    )
    found = conflict_rules.conflicts_find(actor=actor, visit=visit, basis=record.basis)
    standing = conflict_rules.conflicts_unresolved(found, record.confirm)
    if standing:
        raise FieldConflictError(found)
    codes = {c.code for c in found}
    if conflict_rules.RECORDED_BY_OTHER in codes and conflict_rules.visit_taken(visit):
        # Accepted: the officer's visit is kept as a visit of its own, beside the other record.
        visit = inspection_plan(
            actor=actor, establishment=visit.establishment, officer=actor, planned_for=clock.today()
        )
    version = _basis_version(visit, record.basis)
    if conflict_rules.STANDARD_CHANGED in codes:
        record, version = _on_version_in_force(visit, record, version)
    assessment = inspection_start(actor=actor, inspection=visit, version=version)
    if assessment.version_id != version.pk:
        raise ValidationError(
            _("This visit's checklist was opened on another version: finish it on that device."),
            code="other_version",
        )
    assessment_services.assessment_save_answers(
        actor=actor, assessment=assessment, answers=record.answers, photos=record.photos
    )
    visit.assessment = assessment_services.assessment_submit(actor=actor, assessment=assessment)
    _visit_facts(actor=actor, visit=visit, record=record, accepted=sorted(codes))
    if record.decision:
        inspection_decide(
            actor=actor,
            inspection=visit,
            decision=record.decision,
            reason=record.reason,
            corrections_due=record.corrections_due,
        )
    return visit


def _basis_version(visit: Inspection, basis: dict[str, Any]) -> StandardVersion:
    """The version the officer answered: one of a standard for this kind of place."""
    try:
        version = version_get(int(basis.get("version_id")))  # type: ignore[arg-type]
    except (TypeError, ValueError, ObjectDoesNotExist):
        version = None
    group = visit.establishment.category.group_id
    if version is None or not version.standard.groups.filter(pk=group).exists():
        raise ValidationError({"basis": _("The checklist of this record is unknown.")})
    return version


def _on_version_in_force(
    visit: Inspection, record: FieldRecord, checked: StandardVersion
) -> tuple[FieldRecord, StandardVersion]:
    """Accepted "the standard changed": the answers move to the version in force item by item by
    code (an item new in it must still be answered: the submission names it)."""
    current = selectors.inspection_checklist_version(visit.establishment)
    if current is None:
        raise ValidationError(_("No standard is in force for this type of place."))
    code_of = dict(checked.items.values_list("pk", "code"))
    id_of = dict(current.items.values_list("code", "pk"))

    def moved(by_item: dict[int, Any]) -> dict[int, Any]:
        return {
            id_of[code_of[pk]]: value for pk, value in by_item.items() if code_of.get(pk) in id_of
        }

    return replace(record, answers=moved(record.answers), photos=moved(record.photos)), current


def _visit_facts(
    *, actor: User, visit: Inspection, record: FieldRecord, accepted: list[str]
) -> None:
    """When and where the visit was, when it was recorded offline and when it arrived; audited
    as "recorded offline at …, synced at …" with the conflicts the officer accepted."""
    visit.visited_at = min(record.visited_at, timezone.now())
    visit.recorded_offline_at = record.recorded_offline_at
    visit.synced_at = timezone.now()
    if record.location:
        visit.latitude = Decimal(str(round(record.location["lat"], 6)))
        visit.longitude = Decimal(str(round(record.location["lng"], 6)))
        accuracy = record.location.get("accuracy")
        visit.location_accuracy_m = round(accuracy) if accuracy is not None else None
    visit.save(
        update_fields=[
            "visited_at",
            "recorded_offline_at",
            "synced_at",
            "latitude",
            "longitude",
            "location_accuracy_m",
        ]
    )
    audit_record(
        actor=actor,
        verb="inspection.recorded",
        obj=visit,
        after={
            "visited_at": visit.visited_at,
            "recorded_offline_at": visit.recorded_offline_at,
            "synced_at": visit.synced_at,
            "location": bool(record.location),
            "conflicts_accepted": accepted,
        },
    )
