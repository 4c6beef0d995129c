"""Read replicas, for real: a PostgreSQL primary and a streaming replica of our own on spare
loopback ports (scripts/pgpair.py: initdb, then pg_basebackup), and the router's tests
(tests/replicas/) run against them in a pytest of their own, since the replica is a second
database in the settings."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_router_on_a_real_streaming_replica():
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pgpair.py"),
            "--",
            "sh",
            "-c",
            'DATABASE_URL="$PAIR_PRIMARY_URL" DATABASE_REPLICA_URLS="$PAIR_REPLICA_URL" '
            f"{sys.executable} -m pytest -q -p no:randomly tests/replicas",
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTEST_ADDOPTS")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout
