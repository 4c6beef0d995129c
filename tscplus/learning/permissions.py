"""Who may do what with the learning registers: the one place these rules live.

Everyone reads the innovations register; health staff read the inventory and the lessons and post
lessons and comments; the people who run the indicators (reporters, approvers, administrators)
keep the inventory and the innovations register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tscplus.accounts.choices import Role
from tscplus.accounts.permissions import holds_national_role, is_staff_reader

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer

__all__ = ["is_keeper", "is_staff_reader"]


def is_keeper(user: Viewer) -> bool:
    return holds_national_role(
        user, Role.INDICATOR_REPORTER, Role.REPORT_APPROVER, Role.ADMINISTRATOR
    )
