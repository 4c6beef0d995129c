"""Side by side with an earlier commit: assessment submissions and ratings, measured at the base
commit and at this tree in alternating rounds of one run, each against a database of its own
migrated by its own code. The machine is noisy, so a change is judged by this ratio, never by one
absolute figure (`BENCH_BASE`, default the last commit before the restructuring of issue 14).

`python bench/compare.py` runs it alone; `make bench` runs it after its other measures."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = os.environ.get("BENCH_BASE", "4af5c63")
# What the base commit is, for the report (set BENCH_BASE_NOTE with another BENCH_BASE).
BASE_NOTE = os.environ.get("BENCH_BASE_NOTE", "the commit before the restructuring of issue 14")
ROUNDS = int(os.environ.get("BENCH_COMPARE_ROUNDS", "5"))
SUBMISSIONS = int(os.environ.get("BENCH_COMPARE_SUBMISSIONS", "300"))
RATINGS = int(os.environ.get("BENCH_COMPARE_RATINGS", "1000"))

# Runs inside each tree (its own `bench.inprocess`, which both commits have).
MEASURE = """
import json, os, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from bench import inprocess
processes = int(os.environ.get("BENCH_COMPARE_PROCESSES", "2"))
submit = inprocess.submissions(int(sys.argv[1]), processes=processes)
rate = inprocess.ratings(int(sys.argv[2]), processes=processes)
print("RESULT " + json.dumps({"submissions": submit["per_second"], "ratings": rate["per_second"]}))
"""


def _worktree() -> Path:
    path = ROOT / "var" / "bench-base"
    if path.exists():
        subprocess.run(
            ["git", "-C", str(path), "checkout", "--quiet", "--detach", BASE], check=True
        )
    else:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(path), BASE],
            check=True,
        )
    return path


def _database(main_url: str, name: str) -> str:
    import psycopg

    admin = main_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return main_url.rsplit("/", 1)[0] + "/" + name


def _measure(tree: Path, url: str, env: dict[str, str]) -> dict[str, float]:
    run_env = {
        **env,
        "DATABASE_URL": url,
        "PYTHONPATH": str(tree),
        "TSCPLUS_PROCESS": "job",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
    }
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(SUBMISSIONS), str(RATINGS)],
        cwd=tree,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"measuring in {tree} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    return json.loads(lines[-1].removeprefix("RESULT "))


def side_by_side(main_url: str, env: dict[str, str]) -> dict:
    """Median of `ROUNDS` alternating rounds at the base commit and at this tree."""
    base_tree = _worktree()
    base_commit = subprocess.run(
        ["git", "-C", str(base_tree), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    urls = {
        "base": _database(main_url, "tscplus_bench_base"),
        "head": _database(main_url, "tscplus_bench_head"),
    }
    trees = {"base": base_tree, "head": ROOT}
    rounds: dict[str, list[dict[str, float]]] = {"base": [], "head": []}
    for n in range(ROUNDS):
        # Each side goes first in every other round: the one that runs second shares the
        # machine with what the first left behind (autovacuum, dirty pages).
        for side in ("base", "head") if n % 2 == 0 else ("head", "base"):
            rounds[side].append(_measure(trees[side], urls[side], env))
    result = {
        "base_commit": base_commit,
        "rounds": ROUNDS,
        "submissions_count": SUBMISSIONS,
        "ratings_count": RATINGS,
    }
    for measure in ("submissions", "ratings"):
        base = statistics.median(r[measure] for r in rounds["base"])
        head = statistics.median(r[measure] for r in rounds["head"])
        result[measure] = {
            "base": base,
            "head": head,
            "ratio": head / base,
            "base_rounds": [r[measure] for r in rounds["base"]],
            "head_rounds": [r[measure] for r in rounds["head"]],
        }
    return result


def render(found: dict) -> str:
    lines = [
        "",
        f"## Side by side with {found['base_commit']} ({BASE_NOTE})",
        "",
        f"Each side on its own PostgreSQL database, migrated by its own code; {found['rounds']} "
        "rounds, each side first in every other one, median shown; 2 processes at once.",
        "",
        "| measure | base | this tree | ratio | rounds (base / this tree) |",
        "|---|---:|---:|---:|---|",
    ]
    names = {
        "submissions": f"assessment submissions ({found['submissions_count']}, 50 items)",
        "ratings": f"rating submissions ({found['ratings_count']})",
    }
    for measure, name in names.items():
        m = found[measure]
        rounds = ", ".join(
            f"{b:.0f}/{h:.0f}" for b, h in zip(m["base_rounds"], m["head_rounds"], strict=True)
        )
        lines.append(
            f"| {name} | {m['base']:.0f}/s | {m['head']:.0f}/s | {m['ratio']:.2f} | {rounds} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tscplus_bench")
    environment = {
        **os.environ,
        "DJANGO_DEBUG": "off",
        "DJANGO_SECRET_KEY": "bench-" + os.urandom(24).hex(),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13"),
        "HUEY_NAME": "tscplus-bench-compare",
    }
    print(render(side_by_side(url, environment)))
