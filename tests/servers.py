"""A pytest of its own on PostgreSQL servers of our own (scripts/pgpair.py: a primary, a
streaming replica, optionally PgBouncer in front of the primary), for tests whose databases are
settings read at start (a replica is a second database; the pooler is the first one)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pytest_on_our_servers(*, pgpair: list[str], environment: str, arguments: str) -> str:
    """Runs `pytest arguments` with `environment` (shell assignments that may name
    $PAIR_PRIMARY_URL, $PAIR_REPLICA_URL, $PAIR_POOLED_URL); fails the calling test unless every
    test there passed, none skipped. Returns the inner run's output."""
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pgpair.py"),
            *pgpair,
            "--",
            "sh",
            "-c",
            f"{environment} {sys.executable} -m pytest -q -p no:randomly {arguments}",
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTEST_ADDOPTS")},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-2000:]
    return done.stdout
