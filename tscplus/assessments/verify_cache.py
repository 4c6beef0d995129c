"""The verification page's cache: a QR code at a busy door is scanned again and again, so its
page is kept (per language and per day, since a certificate can expire overnight) in two levels:
the shared cache (Redis), dropped the moment the certificate changes, and a small copy inside each
web process for a few seconds (`VERIFY_PAGE_LOCAL_SECONDS`), which is how long a change may take
to show on every web machine.

What is kept is the whole response as the full middleware stack produced it (status 200, its
headers: security headers, language, length; and its body). `VerifyPageCacheMiddleware`, first in
the stack, answers a scan from the cache without running the rest of the stack again, and keeps
each page the stack makes. Only `GET /v/<token>` is touched, and only a response that is the same
for everyone is kept (`_shareable`), so nothing personal is ever served from here. The services call
`verify_page_forget` when a certificate changes."""

from __future__ import annotations

import pickle
import re
import zlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse

from tscplus.core import clock

LANGUAGES = ("th", "en")
VERIFY_PATH = re.compile(r"^/v/([A-Za-z0-9_-]{16,64})$")


def verify_page_key(token: str, language: str) -> str:
    # The page shows the status as of today (validity.live_status): a new day is a new page.
    return f"verify-page:{clock.today().isoformat()}:{language}:{token}"


def verify_page_get(token: str, language: str) -> HttpResponse | None:
    key = verify_page_key(token, language)
    local = caches["local"]
    packed = local.get(key)
    if packed is None:
        packed = cache.get(key)
        if packed is not None:
            local.set(key, packed, timeout=settings.VERIFY_PAGE_LOCAL_SECONDS)
    if packed is None:
        return None
    # Pages are kept compressed (3.5 KB of HTML becomes about 1.3 KB): more of them fit, and less
    # crosses the network from Redis.
    headers, body = pickle.loads(zlib.decompress(packed))  # noqa: S301 (our own cache's bytes)
    return HttpResponse(body, headers=headers)


def verify_page_put(token: str, language: str, response: HttpResponse) -> None:
    from tscplus.core.breaker import redis_breaker

    key = verify_page_key(token, language)
    packed = zlib.compress(pickle.dumps((dict(response.items()), response.content)), 1)
    # While Redis is away the page is kept in this process only, where another process's
    # suspension cannot drop it: for seconds, then, not minutes.
    shared = not redis_breaker.is_down
    cache.set(
        key,
        packed,
        timeout=settings.VERIFY_PAGE_CACHE_SECONDS
        if shared
        else settings.VERIFY_PAGE_LOCAL_SECONDS,
    )
    caches["local"].set(key, packed, timeout=settings.VERIFY_PAGE_LOCAL_SECONDS)


def verify_page_forget(token: str) -> None:
    """Drop the cached pages once the change that makes them stale is committed."""
    keys = [verify_page_key(token, language) for language in LANGUAGES]

    def forget() -> None:
        cache.delete_many(keys)
        caches["local"].delete_many(keys)

    transaction.on_commit(forget, robust=True)


class VerifyPageCacheMiddleware:
    """First in MIDDLEWARE: a scan of a page already made is answered from the cache."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        found = VERIFY_PATH.match(request.path_info) if request.method == "GET" else None
        if found is None or (settings.SECURE_SSL_REDIRECT and not request.is_secure()):
            # Plain HTTP where HTTPS is required: the stack redirects it, as for any page.
            return self.get_response(request)
        token = found.group(1)
        language = "en" if request.GET.get("lang") == "en" else "th"
        cached = verify_page_get(token, language)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if _shareable(response):
            verify_page_put(token, language, response)
        return response


def _shareable(response: HttpResponse) -> bool:
    """A page that is the same for everyone: no cookie set, nothing read from the visitor's
    cookies (the session and the CSRF token add "Vary: Cookie" when they are used), and not
    marked private or not to be stored (an answer made for a signed-in person)."""
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",")}
    control = {v.strip().lower() for v in response.get("Cache-Control", "").split(",")}
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "cookie" not in vary
        and not control & {"private", "no-store"}
    )
