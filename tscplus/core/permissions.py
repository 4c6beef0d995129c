"""The one place that decides what a user may see: area scopes and the fetch-and-authorise helper.

A user's scope comes from their memberships (`user.area_scope()`, defined by the accounts app). A
queryset that mixes in `AreaScopedQuerySet` names, in `area_lookups`, the paths from its rows to a
health region, a province and a district; `.visible_to(user)` then serves pages and API alike.
Anything outside the scope is "not found": `get_visible_or_404` answers 404, never 403, so ids cannot
be probed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db import models
from django.db.models import Q
from django.http import Http404

M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class AreaScope:
    """The areas a user may oversee; `everything` for the whole country."""

    everything: bool = False
    region_numbers: frozenset[int] = field(default_factory=frozenset)
    province_codes: frozenset[str] = field(default_factory=frozenset)
    district_codes: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return not (
            self.everything or self.region_numbers or self.province_codes or self.district_codes
        )


NO_SCOPE = AreaScope()


def area_scope_of(user: Any) -> AreaScope:
    if user is None or not getattr(user, "is_authenticated", False):
        return NO_SCOPE
    scope_of = getattr(user, "area_scope", None)
    return scope_of() if callable(scope_of) else NO_SCOPE


class AreaScopedQuerySet(models.QuerySet):
    """A queryset whose rows lie in an area. Subclasses set `area_lookups`, e.g.
    `{"region": ("province__region",), "province": ("province",), "district": ("district",)}`,
    and may override `owned_by_q` for rows a user sees because they own them."""

    area_lookups: dict[str, tuple[str, ...]] = {}

    def owned_by_q(self, user: Any) -> Q | None:
        return None

    def area_q(self, scope: AreaScope) -> Q | None:
        q: Q | None = None
        for level, values in (
            ("region", scope.region_numbers),
            ("province", scope.province_codes),
            ("district", scope.district_codes),
        ):
            if not values:
                continue
            for path in self.area_lookups.get(level, ()):
                part = Q(**{f"{path}__in": sorted(values)})
                q = part if q is None else q | part
        return q

    def overseen_by(self, user: Any) -> models.QuerySet:
        """The rows in the areas a user oversees as an officer (never those they merely own)."""
        scope = area_scope_of(user)
        if scope.everything:
            return self.all()
        q = self.area_q(scope)
        return self.none() if q is None else self.filter(q).distinct()

    def visible_to(self, user: Any) -> models.QuerySet:
        scope = area_scope_of(user)
        if scope.everything:
            return self.all()
        q = self.area_q(scope)
        owned = self.owned_by_q(user) if getattr(user, "is_authenticated", False) else None
        if owned is not None:
            q = owned if q is None else q | owned
        return self.none() if q is None else self.filter(q).distinct()


def is_officer(user: Any) -> bool:
    """Anyone who oversees an area (area and regional officers, administrators)."""
    return not area_scope_of(user).is_empty


def require_officer(user: Any) -> None:
    """Officers' pages answer "not found" to anyone else, like every other refusal."""
    if not is_officer(user):
        raise Http404


def get_visible_or_404(queryset: models.QuerySet[M], user: Any, **lookups: Any) -> M:
    """Fetch one object the user may see, or raise 404 (the same answer as for a missing id)."""
    visible = queryset.visible_to(user)  # type: ignore[attr-defined]
    try:
        return visible.get(**lookups)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404(str(queryset.model._meta.verbose_name)) from exc
