"""PgBouncer in transaction mode (Debian's) in front of a PostgreSQL of our own
(scripts/pgpair.py --pgbouncer), with DATABASE_POOLER=pgbouncer: the certificate numbering under
eight submissions at once (SELECT ... FOR UPDATE on the sequence row), the services around it and
the verification page's store, in a pytest of their own through the pooler."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
THROUGH_THE_POOLER = [
    "tests/assessments/test_services.py",
    "tests/assessments/test_verify_cache.py",
]


def test_certificate_numbering_and_services_through_pgbouncer():
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pgpair.py"),
            "--pgbouncer",
            "--",
            "sh",
            "-c",
            # --reuse-db: the test database is made through the pooler and never dropped through
            # it (PgBouncer keeps server connections to it); the whole server goes afterwards.
            'DATABASE_URL="$PAIR_POOLED_URL" DATABASE_POOLER=pgbouncer '
            f"{sys.executable} -m pytest -q -p no:randomly --reuse-db "
            + " ".join(THROUGH_THE_POOLER),
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PYTEST_ADDOPTS")},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout
