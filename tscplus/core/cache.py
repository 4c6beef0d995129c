"""The Redis cache backend: one client per process, and Redis never the reason a request fails.

One client per pool: Django's own backend builds a new `redis.Redis` for every cache operation;
building one fills a table of some 170 reply handlers, which cost about 0.15 ms, more than the
round trip to Redis itself. A client is only a handle on the connection pool, is safe to share
between threads, and the pool reconnects after a fork, so keeping one per pool is safe.

Tolerant: Redis is a cache, so an error or a time-out (short ones, `REDIS_TIMEOUT`) is a miss.
After one failure the process stops asking Redis for a few seconds (`core.breaker`) and keeps
what it would have written in a cache of its own memory instead, so that while Redis is down
each web process still keeps the pages it made and still counts its rate limits (each process on
its own: see docs/decisions.md). Keys deleted while Redis could not be reached are deleted again
when it answers, so a certificate suspended during an outage is not shown valid from a stale copy
afterwards."""

from __future__ import annotations

import threading
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import RedisError

from tscplus.core.breaker import redis_breaker

# A connection refused or reset is an OSError before redis-py wraps it, in some versions.
UNAVAILABLE = (RedisError, OSError)
_PENDING_LIMIT = 10_000
# Keys deleted while Redis could not be reached, as Redis knows them (prefixed and versioned).
_pending_deletes: set[str] = set()
_pending_lock = threading.Lock()


class _ReusedClient(RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[object, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ReusedClient
        self.breaker = redis_breaker
        # Django makes one backend per thread; the fallback's name makes them share one store.
        self.fallback = LocMemCache(
            f"tscplus-fallback:{server}", {"OPTIONS": {"MAX_ENTRIES": 20000}}
        )

    def _try(self, name: str, *args: Any) -> tuple[bool, Any]:
        """(True, Redis's answer), or (False, None) when Redis failed or is resting."""
        if not self.breaker.allows():
            return False, None
        try:
            result = getattr(super(), name)(*args)
        except UNAVAILABLE as error:
            self.breaker.failed(error)
            return False, None
        self.breaker.succeeded()
        return True, result

    def _run(self, name: str, *args: Any) -> Any:
        done, result = self._try(name, *args)
        return result if done else getattr(self.fallback, name)(*args)

    # Each operation of Django's backend, through `_run`.
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._run("get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run("set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run("touch", key, timeout, version)

    def has_key(self, key, version=None):
        return self._run("has_key", key, version)

    def incr(self, key, delta=1, version=None):
        return self._run("incr", key, delta, version)

    def get_many(self, keys, version=None):
        return self._run("get_many", keys, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run("set_many", data, timeout, version) or []

    def delete(self, key, version=None):
        self.fallback.delete(key, version)
        done, result = self._try("delete", key, version)
        if not done:
            self._remember_deletes([key], version)
        return bool(result)

    def delete_many(self, keys, version=None):
        keys = list(keys)
        self.fallback.delete_many(keys, version)
        done, _ = self._try("delete_many", keys, version)
        if not done:
            self._remember_deletes(keys, version)

    def clear(self):
        self.fallback.clear()
        return self._run("clear")

    def _remember_deletes(self, keys, version) -> None:
        made = [self.make_and_validate_key(key, version=version) for key in keys]
        with _pending_lock:
            if len(_pending_deletes) < _PENDING_LIMIT:
                _pending_deletes.update(made)

    def recovered(self) -> None:
        """Redis answers again (whoever noticed: the cache or the job queue's hand-over): what
        was deleted meanwhile is deleted there too, and the process's own copies give way to
        the shared cache."""
        with _pending_lock:
            pending = list(_pending_deletes)
            _pending_deletes.clear()
        if pending:
            try:
                self._cache.delete_many(pending)
            except UNAVAILABLE as error:
                with _pending_lock:
                    _pending_deletes.update(pending)
                self.breaker.failed(error)
                return
        self.fallback.clear()


def _catch_up() -> None:
    from django.core.cache import caches

    backend = caches["default"]
    if isinstance(backend, RedisCache):
        backend.recovered()


redis_breaker.on_recovery(_catch_up)


class ProcessCache(LocMemCache):
    """The cache inside each web process (`CACHES["local"]`): Django's in-memory cache without
    its check that each key would also suit memcached, a loop over every character of the key at
    each read and write (8 of the 14 microseconds a verification page's read and write took).
    Every key here is the platform's own, made of letters, digits, dashes and colons."""

    def validate_key(self, key: str) -> None:
        return None
