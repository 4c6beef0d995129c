"""Reads about the knowledge hub, scoped to the asking person."""

from __future__ import annotations

import dataclasses
import datetime
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db.models import Avg, Case, Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Sum, When
from django.http import Http404

from tscplus.core import clock
from tscplus.core.language import reader_language
from tscplus.knowledge.choices import Language, Status
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.models import FixLink, HLResponse, KnowledgeItem, SearchDay, Topic
from tscplus.knowledge.permissions import is_staff_reader
from tscplus.knowledge.services import review_due_before
from tscplus.search.backends import Filters
from tscplus.search.selectors import search

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.accounts.types import Viewer
    from tscplus.knowledge.models import Revision
    from tscplus.search.selectors import SearchPage
    from tscplus.standards.models import Item


def search_facets() -> dict[str, list[str]]:
    """What knowledge search results are counted and narrowed by: kind, audience and topic."""
    from tscplus.knowledge.choices import Audience, Kind

    return {
        "kind": Kind.values,
        "audience": Audience.values,
        "topic": list(Topic.objects.values_list("code", flat=True)),
    }


def item_search(
    user: Viewer,
    query: str,
    *,
    kind: str = "",
    audience: str = "",
    topic: str = "",
    page: int = 1,
    per_page: int = 10,
    exact: bool = False,
) -> SearchPage:
    """The hub's search, pages and API alike, under the language rule: the matches in the reader's
    language; only when none matches, the other language's."""
    language = reader_language()[:2]
    filters = Filters(
        scope=SCOPE,
        include_restricted=is_staff_reader(user),
        kind=kind,
        audience=audience,
        topic=topic,
        language=language,
    )
    find = functools.partial(search, query, page=page, per_page=per_page, facets=search_facets())
    result = find(filters, exact=exact)
    if result.terms and (result.total == 0 or result.corrected):
        # The other language's items with the words as typed beat a mended query here.
        other = Language.ENGLISH if language == Language.THAI else Language.THAI
        elsewhere = dataclasses.replace(filters, language=other)
        found = find(elsewhere, exact=True)
        if not found.total and not result.total and not exact:
            found = find(elsewhere)
        if found.total:
            result = found
    return result


def item_list(
    user: Viewer, *, audience: str = "", topic: str = "", kind: str = ""
) -> QuerySet[KnowledgeItem]:
    items = KnowledgeItem.objects.readable_by(user).filter(published_at__lte=clock.now())
    if audience:
        items = items.for_audience(audience)
    if topic:
        items = items.filter(topics__code=topic)
    if kind:
        items = items.filter(kind=kind)
    return items.prefetch_related("topics").order_by("-published_at", "-id")


def in_reader_language(user: Viewer, items: QuerySet[KnowledgeItem]) -> QuerySet[KnowledgeItem]:
    """The language rule of every list a reader meets, pages and API alike: the items in the
    reader's language; only when the list has none, the other language's (pages tag those with
    their language). Each item comes with its other version, when the reader may read one
    (`KnowledgeItem.other_version`), for the link to it."""
    language = reader_language()[:2]
    chosen = items.filter(language=language)
    if not chosen.exists():
        chosen = items.exclude(language=language)
    return with_other_version(user, chosen)


def with_other_version(user: Viewer, items: QuerySet[KnowledgeItem]) -> QuerySet[KnowledgeItem]:
    """`items`, each with its published translation (either way round) the person may read."""
    readable = KnowledgeItem.objects.readable_by(user).filter(published_at__lte=clock.now())
    readable = readable.only("pk", "title", "language", "translation_of_id")
    return items.prefetch_related(
        Prefetch("translations", queryset=readable.order_by("pk"), to_attr="readable_translations"),
        Prefetch("translation_of", queryset=readable, to_attr="readable_original"),
    )


def items_for_reader(
    user: Viewer, *, audience: str = "", topic: str = "", kind: str = ""
) -> QuerySet[KnowledgeItem]:
    """A list of items as a reader meets it (the hub, a door, a topic, the self-check's
    suggestions, the API's list): `item_list` under the language rule."""
    return in_reader_language(user, item_list(user, audience=audience, topic=topic, kind=kind))


