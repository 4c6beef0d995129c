"""When PostgreSQL cannot answer: 503 with `Retry-After`, one log line, never a 500 storm.

A database that refuses connections, times out (`statement_timeout`, `lock_timeout`, see
settings) or drops the connection surfaces as Django's `OperationalError` or `InterfaceError`.
Wherever it is raised (a view, a middleware, a context processor), Django hands it to the project's
`handler500` (`core.errors.server_error`), which asks `is_outage` and answers 503: a page in the
reader's language, or the API's JSON error shape. `QuietOutages` keeps the log to one line for such
a request (no traceback), and the database's own watch (`database_watch`) says once that the
database went away and once, at the first new connection, that it is back."""

from __future__ import annotations

import logging
from typing import TypeGuard

from django.db import InterfaceError, OperationalError

from tscplus.core.breaker import CircuitBreaker

# Not a breaker that skips the database (every request tries it: PostgreSQL answers again the
# moment it is back); only its down and back lines are used.
database_watch = CircuitBreaker("database")


# PostgreSQL's codes for "cannot answer now": connection errors (08...), shutting down or not
# yet started (57P01-57P03), a statement or lock time-out (57014, 55P03), too many connections
# (53300), and a transaction that lost a race and may simply be tried again (40001, 40P01).
_TRANSIENT_SQLSTATES = (
    "08",
    "57P01",
    "57P02",
    "57P03",
    "57014",
    "55P03",
    "53300",
    "40001",
    "40P01",
)
# SQLite's: the file is locked by another writer past the busy time-out, or cannot be opened.
_TRANSIENT_SQLITE = ("database is locked", "unable to open database file", "disk i/o error")


def is_outage(error: BaseException | None) -> TypeGuard[OperationalError | InterfaceError]:
    """Whether a database error means "cannot answer now" (answered 503, one log line) rather
    than a fault of ours (a 500 with its traceback): a missing table or a value too large for
    its index is an `OperationalError` too, and is a bug."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate:
        return sqlstate.startswith(_TRANSIENT_SQLSTATES)
    if type(cause).__module__.startswith("sqlite3"):
        return str(cause).lower().startswith(_TRANSIENT_SQLITE)
    return True  # a driver error with no code: the connection itself failed


def _redis_unavailable(error: BaseException | None) -> TypeGuard[BaseException]:
    from redis.exceptions import ConnectionError, TimeoutError

    return isinstance(error, ConnectionError | TimeoutError)


def first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"[:300]


class QuietOutages(logging.Filter):
    """On the log's handler: a request that failed because the database could not answer is one
    line (method, path, the error's first line), not a traceback per request; any other record
    about the database or Redis being unreachable (the consumer's "Error reading from queue")
    keeps its message and the error's first line, without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if record.name == "django.request" and is_outage(error):
            database_watch.failed(error)
            request = getattr(record, "request", None)
            record.msg = "%s %s answered 503: %s"
            record.args = (
                getattr(request, "method", "-"),
                getattr(request, "path", "-"),
                first_line(error),
            )
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        elif is_outage(error) or _redis_unavailable(error):
            said = record.getMessage()
            record.msg, record.args = "%s: %s", (said, first_line(error))
        else:
            return True
        record.exc_info = record.exc_text = None
        return True


def database_connected(sender, connection, **kwargs) -> None:
    """`connection_created`: a new connection after an outage means the database is back."""
    if database_watch.is_down:
        database_watch.succeeded()
