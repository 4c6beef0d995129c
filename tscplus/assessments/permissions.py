"""Who may answer an assessment: a self-assessment is its place's (the owner or an administrator,
`places.permissions`); an inspection is the officer's who records it, and no one else's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import Http404

from tscplus.assessments.choices import AssessmentKind
from tscplus.places.permissions import can_manage

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer
    from tscplus.assessments.models import Assessment


def can_answer(user: Viewer, assessment: Assessment) -> bool:
    if assessment.kind == AssessmentKind.INSPECTION:
        return assessment.created_by_id == user.pk
    return can_manage(user, assessment.establishment)


def require_answer(user: Viewer, assessment: Assessment) -> None:
    """Refuse as "not found", like every other access refusal."""
    if not can_answer(user, assessment):
        raise Http404
