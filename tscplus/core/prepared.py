"""A read that nearly every request makes, planned once per database connection.

Django sends each statement to PostgreSQL as text with its values in it, so PostgreSQL parses and
plans it every time. For the one read a QR scan makes (assessments/verify_cache.py), planning is
more than half of PostgreSQL's work: on the bench machine, 72 microseconds of its CPU per read as
text, 32 as a prepared statement (psycopg's `prepare=True`: parsed and planned at a connection's
first use, then only executed). With it and two smaller savings (docs/decisions.md), the cold QR
page went from 0.78 to 0.91 x the bare view on the bench machine, where PostgreSQL shares the two
cores with the web processes (BENCHMARKS.md).

A migration that changes the columns such a statement returns makes PostgreSQL refuse its kept
plan on the connections that prepared it; they are replaced within `CONN_MAX_AGE` (a minute),
and a deploy restarts the web processes after migrating anyway (docs/deploy.md).

Not through PgBouncer in transaction mode (`DATABASE_POOLER=pgbouncer`): a prepared statement
lives on one server connection, and the next transaction may be lent another. Not on SQLite,
which has no planner to skip (the statement runs as usual there).

The cursor is Django's own wrapper around psycopg's, so errors arrive as Django's
`DatabaseError` and the test suite's query counting sees the read."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper

# psycopg prepares a statement run this many times on a connection, or when asked (`prepare=True`).
ONLY_WHEN_ASKED = 2**31 - 1


def prepares(connection: BaseDatabaseWrapper) -> bool:
    return connection.vendor == "postgresql" and settings.DATABASE_POOLER != "pgbouncer"


@functools.cache
def _preparing() -> type:
    """psycopg's cursor with values bound by the server (as Django's own with
    `server_side_binding`), each statement prepared. Made once: PostgreSQL's driver is imported
    only where PostgreSQL is used."""
    from django.db.backends.postgresql.base import ServerBindingCursor

    class Preparing(ServerBindingCursor):
        def execute(self, query: Any, params: Any = None, **options: Any) -> Any:
            run = super().execute  # type: ignore[misc]  # psycopg's Cursor.execute
            return run(query, params, prepare=True, binary=options.get("binary"))

    return Preparing


@contextlib.contextmanager
def prepared_cursor(connection: BaseDatabaseWrapper | None = None) -> Iterator[Any]:
    """A cursor whose statements are prepared on the connection (or a plain one, see above)."""
    # The connection itself, not django.db.connection's proxy (a look-up at each attribute).
    connection = connection or connections[DEFAULT_DB_ALIAS]
    if not prepares(connection):
        with connection.cursor() as cursor:
            yield cursor
        return
    connection.ensure_connection()
    connection.validate_thread_sharing()
    driver = connection.connection
    if driver.prepare_threshold is None:
        # Django turns psycopg's preparing off (for poolers); on again, for statements that ask
        # (Django's own cursors bind on the client, and never prepare).
        driver.prepare_threshold = ONLY_WHEN_ASKED
    with connection.wrap_database_errors:
        raw = _preparing()(driver)
    wrapped = (
        connection.make_debug_cursor(raw)
        if connection.queries_logged
        else connection.make_cursor(raw)
    )
    with wrapped as cursor:
        yield cursor
