"""Health of the platform's dependencies, for `/healthz` and monitoring."""

from __future__ import annotations

import datetime
import logging
import time

from django.db import connection

logger = logging.getLogger(__name__)

HEARTBEAT_KEY = "tscplus:consumer-heartbeat"


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any driver error means "down" to a load balancer
        logger.exception("health check: database unreachable")
        return "error"
    return "ok"


def queue_status() -> str:
    """The queue's storage answers (SQLite file or Redis)."""
    from huey.contrib.djhuey import HUEY

    try:
        HUEY.pending_count()
    except Exception:
        logger.exception("health check: queue storage unreachable")
        return "error"
    return "ok"


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
