"""Read replicas: the reads that may be a little behind go to a PostgreSQL replica when one is
configured (`DATABASE_REPLICA_URLS`); everything else goes to the primary.

- *Which reads.* A view decorated with `@may_lag` (the public registry, dashboards, open data,
  the knowledge hub, published reports) reads from a replica while it runs, and while its
  streamed answer is sent. Nothing else does: a form, a write, an officer's queue, the session
  and the user read by the middleware all stay on the primary.
- *Read your writes.* A request that changed something (an unsafe method answered below 400)
  leaves a cookie for `READ_YOUR_WRITES_SECONDS`; while it is there, that browser reads from the
  primary, so nobody misses what they just did.
- *Behind or down.* Each web process checks its replicas every `REPLICA_CHECK_SECONDS` in a
  thread of its own (so a page never carries the check): a replica that cannot be reached, is not
  streaming, or lags more than `REPLICA_MAX_LAG_SECONDS` is skipped until a check finds it well.
  A `@may_lag` view whose replica fails mid-request is run again on the primary (it is a GET).
Writes, and migrations, only ever go to the primary (`default`)."""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar, cast

from django.conf import settings
from django.db import OperationalError, connections
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase

logger = logging.getLogger(__name__)
View = TypeVar("View", bound=Callable[..., HttpResponseBase])
WROTE_COOKIE = "tscplus_wrote"
# Who is signed in, and their session and lock-out records, are read from the primary always: a
# session made a moment ago on the primary must not look missing on a replica.
PRIMARY_ONLY = frozenset({"sessions", "accounts", "auth", "axes"})
_lagging: ContextVar[bool] = ContextVar("reads_may_lag", default=False)

# How far behind a replica is, in seconds: nothing if all it received is replayed and it is
# streaming, else the time since the last transaction it replayed.
LAG_SQL = """
SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN NULL
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
         AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') THEN 0
    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 1e9)
END
"""


def replica_aliases() -> list[str]:
    return [alias for alias in settings.DATABASES if alias.startswith("replica")]


class ReplicaHealth:
    """Which replicas this process may read from now. A thread of its own checks them with
    connections of its own (never Django's, which belong to the request threads), so a page
    never waits for, nor carries, a check; until the first check, reads stay on the primary."""

    def __init__(self) -> None:
        self.usable: tuple[str, ...] = ()
        self._turns: Iterator[int] = itertools.count()
        self._targets: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def pick(self) -> str | None:
        if not self._targets:
            self._start()
        usable = self.usable
        return usable[next(self._turns) % len(usable)] if usable else None

    def refresh(self) -> tuple[str, ...]:
        """Check every replica now (the thread calls it; tests may too)."""
        targets = self._targets or _targets()
        self.usable = tuple(alias for alias, where in targets.items() if _lag(alias, where))
        return self.usable

    def mark_down(self, alias: str) -> None:
        self.usable = tuple(a for a in self.usable if a != alias)

    def _start(self) -> None:
        with self._lock:
            if self._targets:
                return
            self._targets = _targets()
            threading.Thread(target=self._watch, name="replica-health", daemon=True).start()

    def _watch(self) -> None:
        while True:
            self.refresh()
            time.sleep(settings.REPLICA_CHECK_SECONDS)


def _targets() -> dict[str, dict[str, Any]]:
    """Where each replica is (read from this thread's connections: in tests, the test database)."""
    found = {}
    for alias in replica_aliases():
        given = connections[alias].settings_dict
        found[alias] = {
            "host": given["HOST"] or None,
            "port": given["PORT"] or None,
            "dbname": given["NAME"],
            "user": given["USER"] or None,
            "password": given["PASSWORD"] or None,
        }
    return found


def _lag(alias: str, where: dict[str, Any]) -> bool:
    """Whether the replica may be read from: it answers, replays and lags within the bound."""
    import psycopg

    try:
        with psycopg.connect(**where, connect_timeout=2, autocommit=True) as checking:
            row = checking.execute(LAG_SQL).fetchone()
    except psycopg.Error:
        logger.warning("replica %s unreachable", alias)
        return False
    lag = row[0] if row else None
    if lag is None or float(lag) > settings.REPLICA_MAX_LAG_SECONDS:
        logger.warning("replica %s skipped: lag %s s", alias, lag)
        return False
    return True


health = ReplicaHealth()


class ReplicaRouter:
    """DATABASE_ROUTERS when replicas are configured."""

    def db_for_read(self, model: type, **hints: Any) -> str | None:
        if not _lagging.get() or model._meta.app_label in PRIMARY_ONLY:  # type: ignore[attr-defined]
            return None
        return health.pick()

    def db_for_write(self, model: type, **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # the replicas are copies of the primary: the same rows

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == "default"


def may_lag(view: View) -> View:
    """The view's reads may come from a replica (a GET or HEAD from a browser that has not
    written in the last READ_YOUR_WRITES_SECONDS)."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD") or WROTE_COOKIE in request.COOKIES:
            return view(request, *args, **kwargs)
        if not replica_aliases():
            return view(request, *args, **kwargs)
        try:
            response = _lagging_call(view, request, *args, **kwargs)
        except OperationalError:
            # A replica went away mid-request: skip it, and run the view again on the primary
            # (if it was the primary that failed, the stack answers 503 as for any page).
            for alias in replica_aliases():
                if not _answers(alias):
                    health.mark_down(alias)
            return view(request, *args, **kwargs)
        if isinstance(response, StreamingHttpResponse) and not response.is_async:
            chunks = cast(Iterator[bytes], response.streaming_content)
            response.streaming_content = _lagging_chunks(chunks)
        return response

    return cast(View, wrapped)


def _lagging_call(view: View, *args: Any, **kwargs: Any) -> HttpResponseBase:
    token = _lagging.set(True)
    try:
        response = view(*args, **kwargs)
        render = getattr(response, "render", None)
        if render is not None and not getattr(response, "is_rendered", True):
            render()  # a TemplateResponse reads as it renders: here, not after
        return response
    finally:
        _lagging.reset(token)


def _lagging_chunks(chunks: Iterable[bytes]) -> Iterator[bytes]:
    iterator = iter(chunks)
    while True:
        token = _lagging.set(True)
        try:
            chunk = next(iterator)
        except StopIteration:
            return
        finally:
            _lagging.reset(token)
        yield chunk


def _answers(alias: str) -> bool:
    try:
        connections[alias].ensure_connection()
    except OperationalError:
        connections[alias].close()
        return False
    return True


class WroteCookieMiddleware:
    """After a change, this browser reads from the primary for READ_YOUR_WRITES_SECONDS."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD", "OPTIONS") and response.status_code < 400:
            response.set_cookie(
                WROTE_COOKIE,
                "1",
                max_age=settings.READ_YOUR_WRITES_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
