"""Per-client limits for public pages (the API has DRF throttles): one counter per client address
and purpose in the shared cache, for a fixed window. The pages answer 429 in the reader's language
with the wait (`core/too_many.html`)."""

from __future__ import annotations

import time

from django.core.cache import cache


def rate_limit_hit(*, scope: str, ident: str, limit: int, seconds: int) -> int | None:
    """Count one more request of `ident` for `scope`. None while within `limit` per window of
    `seconds`; past it, how many seconds are left until the window ends."""
    window = int(time.time()) // seconds
    key = f"rl:{scope}:{window}:{ident}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr: start again
        cache.set(key, 1, timeout=seconds + 1)
        count = 1
    if count <= limit:
        return None
    return max(1, (window + 1) * seconds - int(time.time()))
