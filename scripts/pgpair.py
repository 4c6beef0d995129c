"""A PostgreSQL primary and a streaming replica of it, of our own, on spare loopback ports (the
shared server on 5432 is never touched): the primary made by initdb, the replica by
pg_basebackup from it, streaming (`-R`). Runs a command with them, then stops both:

    python scripts/pgpair.py -- pytest tests/replicas

The command gets PAIR_PRIMARY_URL and PAIR_REPLICA_URL (database `tscplus` on each) and
PAIR_REPLICA_DATA (the replica's data directory) in its environment."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fault import Postgres, free_port, service_user, system_packages


@contextlib.contextmanager
def pair(tmp: Path) -> Iterator[tuple[Postgres, Postgres]]:
    bindir, _redis = system_packages()
    owner = service_user()
    if owner:
        os.chown(tmp, *owner)
    primary = Postgres(
        bindir, tmp / "primary", tmp / "sockets-p", free_port(55433), tmp / "primary.log", owner
    )
    primary.init()  # its pg_hba.conf lets 127.0.0.1 replicate (initdb --auth=trust)
    primary.start()
    replica = Postgres(
        bindir, tmp / "replica", tmp / "sockets-r", free_port(55434), tmp / "replica.log", owner
    )
    try:
        subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(primary.port),
                "-U",
                "postgres",
                "-qc",
                "CREATE DATABASE tscplus",
            ],
            check=True,
        )
        replica.sockets.mkdir(mode=0o700)
        if owner:
            os.chown(replica.sockets, *owner)
        subprocess.run(
            [
                str(bindir / "pg_basebackup"),
                "-h",
                "127.0.0.1",
                "-p",
                str(primary.port),
                "-U",
                "postgres",
                "-D",
                str(replica.data),
                "-R",
                "-X",
                "stream",
                "--checkpoint=fast",
                "--no-sync",
            ],
            check=True,
            cwd="/",
            **({"user": owner[0], "group": owner[1]} if owner else {}),
        )
        replica.start()
        yield primary, replica
    finally:
        replica.stop()
        primary.stop()


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    with (
        tempfile.TemporaryDirectory(prefix="tscplus-pgpair-") as tmp,
        pair(Path(tmp)) as (
            primary,
            replica,
        ),
    ):
        env = {
            **os.environ,
            "PAIR_PRIMARY_URL": primary.url("tscplus"),
            "PAIR_REPLICA_URL": replica.url("tscplus"),
            "PAIR_REPLICA_DATA": str(replica.data),
        }
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
