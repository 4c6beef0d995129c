"""The SQLite backend (the embedded default): a virtual table `search_fts(title, body)` whose
rowid is the `SearchDocument`'s id, ranked by BM25 with the title weighted `TITLE_WEIGHT` times
the body (set on the table, see `schema.py`); the terms of each column are stored as written,
separated by spaces."""

from __future__ import annotations

from django.db import connection

from tscplus.search.backends import Alternatives, Backend, _chunks


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

    OVERFETCH = 40  # matches read beyond the page, for those the filters leave out

    def rows(self, match, filters, *, limit, offset):
        """The first page, the one nearly every search asks for, is taken from FTS5 alone (its
        `rank` is BM25 with our weights, set on the table), with OVERFETCH more, and kept where
        the filters allow; only when too few pass, or for a later page, does the ranking go through
        the documents (`Backend.page`)."""
        if offset == 0:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH %s"
                    " ORDER BY rank LIMIT %s",
                    [match.fts5(), limit + self.OVERFETCH],
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
            if len(rows) == limit or len(best) < limit + self.OVERFETCH:
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

    def found_where(self, ids, groups):
        # The indexed terms, read back from the index's own columns (space-separated): a form is
        # in a text when each of its terms is there with a space on either side.
        if not ids:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT rowid, title, body FROM search_fts"  # noqa: S608
                f" WHERE rowid IN ({', '.join(['%s'] * len(ids))})",
                list(ids),
            )
            rows = cursor.fetchall()
        found = {}
        for pk, title, body in rows:
            named = {i for i, g in enumerate(groups) if _written(g, f" {title} ")}
            found[pk] = (
                named,
                named | {i for i, g in enumerate(groups) if _written(g, f" {body} ")},
            )
        return found

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

    def _vocabulary(self, terms):
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


def _written(group: Alternatives, text: str) -> bool:
    """Whether a text of space-separated terms (with a space at each end) has one of a group's
    forms."""
    return any(all(f" {t} " in text for t in form) for form in group)
