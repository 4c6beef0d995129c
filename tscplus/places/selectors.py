"""Reads about establishments, scoped to the asking user."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet

from tscplus.core.figures import by_district_category, by_district_month
from tscplus.core.permissions import get_visible_or_404
from tscplus.core.scoping import area_scope_of
from tscplus.places.choices import Certification, EstablishmentStatus
from tscplus.places.models import Establishment, EstablishmentQuerySet, ImportJob, SettingCategory

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.accounts.types import Viewer

# The states of certification the dashboards count (each is a column of AreaStat).
CERTIFICATION_FIGURES = {
    "certified": Certification.CERTIFIED,
    "reassessment_due": Certification.REASSESSMENT_DUE,
    "expired": Certification.EXPIRED,
    "suspended": Certification.SUSPENDED,
    "revoked": Certification.REVOKED,
}


def _normalise(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def category_list() -> QuerySet[SettingCategory]:
    return SettingCategory.objects.select_related("group")


def establishment_base() -> EstablishmentQuerySet[Establishment]:
    return Establishment.objects.select_related(
        "category__group", "subdistrict", "district", "province__region", "owner"
    )


def registry_base() -> EstablishmentQuerySet[Establishment]:
    """The public registry's places (open ones), with what a row of it shows."""
    return Establishment.objects.select_related("category", "district", "province").public()


def establishment_list_for_owner(user: User) -> QuerySet[Establishment]:
    return establishment_base().filter(owner=user).order_by("name_th")


def establishment_list_visible_to(user: Viewer) -> QuerySet[Establishment]:
    return establishment_base().visible_to(user)


def establishment_get_for_user(user: Viewer, public_id: str) -> Establishment:
    """The owner's or an officer's view of one establishment; anyone else gets 404."""
    return get_visible_or_404(establishment_base(), user, public_id=public_id)


def establishment_get_overseen(user: Viewer, public_id: str) -> Establishment:
    """A place of the officer's area (404 for any other, as for one that does not exist)."""
    return get_visible_or_404(Establishment.objects.overseen_by(user), user, public_id=public_id)


def establishment_is_overseen_by(user: Viewer, place: Establishment) -> bool:
    """Whether the place lies in an area the user oversees as an officer."""
    return Establishment.objects.overseen_by(user).filter(pk=place.pk).exists()


def establishment_get_public(public_id: str) -> Establishment:
    from django.shortcuts import get_object_or_404

    public: QuerySet[Establishment] = establishment_base().public()
    return get_object_or_404(public, public_id=public_id)


def establishment_likely_duplicates(
    *, name_th: str, subdistrict_id: str, exclude_pk: int | None = None
) -> list[Establishment]:
    """Places with the same name (ignoring case and spacing) in the same subdistrict."""
    wanted = _normalise(name_th).casefold()
    candidates = Establishment.objects.filter(subdistrict_id=subdistrict_id)
    if exclude_pk is not None:
        candidates = candidates.exclude(pk=exclude_pk)
    return [
        e
        for e in candidates.only("pk", "name_th", "public_id")
        if _normalise(e.name_th).casefold() == wanted
    ]


def import_job_get_for_user(user: User, pk: int) -> ImportJob:
    """An import is its officer's (and administrators'), while they are officers; anyone else,
    a former officer included, gets 404."""
    from django.shortcuts import get_object_or_404

    from tscplus.core.permissions import require_officer

    require_officer(user)
    jobs = (
        ImportJob.objects.all()
        if area_scope_of(user).everything
        else ImportJob.objects.filter(actor=user)
    )
    return get_object_or_404(jobs, pk=pk)


def import_jobs_for_user(user: User) -> QuerySet[ImportJob]:
    return ImportJob.objects.filter(actor=user)[:20]


# The figures other pillars count (dashboards, open data, indicators): defined here, once.
def places_registered(start: datetime.datetime, end: datetime.datetime) -> int:
    """Places registered from `start` (included) to `end` (excluded)."""
    return Establishment.objects.filter(created_at__gte=start, created_at__lt=end).count()


def place_figures_by_district_category() -> Iterator[dict[str, Any]]:
    """Open places by district and category: registered, and how many hold each state of
    certification."""
    states = {
        name: Count("pk", filter=Q(certification=state))
        for name, state in CERTIFICATION_FIGURES.items()
    }
    return by_district_category(
        Establishment.objects.filter(status=EstablishmentStatus.ACTIVE),
        district="district_id",
        category="category_id",
        registered=Count("pk"),
        **states,
    )


def places_registered_by_district_month(since: datetime.date) -> Iterator[dict[str, Any]]:
    """Places registered each month since `since`, by district."""
    return by_district_month(
        Establishment.objects.all(),
        field="created_at",
        district="district_id",
        since=since,
        registered=Count("pk"),
    )


def establishments_all() -> QuerySet[Establishment]:
    """Every registered place, open or closed (the knowledge inventory's dataset)."""
    return Establishment.objects.all()


def establishments_named(names: set[str]) -> QuerySet[Establishment]:
    """Places by their Thai names (the demo data finds its own places by them)."""
    return Establishment.objects.filter(name_th__in=names)


def category_get(code: str) -> SettingCategory:
    """One setting category by its code."""
    return SettingCategory.objects.get(code=code)


def establishments_overseen_by(user: User) -> QuerySet[Establishment]:
    """Every place in the areas the officer oversees (an officer's export)."""
    return Establishment.objects.overseen_by(user)
