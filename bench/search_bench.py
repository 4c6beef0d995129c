"""Thai search on one backend (the database of DATABASE_URL): relevance of the judged queries over
the seeded items, indexing throughput, and search latency over BENCH_SEARCH_ITEMS synthetic Thai
items against the bare full-text query with the same words. Prints one JSON object.

Run by `bench/run.py` once on SQLite (FTS5) and once on PostgreSQL; also runnable alone:
DATABASE_URL=... python bench/search_bench.py"""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ITEMS = int(os.environ.get("BENCH_SEARCH_ITEMS", "100000"))
REPEAT = int(os.environ.get("BENCH_SEARCH_REPEAT", "5"))


def judge(entry: dict, titles: list[str]) -> tuple[float, float]:
    """nDCG@10 and reciprocal rank of one judged query, given the titles found in order."""
    gains = [entry["relevant"].get(title, 0) for title in titles[:10]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(entry["relevant"].values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    rank = next((i + 1 for i, g in enumerate(gains) if g), None)
    return dcg / idcg, (1 / rank if rank else 0.0)


def relevance() -> dict:
    """nDCG@10 and MRR of the judged queries (bench/relevance_th.json) over the seeded items, as a
    Thai page finds them (Thai items; staff-only ones too), overall and by kind of query."""
    from tscplus.search.backends import Filters
    from tscplus.search.selectors import search

    judged = json.loads((ROOT / "bench" / "relevance_th.json").read_text(encoding="utf-8"))
    filters = Filters(scope="knowledge", include_restricted=True, language="th")
    scores: list[tuple[str, str, float, float]] = []
    for entry in judged["queries"]:
        hits = search(entry["q"], filters).hits
        ndcg, rr = judge(entry, [hit.document.title for hit in hits])
        scores.append((entry["q"], entry.get("kind", "plain"), ndcg, rr))
    kinds = sorted({kind for _q, kind, _n, _r in scores})
    return {
        "judged_queries": len(scores),
        "ndcg10": statistics.fmean(s[2] for s in scores),
        "mrr": statistics.fmean(s[3] for s in scores),
        "min_ndcg10": min(s[2] for s in scores),
        "below_half": [q for q, _k, n, _r in scores if n < 0.5],
        "nothing_relevant": [q for q, _k, _n, r in scores if r == 0],
        "by_kind": {
            kind: {
                "queries": sum(1 for s in scores if s[1] == kind),
                "ndcg10": statistics.fmean(s[2] for s in scores if s[1] == kind),
                "mrr": statistics.fmean(s[3] for s in scores if s[1] == kind),
            }
            for kind in kinds
        },
        "worst": sorted(((n, q) for q, _k, n, _r in scores))[:8],
    }


def synthetic_entries(n: int, words: list[str], weights: list[float]):
    """Items of Thai text drawn from the dictionary with a Zipf-like frequency, as real text has."""
    from tscplus.search.registry import Entry

    rng = random.Random(2565)
    kinds = ["article", "faq", "video", "infographic", "document"]
    for i in range(n):
        title = "".join(rng.choices(words, cum_weights=weights, k=rng.randint(3, 7)))
        sentences = [
            "".join(rng.choices(words, cum_weights=weights, k=rng.randint(6, 14)))
            for _ in range(rng.randint(2, 5))
        ]
        yield Entry(
            scope="knowledge",
            object_id=1_000_000 + i,
            title=title,
            text=" ".join(sentences),
            kind=kinds[i % 5],
            audiences=("public",) if i % 3 else ("public", "establishments"),
            topics=("covid-prevention",) if i % 2 else ("food-sanitation",),
        )


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1)]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tscplus.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from tscplus.knowledge.choices import Audience, Kind
    from tscplus.knowledge.seed import seed_knowledge
    from tscplus.search.backends import Filters, Match, backend
    from tscplus.search.query import parse
    from tscplus.search.selectors import search
    from tscplus.search.services import index_entries, refresh_vocabulary
    from tscplus.search.thai import dictionary

    call_command("migrate", verbosity=0)
    seed_knowledge()
    quality = relevance()

    words = sorted(w for w in dictionary() if 2 <= len(w) <= 12)
    rng = random.Random(7)
    rng.shuffle(words)
    words = words[:20000]
    weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(words))))
    entries = list(synthetic_entries(ITEMS, words, weights))
    size = sum(len(e.title.encode()) + len(e.text.encode()) for e in entries)
    started = time.perf_counter()
    index_entries(entries)
    index_seconds = time.perf_counter() - started
    # Statistics and the spelling vocabulary, as a database in service has them (the job
    # `search_vocabulary_refresh` rebuilds PostgreSQL's every 10 minutes when the index changed).
    started = time.perf_counter()
    refresh_vocabulary()
    vocabulary_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE search_pg")
            cursor.execute("VACUUM ANALYZE search_searchdocument")
        else:
            cursor.execute("ANALYZE")

    judged = json.loads((ROOT / "bench" / "relevance_th.json").read_text(encoding="utf-8"))
    queries = (
        [q["q"] for q in judged["queries"]]
        + rng.sample(words[:2000], 40)
        + rng.sample(words[2000:], 19)
    )
    filters = Filters(scope="knowledge", include_restricted=True)
    facets = {"kind": Kind.values, "audience": Audience.values}
    engine = backend()
    ours, raw, totals = [], [], []
    for _ in range(REPEAT):
        for query in queries:
            match = Match(tuple(g.alternatives for g in parse(query).groups))
            if not match.groups:
                continue
            started = time.perf_counter()
            engine.raw(match, 10)
            raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            page = search(query, filters, facets=facets)
            ours.append(time.perf_counter() - started)
            totals.append(page.total)
    print(
        json.dumps(
            {
                "backend": "PostgreSQL" if connection.vendor == "postgresql" else "SQLite FTS5",
                "items": ITEMS,
                "megabytes": size / 1e6,
                "index_seconds": index_seconds,
                "vocabulary_seconds": vocabulary_seconds,
                "mb_per_second": size / 1e6 / index_seconds,
                "queries": len(queries),
                "median_matches": statistics.median(totals),
                "search_p95_ms": percentile(ours, 95) * 1000,
                "search_p50_ms": percentile(ours, 50) * 1000,
                "raw_p95_ms": percentile(raw, 95) * 1000,
                "raw_p50_ms": percentile(raw, 50) * 1000,
                **quality,
            }
        )
    )


if __name__ == "__main__":
    main()
