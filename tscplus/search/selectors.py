"""Reading the search index: one function, `search`, for every search box on the platform."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from tscplus.search.backends import Filters, Match, backend
from tscplus.search.models import SearchDocument
from tscplus.search.snippets import highlight, snippet
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
    facets: dict = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    any_word: bool = False  # nothing had every word, so these have some of them


def search(query: str, filters: Filters, *, page: int = 1, per_page: int = 10,
           facets: dict | None = None) -> SearchPage:  # fmt: skip
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
    match = Match(groups)
    counts = engine.aggregate(match, filters, facets or {})
    if counts["total"] == 0 and len(groups) > 1:
        match = Match(groups, any_group=True)
        counts = engine.aggregate(match, filters, facets or {})
        result.any_word = counts["total"] > 0
    result.total = counts.pop("total")
    result.facets = counts
    if result.total == 0:
        return result
    page = max(1, page)
    ranked = engine.search(match, filters, limit=per_page, offset=(page - 1) * per_page)
    documents = SearchDocument.objects.in_bulk([pk for pk, _ in ranked])
    result.hits = [
        Hit(documents[pk], score, highlight(documents[pk].title, terms),
            snippet(documents[pk].text, terms))
        for pk, score in ranked if pk in documents
    ]  # fmt: skip
    return result


def suggest(prefix: str, scope: str, *, include_restricted: bool = False, limit: int = 8):
    """Titles that start with, or contain, what has been typed so far (the search box's list)."""
    from tscplus.search.thai import normalize

    text = normalize(prefix, join_thai=False).strip()[:100]
    if len(text) < 2:
        return []
    documents = SearchDocument.objects.filter(scope=scope, title__icontains=text)
    if not include_restricted:
        documents = documents.filter(restricted=False)
    return list(documents.order_by("title").values_list("title", flat=True)[:limit])
