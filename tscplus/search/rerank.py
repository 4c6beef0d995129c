"""The second look at a search's best matches (the first WINDOW of them), the same on both
backends. The full-text rank (BM25 on SQLite, `ts_rank` weighed by rarity on PostgreSQL) counts
how often an item has each word; people asking a question want the item that is about what they
ask: the one whose title and tags name it, and that has most of their words. So each candidate's
score is

    (its full-text score / the best one) ** 0.5
    + TITLE * (share of the query named by its title and tags) ** 2
    + WORDS * (share of the query it has anywhere) ** 2

where a share weighs each of the query's words by its inverse document frequency, so a question's
rare words count for more than its common ones. The squares favour items that have the whole
query over those with half of it twice. The weights were tuned on the even half of the judged
queries (bench/relevance_th.json) and checked on the odd half (docs/decisions.md)."""

from __future__ import annotations

from collections.abc import Sequence

from tscplus.search.backends import Alternatives, Backend

WINDOW = 30  # the matches looked at again: the first three pages
TITLE = 2.0  # the weight of the words the title and tags name
WORDS = 0.5  # the weight of the words the item has anywhere


def reranked(
    engine: Backend, rows: Sequence[tuple[int, float]], groups: tuple[Alternatives, ...]
) -> list[tuple[int, float]]:
    """`rows` (best first: scores ascending, negative, as the backends give them) in the order of
    the second look; the scores stay the backend's."""
    rows = list(rows)
    best = rows[0][1] if rows else 0.0
    if len(rows) < 2 or best >= 0:
        return rows
    ids = [pk for pk, _score in rows]
    found = engine.found_where(ids, groups)
    # With one word, every candidate has it and it is the whole query: only the title tells them
    # apart.
    weights = engine.idf(groups) if len(groups) > 1 else [1.0]
    whole = sum(weights) or 1.0

    def share(which: set[int]) -> float:
        return sum(w for i, w in enumerate(weights) if i in which) / whole

    def score(row: tuple[int, float]) -> float:
        named, anywhere = found.get(row[0], (set(), set()))
        return (
            (max(row[1], best) / best) ** 0.5
            + TITLE * share(named) ** 2
            + WORDS * share(anywhere) ** 2
        )

    order = {pk: i for i, pk in enumerate(ids)}
    return sorted(rows, key=lambda row: (-score(row), order[row[0]]))
