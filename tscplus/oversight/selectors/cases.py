"""Appeals, the owner's replies, and corrections cases: who sees which."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from tscplus.assessments.choices import (
    AssessmentStatus,
)
from tscplus.assessments.models import Answer
from tscplus.core.permissions import get_visible_or_404
from tscplus.oversight.choices import (
    AppealStatus,
    CaseStatus,
    InspectionStatus,
)
from tscplus.oversight.models import (
    Appeal,
    CorrectionCase,
    CorrectionItem,
    Inspection,
)
from tscplus.places.models import Establishment
from tscplus.standards.choices import AnswerValue
from tscplus.voice.choices import Moderation

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer


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
