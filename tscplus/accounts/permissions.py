"""Role checks shared by every app: does this person hold one of these roles, are they health staff."""

from __future__ import annotations

from typing import Any

from tscplus.accounts.choices import STAFF_ROLES


def holds_role(user: Any, *roles: str) -> bool:
    """Logged in and holding one of `roles` (superusers hold every role)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser or user.has_role(*roles))


def is_staff_reader(user: Any) -> bool:
    """Health staff (officers, editors, reporters, approvers, administrators)."""
    return holds_role(user, *STAFF_ROLES)
