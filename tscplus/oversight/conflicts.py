"""The conflicts rule of offline field work: what may have changed between the moment an officer
took a visit offline (the kit's `basis`) and the moment the record reaches the platform, and which
of those the officer may accept after seeing them. A record is never written over a change it
did not see: the phone shows each conflict and asks (`services/field.py` applies the answer)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from tscplus.assessments import selectors as assessment_selectors
from tscplus.assessments.choices import AssessmentStatus
from tscplus.oversight import selectors
from tscplus.oversight.choices import InspectionStatus
from tscplus.oversight.models import Inspection
from tscplus.places.selectors import establishment_is_overseen_by

if TYPE_CHECKING:
    from tscplus.accounts.models import User

STANDARD_CHANGED = "standard_changed"
CERTIFICATE_CHANGED = "certificate_changed"
RECORDED_BY_OTHER = "recorded_by_other"
OUT_OF_AREA = "out_of_area"


@dataclass(frozen=True)
class Conflict:
    code: str
    message: str
    # Whether the officer may record anyway once they have seen it. A place that left their area
    # is never theirs to record: the item stays on the phone until they discard it.
    can_confirm: bool

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "can_confirm": self.can_confirm}


def visit_taken(visit: Inspection) -> bool:
    """The visit itself was closed, or its checklist sent from another device: a record made
    offline can only be kept as a visit of its own."""
    if visit.status != InspectionStatus.PLANNED:
        return True
    return visit.assessment is not None and visit.assessment.status != AssessmentStatus.DRAFT


def _recorded_since(visit: Inspection, basis: dict[str, Any]) -> bool:
    """The visit was taken, or another visit to the place was decided, since the kit was taken."""
    if visit_taken(visit):
        return True
    last = selectors.last_decided_visit(visit)
    return last is not None and last != basis.get("last_decided_id")


def conflicts_find(*, actor: User, visit: Inspection, basis: dict[str, Any]) -> list[Conflict]:
    """Every conflict between the kit's basis and the platform now, in the order to read them."""
    place = visit.establishment
    found = []
    if not establishment_is_overseen_by(actor, place):
        found.append(
            Conflict(
                OUT_OF_AREA,
                _("{place} is no longer in your area: this record cannot be sent.").format(
                    place=place.name
                ),
                can_confirm=False,
            )
        )
    if _recorded_since(visit, basis):
        found.append(
            Conflict(
                RECORDED_BY_OTHER,
                _(
                    "This visit was recorded or another officer decided on the place while you "
                    "were offline. Sending records your visit as a new one beside it."
                ),
                can_confirm=True,
            )
        )
    current = visit.assessment.version if visit.assessment else None
    current = current or selectors.inspection_checklist_version(place)
    if current is None or current.pk != basis.get("version_id"):
        found.append(
            Conflict(
                STANDARD_CHANGED,
                _(
                    "The standard changed after you took the visit offline. Sending moves your "
                    "answers to the version in force, item by item; a new item must be answered."
                ),
                can_confirm=True,
            )
        )
    certificate = assessment_selectors.certificate_current_for_place(place)
    now = (certificate.pk, certificate.live_status) if certificate else (None, None)
    if now != (basis.get("certificate_id"), basis.get("certificate_status")):
        found.append(
            Conflict(
                CERTIFICATE_CHANGED,
                _(
                    "The place's certificate changed after you took the visit offline (it is now "
                    "“{status}”). Check that your decision still applies."
                ).format(status=certificate.live_status_label if certificate else _("none")),
                can_confirm=True,
            )
        )
    return found


def conflicts_unresolved(found: list[Conflict], confirmed: set[str]) -> list[Conflict]:
    """The conflicts still standing: any the officer may not accept, and any they did not."""
    return [c for c in found if not c.can_confirm or c.code not in confirmed]
