"""The knowledge items a person wrote, for their data export (see accounts.personal_data).
"Was this helpful?" answers and self-checks are anonymous: nothing ties them to a person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tscplus.accounts.personal_data import iso
from tscplus.knowledge.models import KnowledgeItem

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def items_written(user: User) -> list[dict[str, Any]]:
    return [
        {"id": i.pk, "title": i.title, "status": i.status, "updated_at": iso(i.updated_at)}
        for i in KnowledgeItem.objects.filter(author=user).order_by("pk")
    ]
