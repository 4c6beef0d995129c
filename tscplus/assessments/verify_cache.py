"""The verification page, kept: every door in the country has a QR code, and at national scale
most scans are of a certificate nobody scanned a minute ago. So the page each certificate shows
today is kept in two levels:

- the database (`VerifyPage`, one row per certificate and language): a scan of any door is one
  indexed read. A change to what the page shows (`verify_page_forget`, called by the services in
  the change's own transaction) bumps the row's generation and empties it; the next scan makes
  the page again and stores it only if the generation it read before reading the certificate is
  still the row's, so a page made from what was read before a change never lands after it. The
  page says "status checked on <day>", so a page is kept for its Bangkok day; the daily job
  `verify_pages_prepare` makes the new day's pages of certificates in force before the morning.
- a small copy inside each web process for a few seconds (`VERIFY_PAGE_LOCAL_SECONDS`): the
  busiest doors are not read from the database at every scan. This is how long a change may
  take to show on another web machine.

What is kept is the whole response as the middleware stack produced it (status 200, its headers:
security headers, language, length; and its body). `VerifyPageCacheMiddleware`, near the top of
the stack, answers a scan from what is kept without running the rest of the stack, and keeps each
page the stack makes. Only `GET /v/<token>` is touched, and only a response that is the same for
everyone is kept (`_shareable`), so nothing personal is ever served from here."""

from __future__ import annotations

import datetime
import logging
import re
import time
import zlib
from collections.abc import Callable
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import BaseCache
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse

from tscplus.assessments.models import VerifyPage
from tscplus.assessments.verify_page import verify_page_common
from tscplus.core import clock
from tscplus.core.prepared import prepared_cursor

LANGUAGES = ("th", "en")
VERIFY_PATH = re.compile(r"^/v/([A-Za-z0-9_-]{16,64})$")
logger = logging.getLogger(__name__)

_READ = (
    "SELECT generation, day, packed FROM assessments_verifypage WHERE token = %s AND language = %s"
)
# The same statement on PostgreSQL and SQLite (3.24 and later).
_INSERT = (
    "INSERT INTO assessments_verifypage (token, language, generation, day, packed) "
    "VALUES (%s, %s, 0, %s, %s) ON CONFLICT (token, language) DO NOTHING"
)


class Stored(NamedTuple):
    generation: int
    page: bytes | None  # None when emptied by a change, or made on an earlier day


def verify_page_key(token: str, language: str, today: datetime.date | None = None) -> str:
    # The page shows the status as of today (validity.live_status): a new day is a new page.
    return f"verify-page:{(today or clock.today()).isoformat()}:{language}:{token}"


def _stored(token: str, language: str, today: datetime.date) -> Stored | None:
    """The row kept for this page (None: no row yet). Read before the certificate, always."""
    with prepared_cursor() as cursor:  # every cold scan makes this read: planned once
        cursor.execute(_READ, [token, language])
        row = cursor.fetchone()
    if row is None:
        return None
    generation, day, packed = row
    if isinstance(day, str):  # SQLite hands dates back as text
        day = datetime.date.fromisoformat(day)
    fresh = packed is not None and day == today
    return Stored(generation, bytes(packed) if fresh else None)


def _kept(token: str, language: str) -> tuple[HttpResponse | None, Stored | None]:
    """Today's page as kept (this process's copy, else the database), and the row as read when
    it was (what `verify_page_put` needs to keep a page made now)."""
    today = clock.today()
    key = verify_page_key(token, language, today)
    local = caches["local"]
    here = local.get(key)
    if here is not None and time.monotonic() - here[0] < settings.VERIFY_PAGE_LOCAL_SECONDS:
        page = _unpack(language, here[1])
        if page is not None:
            return page, None
    read = _stored(token, language, today)
    if read is None or read.page is None:
        return None, read
    page = _unpack(language, read.page)
    if page is not None:
        _keep_here(key, read.page, local)
    return page, read


def _keep_here(key: str, packed: bytes, local: BaseCache | None = None) -> None:
    """This process's copy, with when it was kept: served for VERIFY_PAGE_LOCAL_SECONDS, then
    only while the database cannot be read, up to VERIFY_PAGE_OUTAGE_SECONDS (the page says
    when the status was read). One entry for both, so a cold scan writes one."""
    local = local or caches["local"]
    local.set(key, (time.monotonic(), packed), timeout=settings.VERIFY_PAGE_OUTAGE_SECONDS)


def verify_page_last_known(token: str, language: str) -> HttpResponse | None:
    """The page this process last served, while the database cannot be read; None if none."""
    here = caches["local"].get(verify_page_key(token, language))
    return _unpack(language, here[1]) if here is not None else None


def _pack(language: str, response: HttpResponse) -> bytes:
    """The response as kept: its headers, a blank line, its body; compressed against what every
    page in the language shares, so that a kept page is about 0.5 KB (2.4 KB with zlib alone):
    it stays in its table row, and more pages fit in each process."""
    head = "\n".join(f"{name}: {value}" for name, value in response.items()).encode()
    packer = zlib.compressobj(6, zdict=verify_page_common(language))
    return packer.compress(head + b"\n\n" + response.content) + packer.flush()


