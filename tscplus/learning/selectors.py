"""Reads of the learning registers: the inventory filtered and ranked, innovations, lessons."""

from __future__ import annotations

import datetime
from typing import Any, TypeVar

from django.db.models import Count, Model, Prefetch, Q, QuerySet

from tscplus.learning.choices import Access, AssetKind
from tscplus.learning.indexing import INNOVATION, LESSON
from tscplus.learning.models import Community, Innovation, KnowledgeAsset, Lesson
from tscplus.search.backends import Filters
from tscplus.search.selectors import SearchPage, search

M = TypeVar("M", bound=Model)

ASSET_SORTS = {
    "priority": ("-priority", "name"),
    "name": ("name",),
    "updated": ("-last_updated", "name"),
    "importance": ("-importance", "-necessity", "name"),
    "necessity": ("-necessity", "-importance", "name"),
}


def asset_list(
    *, q: str = "", kind: str = "", access: str = "", personal: str = "", sort: str = "priority"
) -> QuerySet[KnowledgeAsset]:
    """The inventory filtered by kind, access level, personal data and words, ranked by priority
    (importance x necessity) unless another order is asked for. Unknown values are ignored."""
    assets = KnowledgeAsset.objects.all()
    if kind in AssetKind.values:
        assets = assets.filter(kind=kind)
    if access in Access.values:
        assets = assets.filter(access=access)
    if personal in ("yes", "no"):
        assets = assets.filter(personal_data=personal == "yes")
    q = q.strip()[:200]
    if q:
        assets = assets.filter(
            Q(name__icontains=q)
            | Q(description__icontains=q)
            | Q(source__icontains=q)
            | Q(owner__icontains=q)
        )
    return assets.order_by(*ASSET_SORTS.get(sort, ASSET_SORTS["priority"]))


def innovation_list() -> QuerySet[Innovation]:
    """The register, each innovation with the knowledge it links that is still public (an item
    archived or made staff-only since is no longer named)."""
    from tscplus.knowledge.models import KnowledgeItem

    public = Prefetch("knowledge_items", queryset=KnowledgeItem.objects.public())
    return Innovation.objects.prefetch_related(public).order_by("-started_on", "title")


def innovation_search(q: str, *, limit: int = 50) -> SearchPage:
    """The register searched with the knowledge hub's Thai search, best first."""
    return search(q[:1000], Filters(scope=INNOVATION), page=1, per_page=limit)


def matched(result: SearchPage, rows: QuerySet[M]) -> list[M]:
    """The rows behind a search page's hits, in the hits' order."""
    by_id = rows.in_bulk([hit.document.object_id for hit in result.hits])
    return [by_id[hit.document.object_id] for hit in result.hits if hit.document.object_id in by_id]


def innovations_for_summary(start: datetime.date, end: datetime.date) -> list[dict[str, Any]]:
    """The innovations started up to the end of a half-year round, as plain data for the report
    (those started within the fiscal year are marked new)."""
    rows = []
    for item in innovation_list().filter(started_on__lte=end):
        rows.append(
            {
                "title": item.title,
                "unit": item.unit,
                "stage": item.stage,
                "started_on": item.started_on.isoformat(),
                "new": item.started_on >= start,
                "problem": item.problem,
                "solution": item.solution,
                "results": item.results,
                "measures": item.measure_lines(),
            }
        )
    return rows


def communities() -> QuerySet[Community]:
    return Community.objects.annotate(lesson_count=Count("lessons")).order_by("name")


def lesson_list(*, community: int | None = None, tag: str = "") -> QuerySet[Lesson]:
    lessons = Lesson.objects.select_related("community", "author").annotate(
        comment_count=Count("comments")
    )
    if community:
        lessons = lessons.filter(community_id=community)
    if tag:
        lessons = lessons.filter(tags__icontains=tag.strip()[:50])
    return lessons.order_by("-created_at")


def lesson_search(q: str, *, community: int | None = None, limit: int = 50) -> SearchPage:
    """Lessons searched with the Thai search (within one community when given), best first."""
    return search(
        q[:1000],
        Filters(scope=LESSON, include_restricted=True, topic=str(community) if community else ""),
        page=1,
        per_page=limit,
    )


def assets_public() -> QuerySet[KnowledgeAsset]:
    """The inventory's entries open to everyone (the open-data catalogue lists them)."""
    return KnowledgeAsset.objects.filter(access=Access.PUBLIC)
