"""Reading the search index: one function, `search`, for every search box on the platform; and
the synonym dictionary, as its editors list it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.safestring import SafeString

from tscplus.search import rerank, spelling
from tscplus.search.backends import Alternatives, Backend, Filters, Match, backend, document_count
from tscplus.search.models import SearchDocument, SynonymSet
from tscplus.search.query import ParsedQuery, compounds, focused, parse
from tscplus.search.snippets import Highlighter
from tscplus.search.synonyms import clean_term

FEW = 3  # matches so few that a query's slips are worth mending
ENOUGH = 10  # items with every word that make items with only some of them not worth listing
COMMON, COMMON_AT_LEAST = 0.002, 200  # a word in more documents than both is too common to list


Tiers = tuple[list[tuple[int, float]], dict[str, Any], int]  # rows, counts, with every word


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
    # (word typed, other words searched for it): the synonyms the search also looked for
    expanded: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # filler words left out
    corrected: str = ""  # the query searched instead, its slips mended ("did you mean")
    nearest: list[str] = field(default_factory=list)  # words the index has, for an empty page


def search(
    query: str,
    filters: Filters,
    *,
    page: int = 1,
    per_page: int = 10,
    facets: Mapping[str, Sequence[str]] | None = None,
    exact: bool = False,
) -> SearchPage:
    """Documents with every word of the query, or, when fewer than ENOUGH have them all, with
    some of them (`_tiers`), best first (`rerank`), with snippets and facet counts. The query is
    read as people type (`query.parse`: synonyms, filler words); when few have every word, a slip
    is mended where a known word is one edit away (`spelling`), unless `exact`. Any text is a
    valid query: everything that is not a word is ignored; no words means nothing found."""
    parsed = parse(query, language=filters.language)
    result = SearchPage(query=query)
    if not parsed.groups:
        return result
    engine = backend()
    facets = facets or {}
    offset = (max(1, page) - 1) * per_page

    def tiers(parsed: ParsedQuery) -> Tiers:
        whole = engine.known(words) if (words := compounds(parsed)) else set()
        groups = tuple(focused(a, whole) for a in parsed.alternatives)
        return _tiers(
            engine, groups, parsed.alternatives, filters, facets, limit=per_page, offset=offset
        )

    def mended() -> tuple[Tiers, ParsedQuery, str] | None:
        """The query with its slips mended, when that finds something."""
        fixes = spelling.corrections(parsed, engine)
        text = spelling.corrected_text(parsed, fixes)
        mended = parse(text, language=filters.language)
        if fixes and mended.groups and (tried := tiers(mended))[1]["total"]:
            return tried, mended, text
        return None

    # A slip may hide the item asked for behind a few chance matches: the mended query is taken
    # when it finds something. A word no item has, or a slip's two short pieces, are seen before
    # searching: the mended query is then searched first, the words as typed only if it finds
    # nothing; otherwise, when fewer than FEW items have every word.
    slipped = not exact and bool(
        spelling.has_fragments(parsed) or spelling.unknown_words(parsed, engine)
    )
    found = mended() if slipped else None
    if found is None:
        rows, counts, every = tiers(parsed)
        if not exact and not slipped and every < FEW:
            found = mended()
    if found is not None:
        (rows, counts, every), parsed, result.corrected = found
    result.any_word = every == 0 and counts["total"] > 0
    result.terms, result.expanded, result.ignored = parsed.terms, parsed.expanded, parsed.ignored
    result.total = counts.pop("total")
    result.facets = counts
    if result.total == 0 and not exact:
        result.nearest = spelling.nearest(parsed, engine)
    result.hits = _hits(rows, result.terms)
    return result


def _hits(rows: list[tuple[int, float]], terms: list[str]) -> list[Hit]:
    """The page's documents, in the order found, with their words marked."""
    documents = _documents([pk for pk, _ in rows])
    marker = Highlighter(terms)
    return [
        Hit(
            documents[pk],
            score,
            marker.highlight(documents[pk].title),
            marker.snippet(documents[pk].text),
        )
        for pk, score in rows
    ]


def _tiers(
    engine: Backend,
    groups: tuple[Alternatives, ...],
    wide: tuple[Alternatives, ...],
    filters: Filters,
    facets: Mapping[str, Sequence[str]],
    *,
    limit: int,
    offset: int,
) -> Tiers:
    """The page of the items with every word when at least ENOUGH have them all; otherwise of
    the items with some of the words (or with a compound's parts only, `wide`), which ranks those
    with every word among them. Ranked by the full-text rank, the first WINDOW looked at again
    (`rerank`); counted over the items listed. Returns (rows, counts, how many have every word)."""
    seen = offset + limit <= rerank.WINDOW  # the page is among the matches looked at again
    window = {"limit": rerank.WINDOW, "offset": 0} if seen else {"limit": limit, "offset": offset}
    alone = len(groups) == 1 and groups == wide  # one word: no item has only some of it
    every = Match(groups)
    rows, counts = engine.page(every, filters, facets, at_least=0 if alone else ENOUGH, **window)
    found = counts["total"]
    if found < ENOUGH and not alone:
        some = Match(_telling(engine, wide), any_group=True)
        rows, counts = engine.page(some, filters, facets, **window)
    if seen:
        rows = rerank.reranked(engine, rows, groups)[offset : offset + limit]
    return rows, counts, found


def _telling(engine: Backend, groups: tuple[Alternatives, ...]) -> tuple[Alternatives, ...]:
    """The groups that may bring an item into the "some words" tier on their own, in the forms
    that may: on a large index, a form with a word in more than COMMON of the documents (a
    question's มา, วัน, ใช้, or อาหาร, or the part หน้า of หน้ากาก, among 100,000 items) would
    list most of the index and cost as much to rank, so only a group's rarer forms list items,
    as in Elasticsearch's common terms query; the common words still rank the items with every
    word. When no form is rare, the rarest group lists items. A small index keeps them all."""
    limit = max(COMMON * document_count(), COMMON_AT_LEAST)
    if document_count() <= limit or len(groups) < 2:
        return groups
    counts = engine.vocabulary([t for g in groups for a in g for t in a])
    rare = tuple(tuple(a for a in g if all(counts.get(t, 0) <= limit for t in a)) for g in groups)
    if telling := tuple(g for g in rare if g):
        return telling
    frequency = [max(min(counts.get(t, 0) for t in a) for a in g) for g in groups]
    return (groups[frequency.index(min(frequency))],)


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


def synonym_sets(text: str = "") -> QuerySet[SynonymSet]:
    """The synonym dictionary in the order the sets were added; with `text`, the sets one of
    whose terms contains it (the editors' filter box)."""
    sets = SynonymSet.objects.all()
    if wanted := clean_term(text):
        sets = sets.filter(terms__icontains=wanted)
    return sets


def synonym_set_get(pk: int) -> SynonymSet:
    """One set of the dictionary, or 404."""
    return get_object_or_404(SynonymSet, pk=pk)
