"""The Redis cache backend (tscplus.core.cache) against a real Redis: it behaves as Django's and
keeps one client per connection pool instead of building one per call."""

import uuid

import pytest

from tscplus.core.cache import RedisCache


@pytest.fixture
def redis_cache(redis_url):
    backend = RedisCache(redis_url, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield backend
    backend.delete_many(["page", "counter", "a", "b"])


def test_operations_behave_as_djangos(redis_cache):
    redis_cache.set("page", b"\x78\x01compressed", timeout=60)
    assert redis_cache.get("page") == b"\x78\x01compressed"
    assert redis_cache.add("counter", 0, timeout=60) and not redis_cache.add("counter", 5)
    assert redis_cache.incr("counter") == 1 and redis_cache.incr("counter") == 2
    redis_cache.set_many({"a": 1, "b": "สอง"})
    assert redis_cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": "สอง"}
    redis_cache.delete_many(["a", "b"])
    assert redis_cache.get("a") is None and redis_cache.get("b", "gone") == "gone"


def test_one_client_per_pool(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client
    assert redis_cache._cache.get_client() is client