def other_versions(user: Viewer, ids: Iterable[int]) -> dict[int, KnowledgeItem]:
    """For items known by id (search hits), the other version of each that has one the person
    may read."""
    items = with_other_version(user, KnowledgeItem.objects.filter(pk__in=list(ids)))
    found = {item.pk: item.other_version for item in items}
    return {pk: other for pk, other in found.items() if other is not None}


def item_get_readable(user: Viewer, pk: int) -> KnowledgeItem:
    """A published item the person may read, or 404 (also for drafts and staff-only items)."""
    item = with_other_version(user, item_list(user).prefetch_related("faq").filter(pk=pk)).first()
    if item is None:
        raise Http404("knowledge item")
    return item


def item_get_for_editor(pk: int) -> KnowledgeItem:
    item = KnowledgeItem.objects.filter(pk=pk).select_related("author", "reviewer").first()
    if item is None:
        raise Http404("knowledge item")
    return item


def related_items(user: Viewer, item: KnowledgeItem, limit: int = 4) -> list[KnowledgeItem]:
    topic_ids = [t.pk for t in item.topics.all()]
    items = item_list(user).filter(topics__in=topic_ids, language=item.language).exclude(pk=item.pk)
    return list(items.distinct().order_by("-view_count", "-published_at")[:limit])


def most_read(
    user: Viewer, *, audience: str = "", days: int = 30, limit: int = 5
) -> list[KnowledgeItem]:
    since = clock.today() - datetime.timedelta(days=days)
    items = item_list(user, audience=audience).filter(view_days__day__gte=since)
    items = items.annotate(recent=Sum("view_days__count")).order_by("-recent", "-published_at")
    return list(in_reader_language(user, items)[:limit])


def topic_list() -> QuerySet[Topic]:
    """The topics, each with `listed`: how many published items its page lists for the reader
    (those in the reader's language, or when there are none, the other language's)."""
    language = Q(items__language=reader_language()[:2])
    return Topic.objects.annotate(
        published=Count("items", filter=_published_q("items__")),
        in_language=Count("items", filter=_published_q("items__") & language),
        listed=Case(When(in_language__gt=0, then=F("in_language")), default=F("published")),
    ).order_by("order", "code")


def _published_q(prefix: str = "") -> Q:
    return Q(**{f"{prefix}status": Status.PUBLISHED})


def topic_get(code: str) -> Topic:
    topic = Topic.objects.filter(code=code).first()
    if topic is None:
        raise Http404("topic")
    return topic


def fix_knowledge_for(
    user: Viewer, checklist_items: Iterable[Item]
) -> dict[int, list[KnowledgeItem]]:
    """For each checklist item (standards.Item), the published knowledge that explains how to fix
    it, keyed by the checklist item's id."""
    checklist_items = list(checklist_items)
    if not checklist_items:
        return {}
    keys = {(ci.version.standard_id, ci.code): ci.pk for ci in checklist_items}
    links = FixLink.objects.filter(
        standard_id__in={s for s, _ in keys},
        item_code__in={c for _, c in keys},
        item__in=item_list(user),
    ).select_related("item")
    found: dict[int, list[KnowledgeItem]] = {}
    for link in links:
        pk = keys.get((link.standard_id, link.item_code))
        if pk is not None:
            found.setdefault(pk, []).append(link.item)
    # On a page in another language, an item's published translation stands in for it.
    language = reader_language()
    ids = {item.pk for items in found.values() for item in items if item.language != language}
    if ids:
        translated = {
            t.translation_of_id: t
            for t in item_list(user).filter(translation_of_id__in=ids, language=language)
        }
        found = {pk: [translated.get(i.pk, i) for i in items] for pk, items in found.items()}
    return found


def checklist_items_without_knowledge() -> QuerySet[Item]:
    """Items of the active standard versions that no published knowledge explains yet."""
    from tscplus.standards.models import Item

    linked = FixLink.objects.filter(
        standard_id=OuterRef("version__standard_id"),
        item_code=OuterRef("code"),
        item__status=Status.PUBLISHED,
    )
    return (
        Item.objects.filter(version__status="active")
        .annotate(has_knowledge=Exists(linked))
        .filter(has_knowledge=False)
        .select_related("version__standard", "section")
        .order_by("version__standard__code", "section__order", "order")
    )


