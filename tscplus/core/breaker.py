"""A circuit breaker for a dependency that may fail (Redis): after one failure, calls skip the
dependency for `retry_seconds`, then one call tries it again. An outage then costs each process
one time-out every few seconds instead of one per request, and the log says once that the
dependency went down and once that it is back, instead of a line per request.

State is per process and shared by its threads; a race between two threads at the moment of a
retry costs at most one extra try, so no lock is taken on the hot path."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

logger = logging.getLogger("tscplus.dependencies")


class CircuitBreaker:
    def __init__(self, name: str, *, retry_seconds: float = 5.0) -> None:
        self.name = name
        self.retry_seconds = retry_seconds
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._lock = threading.Lock()
        self._on_recovery: list[Callable[[], None]] = []

    @property
    def is_down(self) -> bool:
        return self._down_since is not None

    def allows(self) -> bool:
        """Whether a call may try the dependency now: always while it is up; once every
        `retry_seconds` while it is down (the caller that gets True is the one probe)."""
        if self._down_since is None:
            return True
        now = time.monotonic()
        if now < self._retry_at:
            return False
        with self._lock:
            if now < self._retry_at:
                return False
            self._retry_at = now + self.retry_seconds
        return True

    def failed(self, error: BaseException) -> None:
        with self._lock:
            self._retry_at = time.monotonic() + self.retry_seconds
            if self._down_since is not None:
                return
            self._down_since = time.monotonic()
        logger.error(
            "%s unavailable (tried again every %ss): %s", self.name, self.retry_seconds, error
        )

    def succeeded(self) -> bool:
        """Record an answer; True when it ends an outage (the caller may then catch up)."""
        if self._down_since is None:
            return False
        with self._lock:
            if self._down_since is None:
                return False
            seconds = time.monotonic() - self._down_since
            self._down_since = None
        logger.warning("%s is back after %.1f s", self.name, seconds)
        for catch_up in list(self._on_recovery):
            try:
                catch_up()
            except Exception as error:  # a catch-up chore never fails the call that noticed
                logger.warning("%s: catching up after the outage failed: %s", self.name, error)
        return True

    def on_recovery(self, catch_up: Callable[[], None]) -> None:
        """Run `catch_up` once each time the dependency is back, whoever noticed it."""
        if catch_up not in self._on_recovery:
            self._on_recovery.append(catch_up)


# One breaker for the one Redis that the cache and the queue share (REDIS_URL).
redis_breaker = CircuitBreaker("redis")
