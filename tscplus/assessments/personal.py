"""The assessments a person started, for their data export (see accounts.personal_data)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tscplus.accounts.personal_data import iso
from tscplus.assessments.models import Assessment

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def assessments_started(user: User) -> list[dict[str, Any]]:
    rows = Assessment.objects.filter(created_by=user).select_related("establishment")
    return [
        {
            "place": a.establishment.public_id,
            "kind": a.kind,
            "status": a.status,
            "score": str(a.score) if a.score is not None else None,
            "created_at": iso(a.created_at),
            "submitted_at": iso(a.submitted_at),
        }
        for a in rows.order_by("created_at")
    ]
