"""Who may do what in the knowledge hub: the one place these rules live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied

from tscplus.accounts.choices import Role
from tscplus.accounts.permissions import holds_national_role, is_staff_reader

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer

__all__ = ["is_editor", "is_staff_reader", "require_editor"]


def is_editor(user: Viewer) -> bool:
    return holds_national_role(user, Role.KNOWLEDGE_EDITOR, Role.ADMINISTRATOR)


def require_editor(user: Viewer) -> None:
    if not is_editor(user):
        raise PermissionDenied
