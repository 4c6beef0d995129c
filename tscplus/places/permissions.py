"""Who may change a place (and assess it themselves): its owner, or an administrator. Who may
see it is the scoping rule (`core.scoping`, applied by `Establishment.objects.visible_to`): officers
of the area see it but act on it through inspections, not by editing it."""

from typing import Any

from django.http import Http404

from tscplus.accounts.choices import Role


def can_manage(user: Any, establishment: Any) -> bool:
    return establishment.owner_id == user.pk or user.has_role(Role.ADMINISTRATOR)


def require_manage(user: Any, establishment: Any) -> None:
    """Refuse as "not found", like every other access refusal."""
    if not can_manage(user, establishment):
        raise Http404
