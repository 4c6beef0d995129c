"""The PostgreSQL backend: a table `search_pg(document_id, vector tsvector)` with a GIN index,
ranked by `ts_rank` with title terms at weight A and body terms at weight D, and, for queries of
several words, by how rare the words an item has are (see `PostgresBackend.rows`)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from tscplus.search.backends import (
    MAX_POSITIONS,
    Backend,
    Match,
    _chunks,
    tally,
)

RANK_WEIGHTS = "{0.2, 0.2, 0.4, 1.0}"  # D, C, B, A: the title five times the body
NORMALIZATION = 1  # ts_rank's: the rank divided by 1 + the logarithm of the item's length


def tsvector_literal(title: Sequence[str], body: Sequence[str]) -> str:
    """A tsvector written out, positions and weights included, so PostgreSQL's parser never sees
    the Thai text: title terms weigh A, body terms D (a position's default, so written bare).
    PostgreSQL sets a position past 16383 to 16383 itself."""
    positions: dict[str, list[str]] = {}
    for position, term in enumerate(title, 1):
        positions.setdefault(term, []).append(f"{position}A")
    bare: dict[str, list[int]] = {}
    for position, term in enumerate(body, len(title) + 1):
        bare.setdefault(term, []).append(position)
    for term, at in bare.items():
        positions.setdefault(term, []).extend(map(str, at[:MAX_POSITIONS]))
    return " ".join(
        f"'{_quoted(term)}':{','.join(at[:MAX_POSITIONS])}" for term, at in positions.items()
    )


def _quoted(term: str) -> str:
    return term.replace("\\", "\\\\").replace("'", "''") if "'" in term or "\\" in term else term


class PostgresBackend(Backend):
    vendor = "postgresql"
    VOCABULARY = ("search_vocab", "documents")

    def add(self, rows):
        rows = list(rows)
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_pg (document_id, vector) VALUES (%s, %s::tsvector)"
                " ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector",
                [(i, tsvector_literal(title, body)) for i, title, body in rows],
            )

    def remove(self, ids):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_pg WHERE document_id = ANY(%s)", [list(ids)])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE search_pg")

    def _match(self):
        return (
            "search_pg p JOIN search_searchdocument d ON d.id = p.document_id"
            " WHERE p.vector @@ CAST(%s AS tsquery)",
            # Negated so that, as with FTS5's bm25, the best comes first in ascending order.
            f"-ts_rank('{RANK_WEIGHTS}', p.vector, CAST(%s AS tsquery), {NORMALIZATION})",
            1,
        )

    def _score(self, match: Match) -> tuple[str, list]:
        """The score (best first in ascending order) and its parameters. Ranked as BM25 ranks,
        as far as PostgreSQL allows: `ts_rank` knows how often a word is in an item but not how
        rare the word is, so each of a query's groups is ranked on its own and weighed by its
        inverse document frequency (from the vocabulary), plus the rank of the whole query. A
        question's rare words then count for more than its common ones, as in FTS5's BM25."""
        rank = f"ts_rank('{RANK_WEIGHTS}', p.vector, CAST(%s AS tsquery), {NORMALIZATION})"
        if len(match.groups) < 2:
            return f"-{rank}", [match.tsquery()]
        groups = [Match((g,)).tsquery() for g in match.groups]
        # ts_rank divides a query of alternatives (OR) by how many terms it has: a group with
        # many synonyms would weigh next to nothing. That division is undone here.
        weights = [
            idf * (len({t for a in g for t in a}) if len(g) > 1 else 1)
            for idf, g in zip(self.idf(match.groups), match.groups, strict=True)
        ]
        found = " + ".join([f"{rank} * %s"] * len(groups))
        scored = [x for pair in zip(groups, weights, strict=True) for x in pair]
        return f"-({found} + {rank})", [*scored, match.tsquery()]

    def rows(self, match, filters, *, limit, offset):
        where, params = filters.sql()
        score, scored = self._score(match)
        sql = (
            f"SELECT d.id, {score} AS score"  # noqa: S608
            " FROM search_pg p JOIN search_searchdocument d ON d.id = p.document_id"
            f" WHERE p.vector @@ CAST(%s AS tsquery) AND {where}"
            " ORDER BY score, d.id LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*scored, match.tsquery(), *params, limit, offset])
            return [(row[0], float(row[1])) for row in cursor.fetchall()]

    def page(self, match, filters, facets, *, limit, offset, at_least=0):
        """The page and the counts in one statement: the matches are found and joined to their
        documents once, for both (two statements did that work twice). The page is there
        whatever `at_least` says: ranking it costs less than a second statement."""
        where, params = filters.sql()
        score, scored = self._score(match)
        sql = (
            "WITH m AS MATERIALIZED ("  # noqa: S608
            f" SELECT d.id, {score} AS score, d.kind, d.audiences, d.topics"
            " FROM search_pg p JOIN search_searchdocument d ON d.id = p.document_id"
            f" WHERE p.vector @@ CAST(%s AS tsquery) AND {where})"
            " (SELECT 0, id, score, NULL, NULL, NULL FROM m ORDER BY score, id LIMIT %s OFFSET %s)"
            " UNION ALL (SELECT 1, COUNT(*), NULL, kind, audiences, topics FROM m"
            " GROUP BY kind, audiences, topics)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*scored, match.tsquery(), *params, limit, offset])
            found = cursor.fetchall()
        rows = [(row[1], float(row[2])) for row in found if row[0] == 0]
        return rows, tally([row[3:] + row[1:2] for row in found if row[0] == 1], facets)

    def found_where(self, ids, groups):
        named = ", ".join(["ts_filter(p.vector, '{a}') @@ CAST(%s AS tsquery)"] * len(groups))
        anywhere = ", ".join(["p.vector @@ CAST(%s AS tsquery)"] * len(groups))
        queries = [Match((g,)).tsquery() for g in groups]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT p.document_id, {named}, {anywhere} FROM search_pg p"  # noqa: S608
                " WHERE p.document_id = ANY(%s)",
                [*queries, *queries, list(ids)],
            )
            n = len(groups)
            return {
                row[0]: (
                    {i for i, x in enumerate(row[1 : n + 1]) if x},
                    {i for i, x in enumerate(row[n + 1 :]) if x},
                )
                for row in cursor.fetchall()
            }

    def _query(self, match):
        return match.tsquery()

    def raw(self, match, limit):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT document_id FROM search_pg WHERE vector @@ CAST(%s AS tsquery)"
                " ORDER BY ts_rank(vector, CAST(%s AS tsquery)) DESC LIMIT %s",
                [match.tsquery(), match.tsquery(), limit],
            )
            return [row[0] for row in cursor.fetchall()]

    def known(self, terms):
        terms = list(dict.fromkeys(terms))
        if not terms:
            return set()
        # One index probe a term: the GIN index answers each at once.
        probes = " UNION ALL ".join(
            ["SELECT %s WHERE EXISTS (SELECT 1 FROM search_pg WHERE vector @@ CAST(%s AS tsquery))"]
            * len(terms)
        )
        with connection.cursor() as cursor:
            cursor.execute(probes, [x for t in terms for x in (t, Match((((t,),),)).tsquery())])
            return {row[0] for row in cursor.fetchall()}

    def _vocabulary(self, terms):
        found: dict[str, int] = {}
        with connection.cursor() as cursor:
            for chunk in _chunks(terms):
                cursor.execute(
                    "SELECT term, documents FROM search_vocab WHERE term = ANY(%s)", [chunk]
                )
                found.update(cursor.fetchall())
        return found

    def refresh_vocabulary(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_vocab")
            cursor.execute(
                "INSERT INTO search_vocab (term, documents)"
                " SELECT word, ndoc FROM ts_stat('SELECT vector FROM search_pg')"
            )
