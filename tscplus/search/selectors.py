"""Reading the search index: one function, `search`, for every search box on the platform."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.db import connection
from django.utils.safestring import SafeString

from tscplus.search.backends import Filters, Match, backend
from tscplus.search.models import SearchDocument
from tscplus.search.snippets import Highlighter
from tscplus.search.thai import query_groups

MAX_GROUPS = 16  # the words of a query that count; a pasted paragraph is cut here


@dataclass
class Hit:
    document: SearchDocument
    score: float
    title_html: SafeString
    snippet_html: SafeString


@dataclass
class SearchPage:
    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    any_word: bool = False  # nothing had every word, so these have some of them


def search(
    query: str,
    filters: Filters,
    *,
    page: int = 1,
    per_page: int = 10,
    facets: Mapping[str, Sequence[str]] | None = None,
) -> SearchPage:
    """Documents matching every word of the query (or, when none has them all, any word), best
    first, with snippets and facet counts. Any text is a valid query: words are taken from it and
    everything else (punctuation, search syntax) is ignored; no words means nothing found."""
    groups = tuple(query_groups(query))[:MAX_GROUPS]
    result = SearchPage(query=query)
    if not groups:
        return result
    terms = [word for word, parts in groups for word in (word, *parts)]
    result.terms = terms
    engine = backend()
    facets = facets or {}
    page = max(1, page)
    match = Match(groups)
    rows, counts = engine.page(match, filters, facets, limit=per_page, offset=(page - 1) * per_page)
    if counts["total"] == 0 and len(groups) > 1:
        match = Match(groups, any_group=True)
        rows, counts = engine.page(
            match, filters, facets, limit=per_page, offset=(page - 1) * per_page
        )
        result.any_word = counts["total"] > 0
    result.total = counts.pop("total")
    result.facets = counts
    documents = _documents([pk for pk, _ in rows])
    marker = Highlighter(terms)
    for pk, score in rows:
        document = documents[pk]
        result.hits.append(
            Hit(document, score, marker.highlight(document.title), marker.snippet(document.text))
        )
    return result


def _documents(ids: list[int]) -> dict[int, SearchDocument]:
    """The page's documents by id, read with one plain statement (the ORM's query building cost
    more than the query on this path)."""
    if not ids:
        return {}
    fields = ["id", "scope", "object_id", "language", "title", "text", "kind", "restricted"]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(fields)} FROM search_searchdocument"  # noqa: S608
            f" WHERE id IN ({', '.join(['%s'] * len(ids))})",
            ids,
        )
        return {row[0]: SearchDocument(**dict(zip(fields, row, strict=True))) for row in cursor}


def suggest(
    prefix: str, scope: str, *, include_restricted: bool = False, limit: int = 8
) -> list[str]:
    """Titles that start with, or contain, what has been typed so far (the search box's list)."""
    from tscplus.search.thai import normalize

    text = normalize(prefix, join_thai=False).strip()[:100]
    if len(text) < 2:
        return []
    documents = SearchDocument.objects.filter(scope=scope, title__icontains=text)
    if not include_restricted:
        documents = documents.filter(restricted=False)
    return list(documents.order_by("title").values_list("title", flat=True)[:limit])
