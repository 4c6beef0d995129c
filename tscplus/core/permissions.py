"""Where the scoping rule (`core.scoping`) meets the database and the request: the querysets'
`.visible_to(user)` and `.overseen_by(user)`, and the fetch-and-authorise helpers.

A queryset that mixes in `AreaScopedQuerySet` names, in `area_lookups`, the paths from its rows to a
health region, a province and a district, and in `owned_by_q` the rows a user owns; `.visible_to`
then serves pages and API alike. Anything outside the scope is "not found": `get_visible_or_404`
answers 404, never 403, so ids cannot be probed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from django.db import models
from django.db.models import Q
from django.http import Http404

from tscplus.core import scoping
from tscplus.core.scoping import area_scope_of

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

M = TypeVar("M", bound=models.Model)


class AreaScopedQuerySet(models.QuerySet[M]):
    """A queryset whose rows lie in an area. Subclasses set `area_lookups`, e.g.
    `{"region": ("province__region",), "province": ("province",), "district": ("district",)}`,
    and may override `owned_by_q` for rows a user sees because they own them."""

    area_lookups: Mapping[str, tuple[str, ...]] = {}

    def owned_by_q(self, user: AbstractBaseUser | AnonymousUser) -> Q | None:
        """The rows `user` owns (asked only for a signed-in user); None: ownership shows nothing."""
        return None

    def overseen_by(self, user: AbstractBaseUser | AnonymousUser) -> Self:
        """The rows in the areas a user oversees as an officer (never those they merely own)."""
        scope = area_scope_of(user)
        if scope.everything:
            return self.all()
        q = scoping.area_q(scope, self.area_lookups)
        return self.none() if q is None else self.filter(q).distinct()

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> Self:
        scope = area_scope_of(user)
        if scope.everything:
            return self.all()
        owned = self.owned_by_q(user) if getattr(user, "is_authenticated", False) else None
        q = scoping.visible_q(scope, self.area_lookups, owned)
        return self.none() if q is None else self.filter(q).distinct()


def is_officer(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Anyone who oversees an area (area and regional officers, administrators)."""
    return scoping.oversees_any(area_scope_of(user))


def require_officer(user: AbstractBaseUser | AnonymousUser) -> None:
    """Officers' pages answer "not found" to anyone else, like every other refusal."""
    if not is_officer(user):
        raise Http404


def get_visible_or_404(
    queryset: models.QuerySet[M], user: AbstractBaseUser | AnonymousUser, **lookups: Any
) -> M:
    """Fetch one object the user may see, or raise 404 (the same answer as for a missing id)."""
    visible = queryset.visible_to(user)  # type: ignore[attr-defined]
    try:
        return visible.get(**lookups)
    # django-stubs gives each concrete model its DoesNotExist, not the Model a TypeVar is bound to.
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:  # type: ignore[attr-defined]
        raise Http404(str(queryset.model._meta.verbose_name)) from exc
