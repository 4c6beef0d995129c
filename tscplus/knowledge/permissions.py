"""Who may do what in the knowledge hub: the one place these rules live."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from tscplus.accounts.choices import Role

STAFF_ROLES = (Role.AREA_OFFICER, Role.REGIONAL_OFFICER, Role.KNOWLEDGE_EDITOR,
               Role.INDICATOR_REPORTER, Role.ADMINISTRATOR)  # fmt: skip
EDITOR_ROLES = (Role.KNOWLEDGE_EDITOR, Role.ADMINISTRATOR)


def _has(user: Any, roles: tuple) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser or user.has_role(*roles))


def is_staff_reader(user: Any) -> bool:
    """Health staff (officers, editors, reporters, administrators) read staff-only items."""
    return _has(user, STAFF_ROLES)


def is_editor(user: Any) -> bool:
    return _has(user, EDITOR_ROLES)


def require_editor(user: Any) -> None:
    if not is_editor(user):
        raise PermissionDenied
