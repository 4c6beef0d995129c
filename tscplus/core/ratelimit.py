"""Per-client limits for public pages (the API has DRF throttles): one counter per client address
and purpose in the shared cache, for a fixed window. The pages answer 429 in the reader's language
with the wait (`core/too_many.html`)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
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


@dataclass(frozen=True)
class RateLimit:
    """One named limit (e.g. ratings: 20 an hour from one address), declared once beside the
    service it protects, so the page and the API count together and keep the same numbers.

    `limit` is a number, or the name of the setting that holds it: a setting is read at each
    call, so a deployment (or a test) that changes it is obeyed at once."""

    scope: str
    limit: int | str
    seconds: int

    def per_window(self) -> int:
        """How many are allowed in one window of `seconds`."""
        return getattr(settings, self.limit) if isinstance(self.limit, str) else self.limit

    def wait(self, ident: str | None) -> int | None:
        """Count one more from `ident` (a client address, an e-mail): None while within the
        limit, else the seconds until the window ends. An unknown client counts as one ("-")."""
        return rate_limit_hit(
            scope=self.scope, ident=ident or "-", limit=self.per_window(), seconds=self.seconds
        )
