"""The Thai search's measures in `make bench`: each backend in its own fresh database
(`run.search_databases`), measured by `bench/search_bench.py` in its own process; the targets of
issue 18 and the section of BENCHMARKS.md. Alone: `python -m bench.search_report` (printed, not
written to BENCHMARKS.md)."""

from __future__ import annotations

# The targets: relevance over the judged set, latency against the bare full-text query, and
# indexing throughput.
NDCG, MRR, LOWEST, RATIO, MB_PER_SECOND = 0.95, 0.95, 0.5, 3.0, 1.0


def missed(searches: list[dict]) -> list[str]:
    """What each backend missed, in words."""
    out = []
    for found in searches:
        name = found["backend"]
        checks = [
            (found["ndcg10"] >= NDCG, f"nDCG@10 {found['ndcg10']:.3f} < {NDCG}"),
            (found["mrr"] >= MRR, f"MRR {found['mrr']:.3f} < {MRR}"),
            (found["min_ndcg10"] >= LOWEST, f"lowest nDCG@10 {found['min_ndcg10']:.3f} < {LOWEST}"),
            (not found["nothing_relevant"], f"{len(found['nothing_relevant'])} queries find nothing relevant"),
            (found["search_p95_ms"] <= RATIO * found["raw_p95_ms"], "search p95 > 3 x the bare query"),
            (found["mb_per_second"] >= MB_PER_SECOND, f"indexing {found['mb_per_second']:.2f} MB/s < 1"),
        ]  # fmt: skip
        out += [f"{name}: {message}" for ok, message in checks if not ok]
    return out


def render(searches: list[dict]) -> list[str]:
    lines = [
        "## Thai search (knowledge hub)",
        "",
        "Each backend in its own fresh database: the seeded items (89 in Thai, 39 in English),",
        "then synthetic Thai items (dictionary words drawn with a Zipf-like frequency). Latency: the",
        "judged queries and 59 dictionary words, common and rare, each run several times, through the",
        "whole search (reading the query: synonyms, filler words; the ranked page and the second",
        "look at its best 30, counts by facet, titles and snippets) against the bare full-text",
        "query with the same words",
        "(`ORDER BY rank LIMIT 10`). Relevance: the judged queries of `bench/relevance_th.json` over",
        "the seeded items, as a Thai page finds them.",
        "",
        "| backend | items | indexing (>= 1 MB/s) | search p50 / p95 | bare query p50 / p95 | p95 ratio (<= 3) | nDCG@10 (>= 0.95) | MRR (>= 0.95) | lowest nDCG@10 (>= 0.5) | no relevant item in top 10 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for found in searches:
        lines.append(
            f"| {found['backend']} | {found['items']:,} ({found['megabytes']:.0f} MB) | "
            f"{found['mb_per_second']:.1f} MB/s | {found['search_p50_ms']:.1f} / "
            f"{found['search_p95_ms']:.1f} ms | {found['raw_p50_ms']:.1f} / {found['raw_p95_ms']:.1f} ms | "
            f"{found['search_p95_ms'] / found['raw_p95_ms']:.2f} | {found['ndcg10']:.3f} "
            f"({found['judged_queries']} queries) | {found['mrr']:.3f} | {found['min_ndcg10']:.3f} | "
            f"{len(found['nothing_relevant'])} |"
        )
    lines += ["", "By kind of query (nDCG@10 / MRR):", ""]
    kinds = sorted({k for found in searches for k in found["by_kind"]})
    lines += [
        "| backend | "
        + " | ".join(f"{k} ({searches[0]['by_kind'][k]['queries']})" for k in kinds)
        + " |",
        "|---|" + "---:|" * len(kinds),
    ]
    for found in searches:
        cells = [
            f"{found['by_kind'][k]['ndcg10']:.3f} / {found['by_kind'][k]['mrr']:.3f}" for k in kinds
        ]
        lines.append(f"| {found['backend']} | " + " | ".join(cells) + " |")
    for found in searches:
        worst = ", ".join(f"{q} ({n:.2f})" for n, q in found["worst"][:5])
        lines += ["", f"Lowest on {found['backend']}: {worst}."]
    return [*lines, ""]


def main() -> int:
    import sys
    import tempfile

    from bench import run

    db_url, _label = run.database_url()
    env = run.bench_environment(db_url, tempfile.mkdtemp())
    searches = [run.search_backend(url, env) for url in run.search_databases(db_url)]
    print("\n".join(render(searches)))
    failed = missed(searches)
    print("missed: " + "; ".join(failed) if failed else "every target met", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