def editor_queues(user: User) -> dict[str, QuerySet[KnowledgeItem]]:
    base = KnowledgeItem.objects.select_related("author", "reviewer").order_by("-updated_at")
    return {
        "drafts": base.filter(status=Status.DRAFT),
        "in_review": base.filter(status=Status.IN_REVIEW),
        "review_due": base.filter(status=Status.PUBLISHED, reviewed_on__lt=review_due_before()),
        "archived": base.filter(status=Status.ARCHIVED)[:20],
    }


def selfcheck_summary(*, audience: str = "", province_id: str = "") -> dict[str, Any]:
    """How the self-checks came out, for dashboards: how many, the mean of each skill and of the
    overall score, and how many at each level. Counts only; no single response is shown."""
    from tscplus.knowledge.choices import Level, Skill

    responses = HLResponse.objects.all()
    if audience:
        responses = responses.filter(audience=audience)
    if province_id:
        responses = responses.filter(province_id=province_id)
    total = responses.count()
    levels = dict(responses.values_list("level").annotate(n=Count("id")))
    skills: dict[str, list[float]] = {skill: [] for skill in Skill.values}
    for scores in responses.values_list("scores", flat=True).iterator(chunk_size=2000):
        for skill, value in (scores or {}).items():
            if skill in skills:
                skills[skill].append(value)
    return {
        "total": total,
        "overall": responses.aggregate(avg=Avg("overall"))["avg"],
        "skills": {s: (sum(v) / len(v) if v else None) for s, v in skills.items()},
        "levels": {lv: levels.get(lv, 0) for lv in Level.values},
    }


def revision_diff(
    item: KnowledgeItem, number: int
) -> tuple[Revision, Revision | None, list[tuple[str, str]]]:
    """What revision `number` of an item changed against the one before it, line by line:
    (revision, previous or None, [(mark, line)]) with mark "+", "-" or " ". Unknown number: 404."""
    import difflib

    from django.http import Http404

    revision = item.revisions.filter(number=number).first()
    if revision is None:
        raise Http404("revision")
    previous = item.revisions.filter(number__lt=number).order_by("-number").first()

    def lines(r: Revision | None) -> list[str]:
        return [] if r is None else [r.title, "", r.summary, "", *r.body.splitlines()]

    diff = difflib.ndiff(lines(previous), lines(revision))
    return revision, previous, [(line[0], line[2:]) for line in diff if line[:1] in {"+", "-", " "}]


# The figures other pillars count (indicators, open data): defined here, once.
def items_published(start: datetime.datetime, end: datetime.datetime) -> int:
    """Knowledge items published from `start` (included) to `end` (excluded)."""
    return KnowledgeItem.objects.filter(published_at__gte=start, published_at__lt=end).count()


def searches_made(first_day: datetime.date, last_day: datetime.date) -> int:
    """Searches of the hub from `first_day` to `last_day`, both included."""
    days = SearchDay.objects.filter(day__gte=first_day, day__lte=last_day)
    return days.aggregate(total=Sum("count"))["total"] or 0


def self_checks_taken(start: datetime.datetime, end: datetime.datetime) -> int:
    """Health-literacy self-checks taken from `start` (included) to `end` (excluded)."""
    return HLResponse.objects.filter(created_at__gte=start, created_at__lt=end).count()


def items_public() -> QuerySet[KnowledgeItem]:
    """Published items for everyone (not staff-only): what a public page or register may name
    or link."""
    return KnowledgeItem.objects.public()


def public_items() -> QuerySet[KnowledgeItem]:
    """The open dataset: items for everyone, with their topics."""
    return items_public().prefetch_related("topics").order_by("pk")


def items_published_all() -> QuerySet[KnowledgeItem]:
    """Every published item, staff-only ones included (the knowledge inventory's dataset)."""
    return KnowledgeItem.objects.published()
