"""Who may see what: the area-scoping rule, in one place.

The rule, in the domain's words:

- A person oversees areas through their memberships. Only the roles an area gives work to (area
  officer, regional officer, administrator: accounts' AREA_SCOPED_ROLES) count; an operator, an
  editor or a reporter oversees nothing by their membership.
- A membership over the whole country, or being a superuser, means the whole country.
  Otherwise a person oversees the health regions, provinces and districts their memberships
  name, and everything inside them: a region holds its provinces and their districts, a province
  its districts.
- A person sees the places, assessments, certificates, complaints, inspections and memberships
  in the areas they oversee, and the rows they own (their own place, their own membership), on
  pages and in the API alike.
- Anything else is "not found" (404, never 403), so ids cannot be probed
  (`core.permissions.get_visible_or_404`).

This module holds the decisions as pure functions: the scope of a set of memberships, whether a
scope covers a place's area, and the same test as a query filter for a model's rows. The Django
side (`core.permissions`: `AreaScopedQuerySet.visible_to`, `overseen_by`, `get_visible_or_404`,
`require_officer`) applies them. Core imports no app, so the accounts app hands memberships in as
plain `Held` facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import Q

# The levels of a membership's area; accounts' AreaLevel uses the same values.
COUNTRY, REGION, PROVINCE, DISTRICT = "country", "region", "province", "district"


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
EVERYTHING = AreaScope(everything=True)


@dataclass(frozen=True)
class Held:
    """One active membership as the rule sees it: whether its role is area-scoped, its level,
    and the area it names (the one matching the level; the others None)."""

    scoped: bool
    level: str
    region: int | None = None
    province: str | None = None
    district: str | None = None


def scope_of(held: Iterable[Held], *, superuser: bool = False) -> AreaScope:
    """The areas a person oversees, from their active memberships. A superuser's are not read
    (pass a lazy iterable: it is not consumed)."""
    if superuser:
        return EVERYTHING
    regions: set[int] = set()
    provinces: set[str] = set()
    districts: set[str] = set()
    for m in held:
        if not m.scoped:
            continue
        if m.level == COUNTRY:
            return EVERYTHING
        if m.level == REGION and m.region is not None:
            regions.add(m.region)
        elif m.level == PROVINCE and m.province is not None:
            provinces.add(m.province)
        elif m.level == DISTRICT and m.district is not None:
            districts.add(m.district)
    return AreaScope(
        region_numbers=frozenset(regions),
        province_codes=frozenset(provinces),
        district_codes=frozenset(districts),
    )


def area_scope_of(user: object) -> AreaScope:
    """The scope of whoever asks: nothing for a visitor or anything that is not a user."""
    if user is None or not getattr(user, "is_authenticated", False):
        return NO_SCOPE
    scope_fn = getattr(user, "area_scope", None)
    if not callable(scope_fn):
        return NO_SCOPE
    scope = scope_fn()
    return scope if isinstance(scope, AreaScope) else NO_SCOPE


def oversees_any(scope: AreaScope) -> bool:
    """An officer: anyone who oversees some area."""
    return not scope.is_empty


def covers(
    scope: AreaScope,
    *,
    region: int | None = None,
    province: str | None = None,
    district: str | None = None,
) -> bool:
    """Whether the scope holds an area (a place's, or a dashboard's), given by the region,
    province and district it lies in (None above the area's own level: a region's area has no
    province). The whole country is held only by a country-wide scope."""
    if scope.everything:
        return True
    return (
        (region is not None and region in scope.region_numbers)
        or (province is not None and province in scope.province_codes)
        or (district is not None and district in scope.district_codes)
    )


def area_q(scope: AreaScope, lookups: Mapping[str, tuple[str, ...]]) -> Q | None:
    """`covers` as a filter on a model's rows: `lookups` names the paths from a row to its
    region, province and district (e.g. {"region": ("province__region",), ...}). None when the
    scope holds no area (the rows are then only those the user owns, if any). A country-wide
    scope needs no filter: the caller takes every row."""
    q: Q | None = None
    for level, values in (
        (REGION, scope.region_numbers),
        (PROVINCE, scope.province_codes),
        (DISTRICT, scope.district_codes),
    ):
        if not values:
            continue
        for path in lookups.get(level, ()):
            part = Q(**{f"{path}__in": sorted(values)})
            q = part if q is None else q | part
    return q


def visible_q(
    scope: AreaScope, lookups: Mapping[str, tuple[str, ...]], owned: Q | None
) -> Q | None:
    """The rows a user sees below country-wide: those in their areas and those they own. None:
    nothing at all."""
    q = area_q(scope, lookups)
    if owned is not None:
        q = owned if q is None else q | owned
    return q
