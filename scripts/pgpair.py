"""A PostgreSQL primary and a streaming replica of it, of our own, on spare loopback ports (the
shared server on 5432 is never touched): the primary made by initdb, the replica by
pg_basebackup from it, streaming (`-R`). Runs a command with them, then stops both:

    python scripts/pgpair.py [--pgbouncer] -- pytest tests/replicas

The command gets PAIR_PRIMARY_URL and PAIR_REPLICA_URL (database `tscplus` on each) and
PAIR_REPLICA_DATA (the replica's data directory) in its environment; with `--pgbouncer`, also
PAIR_POOLED_URL: PgBouncer (Debian's) in transaction mode in front of the primary."""

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


PGBOUNCER_INI = """[databases]
* = host=127.0.0.1 port={primary}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {tmp}/users.txt
pool_mode = transaction
max_client_conn = 200
default_pool_size = 20
ignore_startup_parameters = extra_float_digits, options
logfile = {tmp}/pgbouncer.log
"""


@contextlib.contextmanager
def pgbouncer(tmp: Path, primary: Postgres) -> Iterator[int]:
    """PgBouncer in transaction mode in front of `primary`: its port."""
    from fault import stop_process, wait_for

    port = free_port(56432)
    (tmp / "users.txt").write_text('"postgres" ""\n')
    ini = tmp / "pgbouncer.ini"
    ini.write_text(PGBOUNCER_INI.format(primary=primary.port, port=port, tmp=tmp))
    owner = primary.owner
    for path in (ini, tmp / "users.txt"):
        if owner:
            os.chown(path, *owner)
    proc = subprocess.Popen(
        ["/usr/sbin/pgbouncer", "-q", str(ini)],
        cwd="/",
        start_new_session=True,
        **({"user": owner[0], "group": owner[1]} if owner else {}),
    )
    try:
        wait_for(lambda: _answers(port, proc), 15, "PgBouncer")
        yield port
    finally:
        stop_process(proc)


def _answers(port: int, proc: subprocess.Popen) -> bool:
    import psycopg

    if proc.poll() is not None:
        raise RuntimeError("PgBouncer exited")
    try:
        psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{port}/tscplus", connect_timeout=1
        ).close()
    except psycopg.Error:
        return False
    return True


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tscplus-pgpair-")))
        primary, replica = stack.enter_context(pair(tmp))
        env = {
            **os.environ,
            "PAIR_PRIMARY_URL": primary.url("tscplus"),
            "PAIR_REPLICA_URL": replica.url("tscplus"),
            "PAIR_REPLICA_DATA": str(replica.data),
        }
        if "--pgbouncer" in sys.argv[: sys.argv.index("--")]:
            port = stack.enter_context(pgbouncer(tmp, primary))
            env["PAIR_POOLED_URL"] = f"postgresql://postgres@127.0.0.1:{port}/tscplus"
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
