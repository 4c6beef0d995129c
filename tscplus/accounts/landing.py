"""Where a person lands after logging in: on their work, not on their profile. An operator lands
on their places, an officer on the risk-ranked queue, an editor on the editorial desk, a reporter
or an approver on the indicators; someone with no role (a member of the public) on the profile.

Accounts sits below the pillars that own those pages, so each pillar registers its page for the
roles it serves from its `AppConfig.ready()`, as it registers its personal data
(`personal_data.py`): `register(Role.OPERATOR, "places:mine", order=50)`. When a person holds
several roles, the page with the lowest `order` wins (the officers' queue before the desk)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.urls import reverse

if TYPE_CHECKING:
    from tscplus.accounts.models import User


@dataclass(frozen=True)
class Landing:
    """A pillar's page for the holders of one role."""

    role: str
    url_name: str
    order: int


LANDINGS: dict[str, Landing] = {}


def register(role: str, url_name: str, *, order: int) -> None:
    """The page `url_name` is where holders of `role` land (see the module's docstring)."""
    LANDINGS[role] = Landing(role=role, url_name=url_name, order=order)


def landing_url(user: User) -> str:
    """The first page (by `order`) of the roles the person holds now; the profile otherwise."""
    for landing in sorted(LANDINGS.values(), key=lambda found: (found.order, found.role)):
        if user.has_role(landing.role):
            return reverse(landing.url_name)
    return reverse("accounts:profile")
