"""Reads about establishments, scoped to the asking user."""

from __future__ import annotations

import re
from typing import Any

from django.db.models import QuerySet

from tscplus.core.permissions import get_visible_or_404
from tscplus.core.scoping import area_scope_of
from tscplus.places.models import Establishment, ImportJob, SettingCategory


def _normalise(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def category_list() -> QuerySet[SettingCategory]:
    return SettingCategory.objects.select_related("group")


def establishment_base() -> QuerySet[Establishment]:
    return Establishment.objects.select_related(
        "category__group", "subdistrict", "district", "province__region", "owner"
    )


def establishment_list_for_owner(user: Any) -> QuerySet[Establishment]:
    return establishment_base().filter(owner=user).order_by("name_th")


def establishment_list_visible_to(user: Any) -> QuerySet[Establishment]:
    return establishment_base().visible_to(user)


def establishment_get_for_user(user: Any, public_id: str) -> Establishment:
    """The owner's or an officer's view of one establishment; anyone else gets 404."""
    return get_visible_or_404(establishment_base(), user, public_id=public_id)


def establishment_get_public(public_id: str) -> Establishment:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(establishment_base().public(), public_id=public_id)


def establishment_likely_duplicates(
    *, name_th: str, subdistrict_id: str, exclude_pk: int | None = None
) -> list[Establishment]:
    """Places with the same name (ignoring case and spacing) in the same subdistrict."""
    wanted = _normalise(name_th).casefold()
    candidates = Establishment.objects.filter(subdistrict_id=subdistrict_id).exclude(pk=exclude_pk)
    return [
        e
        for e in candidates.only("pk", "name_th", "public_id")
        if _normalise(e.name_th).casefold() == wanted
    ]


def import_job_get_for_user(user: Any, pk: int) -> ImportJob:
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


def import_jobs_for_user(user: Any) -> QuerySet[ImportJob]:
    return ImportJob.objects.filter(actor=user)[:20]
