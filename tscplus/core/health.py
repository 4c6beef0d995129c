"""Health of the platform's dependencies, for `/healthz` and monitoring."""

from __future__ import annotations

import datetime
import logging
import time

logger = logging.getLogger(__name__)

HEARTBEAT_KEY = "tscplus:consumer-heartbeat"


def database_status() -> str:
    """Whether the database answers within about a second, whatever it is doing: PostgreSQL is
    asked on a connection of its own, with a one-second connect time-out and a statement time-out
    below a second, so neither a stopped server nor a worker's stuck connection delays the
    answer. One log line when it fails, no traceback (a probe asks twice a second)."""
    from django.db import connection

    try:
        if connection.vendor == "postgresql":
            _postgres_ping(connection.settings_dict)
        else:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
    except Exception as error:  # any driver error means "down" to a load balancer
        logger.warning("health check: database unreachable: %s", error)
        return "error"
    return "ok"


def _postgres_ping(params: dict) -> None:
    import psycopg

    options = params.get("OPTIONS", {})
    with psycopg.connect(
        dbname=params["NAME"],
        user=params.get("USER") or None,
        password=params.get("PASSWORD") or None,
        host=params.get("HOST") or None,
        port=params.get("PORT") or None,
        sslmode=options.get("sslmode"),
        connect_timeout=1,
        options="-c statement_timeout=800",
    ) as conn:
        conn.execute("SELECT 1").fetchone()


_redis_client = None


def queue_status() -> str:
    """The queue's storage answers (SQLite file, or Redis within `REDIS_TIMEOUT`)."""
    from django.conf import settings
    from huey.contrib.djhuey import HUEY

    try:
        if settings.REDIS_URL:
            _redis_ping(settings.REDIS_URL, settings.REDIS_TIMEOUT)
        else:
            HUEY.pending_count()
    except Exception as error:
        logger.warning("health check: queue storage unreachable: %s", error)
        return "error"
    return "ok"


def _redis_ping(url: str, timeout: float) -> None:
    global _redis_client
    import redis

    if _redis_client is None:
        _redis_client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
    _redis_client.ping()


def consumer_heartbeat_record() -> float:
    """Called by the periodic heartbeat job: proves a consumer is running."""
    from huey.contrib.djhuey import HUEY

    now = time.time()
    HUEY.put(HEARTBEAT_KEY, now)
    return now


def consumer_last_seen() -> str | None:
    from huey.contrib.djhuey import HUEY

    try:
        seen = HUEY.get(HEARTBEAT_KEY, peek=True)
    except Exception:
        return None
    if not seen:
        return None
    return datetime.datetime.fromtimestamp(seen, tz=datetime.UTC).isoformat()
