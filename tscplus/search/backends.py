"""Full-text index behind one small interface, two implementations:

- SQLite FTS5 (the embedded default, `sqlite.py`): a virtual table `search_fts(title, body)`
  whose rowid is the `SearchDocument`'s id, ranked by BM25 with the title weighted
  `TITLE_WEIGHT` times the body.
- PostgreSQL (production, `postgres.py`): a table `search_pg(document_id, vector tsvector)` with
  a GIN index, ranked by `ts_rank` with title terms at weight A and body terms at weight D.

Both receive the same pre-segmented terms (`thai.index_terms`) and the same query tree, written
for each by `Match`: text is never parsed by the database's own tokenizer, so no Thai word is cut
at a vowel or a tone mark and both backends find the same documents.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from django.db import connection

TITLE_WEIGHT = 10.0
MAX_POSITIONS = 255  # PostgreSQL keeps at most 256 positions per word


# A query's word and what else finds it: alternatives, each a run of terms that must all be
# found (the word itself; its compound parts; a synonym and its parts).
Alternatives = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Match:
    """What a query asks for: every group must match (or, as the fallback, any group); a group
    matches when one of its alternatives has all its terms."""

    groups: tuple[Alternatives, ...]
    any_group: bool = False  # the fallback when nothing has them all: any group will do

    def _write(self, term, both: str, either: str) -> str:
        def alternative(terms: tuple[str, ...]) -> str:
            written = f" {both} ".join(term(t) for t in terms)
            return written if len(terms) == 1 else f"({written})"

        def group(alternatives: Alternatives) -> str:
            written = f" {either} ".join(alternative(a) for a in alternatives)
            return written if len(alternatives) == 1 else f"({written})"

        groups = [group(g) for g in self.groups]
        if self.any_group:
            return f" {either} ".join(groups)
        return f" {both} ".join(groups)

    def fts5(self) -> str:
        return self._write(lambda t: '"' + t.replace('"', '""') + '"', "AND", "OR")

    def tsquery(self) -> str:
        return self._write(
            lambda t: "'" + t.replace("\\", "\\\\").replace("'", "''") + "'", "&", "|"
        )


@dataclass(frozen=True)
class Filters:
    """Narrowing on the documents' own columns (`SearchDocument`), the same for both backends."""

    scope: str
    include_restricted: bool = False
    kind: str = ""
    audience: str = ""
    topic: str = ""
    language: str = ""

    def sql(self) -> tuple[str, list]:
        where: list[str] = ["d.scope = %s"]
        params: list[str | bool] = [self.scope]
        if not self.include_restricted:
            where.append("d.restricted = %s")
            params.append(False)
        if self.kind:
            where.append("d.kind = %s")
            params.append(self.kind)
        if self.audience:
            where.append("d.audiences LIKE %s")
            params.append(f"%|{self.audience}|%")
        if self.topic:
            where.append("d.topics LIKE %s")
            params.append(f"%|{self.topic}|%")
        if self.language:
            where.append("d.language = %s")
            params.append(self.language)
        return " AND ".join(where), params


