"""Past one machine (issue 19), measured side by side in one run on the same cores:

- the QR page with every scan a random one of the certificates (a cold door) and spread like real
  doors, against the bare view, on one node straight (gunicorn, WORKERS workers);
- the same pages through nginx (Debian) in front of two nodes of WORKERS / 2 workers each: the
  same processes, one hop more (the cost of the extra hop; target >= 0.8 x one node straight).

Rounds alternate between the two layouts; the median round (by its lowest ratio) is reported with
every round's ratios. Runs inside `make bench` and on its own, on the data `make bench` left:

    python -m bench.cluster_bench        (BENCHMARKS.md is not touched: the figures are printed)"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

# (key, name, path, wrk script)
PAGES = [
    ("uniform", "QR page, every scan a random certificate", "/v/<token>", "verify:uniform"),
    ("popular", "QR page, scans spread like real doors", "/v/<token>", "verify:popular"),
]
# Measured once on one node, for the sizing table in docs/deploy.md (no target).
SIZING = [
    ("home page (Thai)", "/"),
    ("public registry, first page", "/places/"),
    ("provinces API (77 rows)", "/api/v1/provinces/"),
    ("health check", "/healthz"),
]
UNIFORM_TARGET = 0.8  # x the bare view (issue 19)
HOP_TARGET = 0.8  # x one node straight (issue 19)


def measure(env: dict[str, str], rounds: int) -> dict:
    from servers import nginx, spare_port

    from bench.run import BASELINE, WORKERS, gunicorn, wrk

    straight, nodes = spare_port(), [spare_port(), spare_port()]
    each = max(1, WORKERS // len(nodes))
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tscplus-bench-")))
        os.chmod(tmp, 0o711)  # noqa: S103 (nginx's workers reach their temp directory)
        stack.enter_context(gunicorn(env, straight, WORKERS))
        for port in nodes:
            stack.enter_context(gunicorn(env, port, each))
        front = stack.enter_context(nginx(tmp, nodes))
        for port in (straight, front):  # warm every process and its copies
            for _key, _name, path, script in PAGES:
                wrk(path, script, port)
        measured = []
        for _ in range(rounds):
            base = wrk(BASELINE[1], port=straight)
            one = {key: wrk(path, script, straight) for key, _n, path, script in PAGES}
            two = {key: wrk(path, script, front) for key, _n, path, script in PAGES}
            measured.append({"base": base, "one": one, "two": two})
        sizing = {path: wrk(path, port=straight) for _name, path in SIZING}
    for r in measured:
        r["uniform_ratio"] = r["one"]["uniform"].rps / r["base"].rps
        r["hop"] = {key: r["two"][key].rps / r["one"][key].rps for key, *_ in PAGES}
    ranked = sorted(measured, key=lambda r: min(r["uniform_ratio"], *r["hop"].values()))
    chosen = ranked[len(ranked) // 2]
    return {
        "workers": WORKERS,
        "per_node": each,
        "chosen": chosen,
        "uniform_rounds": [r["uniform_ratio"] for r in measured],
        "hop_rounds": {key: [r["hop"][key] for r in measured] for key, *_ in PAGES},
        "uniform_median": statistics.median(r["uniform_ratio"] for r in measured),
        "sizing": sizing,
    }


def missed(figures: dict | None) -> list:
    if not figures:
        return []
    chosen = figures["chosen"]
    out = [chosen["uniform_ratio"]] if chosen["uniform_ratio"] < UNIFORM_TARGET else []
    return out + [v for v in chosen["hop"].values() if v < HOP_TARGET]


def render(figures: dict | None) -> list[str]:
    if not figures:
        return []
    chosen = figures["chosen"]
    base = chosen["base"]
    lines = [
        "",
        "## Past one machine: a cold QR page, and nginx in front of two nodes (issue 19)",
        "",
        f"One node straight: gunicorn, {figures['workers']} workers. Two nodes: nginx (Debian, as in "
        f"docs/deploy.md) in front of two gunicorns of {figures['per_node']} worker(s), on the same "
        "cores. Rounds alternate; the median round is shown, with every round's ratio.",
        "",
        "| page | one node: requests/s | ratio to bare view | nginx + two nodes: requests/s "
        "| ratio to one node (>= 0.80) | p50 / p99 ms (one / two) |",
        "|---|---:|---:|---:|---:|---:|",
        f"| bare Django view | {base.rps:.0f} | 1.00 | | | {base.p50_ms:.1f} / {base.p99_ms:.1f} |",
    ]
    for key, name, _path, _script in PAGES:
        one, two = chosen["one"][key], chosen["two"][key]
        ratio = f"{one.rps / base.rps:.2f}"
        if key == "uniform":
            rounds = ", ".join(f"{v:.2f}" for v in figures["uniform_rounds"])
            ratio += f" (>= {UNIFORM_TARGET:.2f}; rounds {rounds})"
        hop_rounds = ", ".join(f"{v:.2f}" for v in figures["hop_rounds"][key])
        lines.append(
            f"| {name} | {one.rps:.0f} | {ratio} | {two.rps:.0f} | "
            f"{two.rps / one.rps:.2f} (rounds {hop_rounds}) | "
            f"{one.p50_ms:.1f} / {one.p99_ms:.1f}, {two.p50_ms:.1f} / {two.p99_ms:.1f} |"
        )
    errors = sum(r.errors for r in [base, *chosen["one"].values(), *chosen["two"].values()])
    lines += [
        "",
        f"Errors (non-2xx and socket errors) in the median round: {errors}.",
        "",
        "Other pages on one node, once each (the sizing table in docs/deploy.md):",
        "",
        "| page | path | requests/s | p50 / p99 ms | errors |",
        "|---|---|---:|---:|---:|",
    ]
    for name, path in SIZING:
        r = figures["sizing"][path]
        lines.append(
            f"| {name} | `{path}` | {r.rps:.0f} | {r.p50_ms:.1f} / {r.p99_ms:.1f} | {r.errors} |"
        )
    return lines


def main() -> int:
    """On the data a `make bench` run left in `tscplus_bench` (or DATABASE_URL)."""
    from bench import run

    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tscplus_bench")
    static_root = tempfile.mkdtemp()
    env = run.bench_environment(url, static_root)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", verbosity=0, interactive=False)
    figures = measure(env, run.ROUNDS)
    print("\n".join(render(figures)))
    return 1 if missed(figures) else 0


if __name__ == "__main__":
    sys.exit(main())
