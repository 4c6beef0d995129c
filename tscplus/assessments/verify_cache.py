"""The verification page's cache: a QR code at a busy door is scanned again and again, so its page
is kept (per language and per day, since a certificate can expire overnight) in two levels:
the shared cache (Redis), dropped the moment the certificate changes, and a small copy inside each
web process for a few seconds (`VERIFY_PAGE_LOCAL_SECONDS`), which is how long a change may take
to show on every web machine. The services call `verify_page_forget`; the view reads and fills."""

from __future__ import annotations

import zlib

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import timezone

LANGUAGES = ("th", "en")


def verify_page_key(token: str, language: str) -> str:
    return f"verify-page:{timezone.localdate().isoformat()}:{language}:{token}"


def verify_page_get(token: str, language: str) -> bytes | None:
    key = verify_page_key(token, language)
    local = caches["local"]
    packed = local.get(key)
    if packed is None:
        packed = cache.get(key)
        if packed is not None:
            local.set(key, packed, timeout=settings.VERIFY_PAGE_LOCAL_SECONDS)
    # Pages are kept compressed (3.5 KB of HTML becomes about 1.3 KB): more of them fit, and less
    # crosses the network from Redis.
    return zlib.decompress(packed) if packed is not None else None


def verify_page_put(token: str, language: str, content: bytes) -> None:
    key = verify_page_key(token, language)
    packed = zlib.compress(content, 1)
    cache.set(key, packed, timeout=settings.VERIFY_PAGE_CACHE_SECONDS)
    caches["local"].set(key, packed, timeout=settings.VERIFY_PAGE_LOCAL_SECONDS)


def verify_page_forget(token: str) -> None:
    """Drop the cached pages once the change that makes them stale is committed."""
    keys = [verify_page_key(token, language) for language in LANGUAGES]

    def forget() -> None:
        cache.delete_many(keys)
        caches["local"].delete_many(keys)

    transaction.on_commit(forget)