class Backend:
    """One search's (or one indexing's) way to the index: made afresh for each (`backend()`)."""

    vendor = ""
    VOCABULARY = ("", "")  # the vocabulary's table and its column of document counts

    def __init__(self) -> None:
        self._asked: dict[str, int | None] = {}  # the vocabulary's counts read so far

    def add(self, rows: Iterable[tuple[int, Sequence[str], Sequence[str]]]) -> None:
        """Index documents: (document id, title terms, body terms); replaces what was there."""
        raise NotImplementedError

    def remove(self, ids: Sequence[int]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def _match(self) -> tuple[str, str, int]:
        """(FROM and WHERE text matching the query; the score expression, best first in ascending
        order; how many times the score expression takes the query as a parameter)"""
        raise NotImplementedError

    def _query(self, match: Match) -> str:
        raise NotImplementedError

    def page(
        self,
        match: Match,
        filters: Filters,
        facets: Mapping[str, Sequence[str]],
        *,
        limit: int,
        offset: int,
        at_least: int = 0,
    ) -> tuple[list[tuple[int, float]], dict]:
        """One page of matches, best first, as (document id, score), and the counts of every
        match (see `aggregate`); the page may be left empty when fewer than `at_least` match
        (the caller then wants another page)."""
        counts = self.aggregate(match, filters, facets)
        if counts["total"] < at_least:
            return [], counts
        return self.rows(match, filters, limit=limit, offset=offset), counts

    def rows(
        self, match: Match, filters: Filters, *, limit: int, offset: int
    ) -> list[tuple[int, float]]:
        """One page of matches, best first, as (document id, score)."""
        source, score, score_params = self._match()
        where, params = filters.sql()
        query = self._query(match)
        sql = (
            f"SELECT d.id, {score} AS score FROM {source} AND {where}"  # noqa: S608
            " ORDER BY score, d.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*[query] * score_params, query, *params, limit, offset])
            return [(row[0], float(row[1])) for row in cursor.fetchall()]

    def aggregate(
        self, match: Match, filters: Filters, facets: Mapping[str, Sequence[str]]
    ) -> dict:
        """How many documents match, and how many carry each facet value:
        {"total": n, "kind": {"article": n, ...}, "audience": {...}, "topic": {...}}. The database
        groups the matches by their (few) combinations of facet values; the tally is done here,
        which costs far less than testing every value against every match."""
        source, _score, _n = self._match()
        where, params = filters.sql()
        sql = (
            f"SELECT d.kind, d.audiences, d.topics, COUNT(*) FROM {source} AND {where}"  # noqa: S608
            " GROUP BY d.kind, d.audiences, d.topics"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self._query(match), *params])
            return tally(cursor.fetchall(), facets)

    def raw(self, match: Match, limit: int) -> list[int]:
        """The bare full-text query (no filters, no join): the benchmark's yardstick."""
        raise NotImplementedError

    def known(self, terms: Sequence[str]) -> set[str]:
        """The terms that some document has, as the index stands now."""
        raise NotImplementedError

    def vocabulary(self, terms: Sequence[str]) -> dict[str, int]:
        """How many documents have each of `terms` that the vocabulary holds (spelling's
        candidates): exact on SQLite, as of the last `refresh_vocabulary` on PostgreSQL. A term
        is asked of the database once in the life of this object (one search): the groups' counts
        serve `_telling`, `idf` and the second look."""
        if wanted := [t for t in dict.fromkeys(terms) if t not in self._asked]:
            found = self._vocabulary(wanted)
            self._asked.update({t: found.get(t) for t in wanted})
        return {t: n for t in terms if (n := self._asked[t]) is not None}

    def _vocabulary(self, terms: Sequence[str]) -> dict[str, int]:
        raise NotImplementedError

    def idf(self, groups: Sequence[Alternatives]) -> list[float]:
        """Each group's inverse document frequency, as BM25 has it: a group is as common as
        the most common of its forms (a form as the least common of its terms)."""
        counts = self.vocabulary([t for g in groups for a in g for t in a])
        total = max(1, document_count())
        frequency = [max(min(counts.get(t, 0) for t in a) for a in g) for g in groups]
        return [math.log(1 + (total - n + 0.5) / (n + 0.5)) for n in frequency]

    def found_where(
        self, ids: Sequence[int], groups: Sequence[Alternatives]
    ) -> dict[int, tuple[set[int], set[int]]]:
        """For each of the documents `ids`: which of `groups` (by position) its title and tags
        name, and which it has anywhere, as indexed."""
        raise NotImplementedError

    def refresh_vocabulary(self) -> None:
        """Bring the vocabulary up to date with the index (PostgreSQL's is a table)."""

    def starting_with(self, prefix: str, limit: int) -> dict[str, int]:
        """The vocabulary's terms that start with `prefix`, in the most documents first."""
        table, documents = self.VOCABULARY
        with connection.cursor() as cursor:
            cursor.execute(
                # Compared letter by letter: a collation's order of Thai is no help here.
                f"SELECT term, {documents} FROM {table} WHERE substr(term, 1, %s) = %s"  # noqa: S608
                f" ORDER BY {documents} DESC, term LIMIT %s",
                [len(prefix), prefix, limit],
            )
            return dict(cursor.fetchall())


def tally(groups: Iterable[Sequence], facets: Mapping[str, Sequence[str]]) -> dict:
    """The counts of `Backend.aggregate` from the matches grouped by their facet values:
    (kind, "|audience|...|", "|topic|...|", how many)."""
    result: dict = {
        "total": 0,
        **{facet: dict.fromkeys(values, 0) for facet, values in facets.items()},
    }
    for kind, audiences, topics, count in groups:
        result["total"] += count
        carried = {
            "kind": {kind},
            "audience": set(audiences.split("|")),
            "topic": set(topics.split("|")),
        }
        for facet, counts in result.items():
            if facet == "total":
                continue
            for value in carried.get(facet, ()) & counts.keys():
                counts[value] += count
    return result


VOCABULARY_CHUNK = 900  # terms a statement looks up at once (under SQLite's parameter limit)
_count: dict[str, float] = {"until": 0.0, "documents": 0.0}


def document_count() -> int:
    """How many documents the index has, read at most once a minute (BM25's N)."""
    if time.monotonic() > _count["until"]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM search_searchdocument")
            _count.update(documents=cursor.fetchone()[0], until=time.monotonic() + 60)
    return int(_count["documents"])


def forget_count() -> None:
    """The index's size is read afresh on the next search (after the index changed here)."""
    _count["until"] = 0.0


def _chunks(terms: Sequence[str]) -> Iterable[list[str]]:
    terms = list(dict.fromkeys(terms))
    for start in range(0, len(terms), VOCABULARY_CHUNK):
        yield terms[start : start + VOCABULARY_CHUNK]


def backend() -> Backend:
    if connection.vendor == "postgresql":
        from tscplus.search.postgres import PostgresBackend

        return PostgresBackend()
    from tscplus.search.sqlite import Fts5Backend

    return Fts5Backend()
