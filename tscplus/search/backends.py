"""Full-text index behind one small interface, two implementations:

- SQLite FTS5 (the embedded default): a virtual table `search_fts(title, body)` whose rowid is the
  `SearchDocument`'s id, ranked by BM25 with the title weighted `TITLE_WEIGHT` times the body.
- PostgreSQL (production): a table `search_pg(document_id, vector tsvector)` with a GIN index,
  ranked by `ts_rank` with title terms at weight A and body terms at weight D.

Both receive the same pre-segmented terms (`thai.index_terms`) and the same query tree, written
for each by `Match`: text is never parsed by the database's own tokenizer, so no Thai word is cut
at a vowel or a tone mark and both backends find the same documents.
"""

from __future__ import annotations

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
    # Documents that also match this are left out (the items with only some of the words are
    # the ones with any word but not every word).
    but_not: Match | None = None

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
        written = self._write(lambda t: '"' + t.replace('"', '""') + '"', "AND", "OR")
        return f"({written}) NOT ({self.but_not.fts5()})" if self.but_not else written

    def tsquery(self) -> str:
        written = self._write(
            lambda t: "'" + t.replace("\\", "\\\\").replace("'", "''") + "'", "&", "|"
        )
        return f"({written}) & !({self.but_not.tsquery()})" if self.but_not else written


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
    vendor = ""
    VOCABULARY = ("", "")  # the vocabulary's table and its column of document counts

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
    ) -> tuple[list[tuple[int, float]], dict]:
        """One page of matches, best first, as (document id, score), and the counts of every
        match (see `aggregate`)."""
        rows = self.rows(match, filters, limit=limit, offset=offset)
        return rows, self.aggregate(match, filters, facets)

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

    def rest(
        self,
        every: Match,
        some: Match,
        filters: Filters,
        facets: Mapping[str, Sequence[str]],
        shown: list[tuple[int, float]],
        counted: dict,
        *,
        limit: int,
    ) -> tuple[list[tuple[int, float]], dict]:
        """The first page's items that match `some` but not `every`, after `shown` (every item
        that matches `every`, fewer than `limit`, whose counts are `counted`), and the counts of
        every item that matches `some`, in one pass over them. Those of `shown` are left out
        here rather than by the query: a NOT would make FTS5 count each word's documents twice
        for BM25."""
        more, counts = self.page(some, filters, facets, limit=limit, offset=0)
        ids = {pk for pk, _score in shown}
        return [row for row in more if row[0] not in ids][: limit - len(shown)], counts

    def raw(self, match: Match, limit: int) -> list[int]:
        """The bare full-text query (no filters, no join): the benchmark's yardstick."""
        raise NotImplementedError

    def known(self, terms: Sequence[str]) -> set[str]:
        """The terms that some document has, as the index stands now."""
        raise NotImplementedError

    def vocabulary(self, terms: Sequence[str]) -> dict[str, int]:
        """How many documents have each of `terms` that the vocabulary holds (spelling's
        candidates): exact on SQLite, as of the last `refresh_vocabulary` on PostgreSQL."""
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


def merged(a: dict, b: dict) -> dict:
    """Two counts of `Backend.aggregate` of disjoint matches, added up."""
    return {
        facet: a[facet] + b[facet]
        if facet == "total"
        else {value: n + b[facet].get(value, 0) for value, n in a[facet].items()}
        for facet in a
    }


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


class Fts5Backend(Backend):
    vendor = "sqlite"
    VOCABULARY = ("search_fts_vocab", "doc")

    def add(self, rows):
        rows = list(rows)
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(row[0],) for row in rows]
            )
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
                [(i, " ".join(title), " ".join(body)) for i, title, body in rows],
            )

    def remove(self, ids):
        with connection.cursor() as cursor:
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(i,) for i in ids])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def _match(self):
        return (
            # CROSS JOIN makes SQLite read the full-text matches first and look each document up
            # by its id; otherwise it may walk the documents and test every one against the match.
            # INDEXED BY: the per-match look-up reads the narrow index of the filter columns,
            # never the rows with their text (SQLite would not know better without statistics).
            "search_fts CROSS JOIN search_searchdocument d INDEXED BY search_doc_facets"
            " ON d.id = search_fts.rowid"
            " WHERE search_fts MATCH %s",
            "search_fts.rank",
            0,
        )

    def _query(self, match):
        return match.fts5()

    OVERFETCH = 5

    def rows(self, match, filters, *, limit, offset):
        """The first page, the one nearly every search asks for, is taken from FTS5 alone (its
        `rank` is BM25 with our weights, set on the table), OVERFETCH times over, and kept where
        the filters allow; only when too few pass, or for a later page, does the ranking go through
        the documents (`Backend.page`)."""
        if offset == 0:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH %s"
                    " ORDER BY rank LIMIT %s",
                    [match.fts5(), limit * self.OVERFETCH],
                )
                best = sorted((float(score), pk) for pk, score in cursor.fetchall())
                where, params = filters.sql()
                ids = [pk for _score, pk in best]
                allowed: set[int] = set()
                if ids:
                    cursor.execute(
                        "SELECT d.id FROM search_searchdocument d"  # noqa: S608
                        f" WHERE d.id IN ({', '.join(['%s'] * len(ids))}) AND {where}",
                        [*ids, *params],
                    )
                    allowed = {row[0] for row in cursor.fetchall()}
            rows = [(pk, score) for score, pk in best if pk in allowed][:limit]
            if len(rows) == limit or len(best) < limit * self.OVERFETCH:
                return rows
        return super().rows(match, filters, limit=limit, offset=offset)

    def raw(self, match, limit):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH %s ORDER BY rank LIMIT %s",
                [match.fts5(), limit],
            )
            return [row[0] for row in cursor.fetchall()]

    def known(self, terms):
        return set(self.vocabulary(terms))

    def starting_with(self, prefix, limit):
        # A range of the vocabulary's own order (SQLite compares text byte by byte), not a scan.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term, doc FROM search_fts_vocab WHERE term >= %s AND term < %s"
                " ORDER BY doc DESC, term LIMIT %s",
                [prefix, prefix + "\U0010ffff", limit],
            )
            return dict(cursor.fetchall())

    RANGE_AT = 64  # terms with one first letter, read as a range of the vocabulary instead

    def vocabulary(self, terms):
        # fts5vocab reads the full-text index's own term list: always current. It looks each
        # term of an IN list up on its own; the many spellings of one Latin word (all with its
        # first letter) cost less as one range of the list, kept here when asked for.
        found: dict[str, int] = {}
        by_letter: dict[str, set[str]] = {}
        for term in terms:
            by_letter.setdefault(term[:1], set()).add(term)
        with connection.cursor() as cursor:
            for letter, wanted in by_letter.items():
                if letter and len(wanted) >= self.RANGE_AT:
                    cursor.execute(
                        "SELECT term, doc FROM search_fts_vocab WHERE term >= %s AND term < %s",
                        [letter, chr(ord(letter) + 1)],
                    )
                    found.update((t, n) for t, n in cursor.fetchall() if t in wanted)
            terms = [t for t in terms if len(by_letter[t[:1]]) < self.RANGE_AT or not t]
            for chunk in _chunks(terms):
                cursor.execute(
                    "SELECT term, doc FROM search_fts_vocab"  # noqa: S608
                    f" WHERE term IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )
                found.update(cursor.fetchall())
        return found


def backend() -> Backend:
    if connection.vendor == "postgresql":
        from tscplus.search.postgres import PostgresBackend

        return PostgresBackend()
    return Fts5Backend()