def _unpack(language: str, packed: bytes) -> HttpResponse | None:
    """The kept response; None for a page kept by an earlier release of the platform (another
    template or other static files: another dictionary), which is then made again."""
    try:
        unpacker = zlib.decompressobj(zdict=verify_page_common(language))
        head, _, body = (unpacker.decompress(packed) + unpacker.flush()).partition(b"\n\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\n"))
    except (zlib.error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    return HttpResponse(body, headers=headers)


def verify_page_get(token: str, language: str) -> HttpResponse | None:
    """Today's page as kept, from this process's copy or the database; None when not kept."""
    return _kept(token, language)[0]


def verify_page_put(token: str, language: str, response: HttpResponse, read: Stored | None) -> bool:
    """Keep the page the stack made, unless the page changed since `read` (what `_stored` gave
    before the certificate was read); whether it was kept."""
    packed = _pack(language, response)
    today = clock.today()
    if read is None:
        # No row when the scan began: the page goes in only if still none is there (a change
        # meanwhile made one, emptied).
        with connection.cursor() as cursor:
            cursor.execute(
                _INSERT, [token, language, connection.ops.adapt_datefield_value(today), packed]
            )
            kept = cursor.rowcount == 1
    else:
        kept = bool(
            VerifyPage.objects.filter(
                token=token, language=language, generation=read.generation
            ).update(day=today, packed=packed)
        )
    if kept:
        _keep_here(verify_page_key(token, language, today), packed)
    return kept


def verify_page_forget(*tokens: str) -> None:
    """What these certificates' pages show changed: empty their rows in the caller's transaction
    (a row is made first when there is none, so that a scan in flight cannot store the old
    page), and this process's copies once it commits."""
    if not tokens:
        return
    rows = [VerifyPage(token=t, language=lang) for t in tokens for lang in LANGUAGES]
    VerifyPage.objects.bulk_create(rows, ignore_conflicts=True)
    VerifyPage.objects.filter(token__in=tokens).update(
        generation=F("generation") + 1, day=None, packed=None
    )
    keys = [verify_page_key(t, lang) for t in tokens for lang in LANGUAGES]
    transaction.on_commit(lambda: caches["local"].delete_many(keys), robust=True)


class VerifyPageCacheMiddleware:
    """Near the top of MIDDLEWARE: a scan of a page already made is answered from what is kept."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        found = VERIFY_PATH.match(request.path_info) if request.method == "GET" else None
        if found is None or (settings.SECURE_SSL_REDIRECT and not request.is_secure()):
            # Plain HTTP where HTTPS is required: the stack redirects it, as for any page.
            return self.get_response(request)
        token = found.group(1)
        language = "en" if request.GET.get("lang") == "en" else "th"
        try:
            kept, read = _kept(token, language)
        except DatabaseError:
            # The database is away or slow: the page this process last served; else the error
            # goes up to handler500, which answers an outage with 503 and Retry-After (asking
            # the stack below would wait for the database a second time).
            last = verify_page_last_known(token, language)
            if last is None:
                raise
            return last
        if kept is not None:
            return kept
        response = self.get_response(request)
        if _shareable(response):
            try:
                verify_page_put(token, language, response, read)
            except DatabaseError:
                logger.warning("verify page not kept", exc_info=True)  # served all the same
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


def verify_pages_prepare(language: str = "th") -> int:
    """The daily job, after midnight: today's page of every certificate in force that has none
    yet, made as a scan makes it (through the whole middleware stack, so that it is the same
    bytes and headers), so that the morning's first scans are one read each. Thai only by
    default: it is what nearly every scan asks for. Returns how many pages were made."""
    from django.core.handlers.wsgi import WSGIHandler

    from tscplus.assessments.choices import IN_FORCE
    from tscplus.assessments.models import Certificate

    fresh = VerifyPage.objects.filter(
        language=language, day=clock.today(), packed__isnull=False
    ).values("token")
    tokens = (
        Certificate.objects.filter(status__in=IN_FORCE)
        .exclude(verify_token__in=fresh)
        .values_list("verify_token", flat=True)
    )
    handler = WSGIHandler()
    made = 0
    for token in tokens.iterator(chunk_size=2000):
        response = handler.get_response(_scan(token, language))
        made += response.status_code == 200
    return made


def _scan(token: str, language: str) -> HttpRequest:
    """A phone's GET of the page, made here: over HTTPS, to the first host the site answers."""
    import io

    from django.core.handlers.wsgi import WSGIRequest

    hosts = [h.lstrip(".") for h in settings.ALLOWED_HOSTS if h != "*"] or ["localhost"]
    return WSGIRequest(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": f"/v/{token}",
            "QUERY_STRING": "lang=en" if language == "en" else "",
            "SERVER_NAME": hosts[0],
            "SERVER_PORT": "443",
            "HTTP_HOST": hosts[0],
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "https",
            "wsgi.input": io.BytesIO(),
        }
    )
