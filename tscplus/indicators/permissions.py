"""Who may do what with indicators and reports: the one place these rules live.

Responsible people enter the progress of their own indicators and send the month's report for
approval; approvers publish it (never the one who sent it); administrators may do both."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import PermissionDenied

from tscplus.accounts.choices import Role
from tscplus.accounts.permissions import holds_national_role, is_staff_reader

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer

__all__ = ["can_report", "is_admin", "is_approver", "is_reporter", "is_staff_reader", "require"]


def is_reporter(user: Viewer) -> bool:
    return holds_national_role(user, Role.INDICATOR_REPORTER, Role.ADMINISTRATOR)


def is_approver(user: Viewer) -> bool:
    return holds_national_role(user, Role.REPORT_APPROVER, Role.ADMINISTRATOR)


def is_admin(user: Viewer) -> bool:
    return holds_national_role(user, Role.ADMINISTRATOR)


def can_report(user: Viewer, indicator: Any) -> bool:
    """The indicator's responsible people (with the reporter role), and administrators."""
    if is_admin(user):
        return True
    return is_reporter(user) and indicator.responsible.filter(pk=user.pk).exists()


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied
