"""The certificate behind a QR code: what the verification page and the API read by token.

The verification page is the platform's hottest (every QR scan at every door), so it has a fast
path of its own: one SQL statement, written once per process, reads the certificate and the
place's rating into a `VerifiedCertificate`, and `verify_page` fills its template in. An unknown
token is counted (fraud monitoring keeps only the day's count).

Re-exported from `selectors`, the one module other apps read assessments through."""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from django.db import connection
from django.db.models import F, Field, Model
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from tscplus.assessments import validity
from tscplus.assessments.models import (
    Certificate,
    VerificationMiss,
    certificate_live_status,
    certificate_status_label,
)
from tscplus.core import clock
from tscplus.core.geography import area_text
from tscplus.core.language import reader_is_english, reader_language
from tscplus.core.thaidate import format_date


def _count_miss() -> None:
    """One more look-up of an unknown token today (fraud monitoring keeps only the count)."""
    today = clock.today()
    updated = VerificationMiss.objects.filter(day=today).update(count=F("count") + 1)
    if not updated:
        VerificationMiss.objects.bulk_create(
            [VerificationMiss(day=today, count=1)], ignore_conflicts=True
        )


def certificate_for_verification(token: str) -> Certificate | None:
    """The certificate behind a QR code as a model (the API); None, counted, when unknown."""
    found = (
        Certificate.objects.select_related("establishment", "version__standard")
        .filter(verify_token=token)
        .order_by()
        .first()
    )
    if found is None:
        _count_miss()
    return found


# What the verification page shows: one indexed row and the place's rating, read by one SQL
# statement written once per process. The page is the platform's hottest (every QR scan at every
# door). The rating is joined on the certificate's own establishment column: the ORM would pass
# through the establishments table, which doubled the cost of the query.
VERIFY_FIELDS = ("number", "status", "status_reason", "issued_at", "expires_on", "details")
VERIFY_RATING_FIELDS = ("count", "weight", "overall")  # the place's public rating (90 days)


@dataclass(frozen=True)
class RatingSource:
    """Where the verification page finds a place's public rating: a table with one row per
    place (an `establishment` key and the `VERIFY_RATING_FIELDS`), and how stars are drawn.
    People Voice, a pillar above this one, registers it from its `AppConfig.ready()`: the page
    joins it in its one statement without this app importing voice."""

    model: type[Model]
    stars: Callable[[float], str]


RATING_SOURCES: list[RatingSource] = []


def verify_rating_source_register(*, model: type[Model], stars: Callable[[float], str]) -> None:
    RATING_SOURCES[:] = [RatingSource(model=model, stars=stars)]
    _verify_sql.cache_clear()


# What an officer found, lent by area oversight (a pillar above) the same way: a table with one
# row per place inspected, holding the public findings already drawn in each language and whether
# a decision is under appeal. The page joins it and draws nothing.
VERIFY_FINDINGS_FIELDS = ("html_th", "html_en", "under_appeal")
FINDINGS_SOURCES: list[type[Model]] = []


def verify_findings_source_register(*, model: type[Model]) -> None:
    FINDINGS_SOURCES[:] = [model]
    _verify_sql.cache_clear()


_SLOT = "__slot__"


@functools.lru_cache(maxsize=64)
def _url_pattern(name: str, language: str, prefix: str) -> str:
    return reverse(name, args=[_SLOT])


def _reverse_fast(name: str, value: str) -> str:
    """`reverse(name, args=[value])` for a one-argument URL, without walking the URL map on
    every call: the address is worked out once per language with a slot, then filled in, quoted
    as `reverse` quotes it (the verification page builds three addresses on every view)."""
    pattern = _url_pattern(name, reader_language(), get_script_prefix())
    return pattern.replace(_SLOT, quote(str(value), safe=RFC3986_SUBDELIMS + "/~:@"))


@dataclass(frozen=True)
class VerifiedCertificate:
    """The verification page's view of a certificate, in the reader's language."""

    number: str
    status: str
    status_reason: str
    issued_at: datetime.datetime
    expires_on: datetime.date
    details: dict[str, Any]
    token: str = ""
    rating: tuple[int, float] | None = None  # (how many, weighted average overall) in 90 days
    findings: tuple[str, str] | None = None  # officers' findings drawn in (Thai, English)
    under_appeal: bool = False  # a decision about the place is under appeal
    # When the status was read from the registry. A page made from it may be served from the
    # cache for a while (dropped the moment the certificate changes), so the page says "status
    # checked at" this moment, never "now".
    read_at: datetime.datetime = field(default_factory=clock.now)

    @staticmethod
    def _english() -> bool:
        return reader_is_english()

    def _pick(self, key: str) -> str:
        th: str
        en: str
        th, en = self.details[key]  # [Thai, English] as the certificate stored them
        return en if en and self._english() else th

    @property
    def public_id(self) -> str:
        public_id: str = self.details["public_id"]
        return public_id

    @property
    def place(self) -> str:
        return self._pick("place")

    @property
    def category(self) -> str:
        return self._pick("category")

    @property
    def district(self) -> str:
        return self._pick("district")

    @property
    def province(self) -> str:
        return self._pick("province")

    @property
    def area(self) -> str:
        return area_text(province=self.province, district=self.district, thai=not self._english())

    @property
    def standard(self) -> str:
        return self._pick("standard")

    @property
    def version_number(self) -> int:
        version: int = self.details["version"]
        return version

    @property
    def public_url(self) -> str:
        return _reverse_fast("places:public_detail", self.public_id)

    @property
    def rating_text(self) -> str:
        if self.rating is None:
            return ""
        count, average = self.rating
        return ngettext(
            "%(stars)s %(average)s of 5, %(count)s rating in the last 90 days",
            "%(stars)s %(average)s of 5, %(count)s ratings in the last 90 days",
            count,
        ) % {"stars": RATING_SOURCES[0].stars(average), "average": f"{average:.1f}", "count": count}

    @property
    def findings_html(self) -> str:
        """The officers' findings block, drawn (and escaped) when the record was refreshed."""
        if self.findings is None:
            return ""
        th, en = self.findings
        return mark_safe(en if self._english() else th)  # noqa: S308 (drawn by a template)

    @property
    def rate_url(self) -> str:
        # Rating from here counts as a verified visit (the QR code was scanned at the door).
        url = _reverse_fast("verify_rate", self.token)
        return f"{url}?lang=en" if self._english() else url

    @property
    def complain_url(self) -> str:
        return _reverse_fast("voice:complain", self.public_id)

    @property
    def issued_on_text(self) -> str:
        return format_date(self.issued_at, "long", reader_language())

    @property
    def expires_on_text(self) -> str:
        return format_date(self.expires_on, "long", reader_language())

    @property
    def checked_date_text(self) -> str:
        return format_date(self.read_at, "short", reader_language())

    @property
    def checked_time_text(self) -> str:
        return f"{timezone.localtime(self.read_at):%H:%M}"

    @property
    def live_status(self) -> str:
        return certificate_live_status(self.status, self.expires_on)

    @property
    def live_status_label(self) -> str:
        return certificate_status_label(self.live_status)

    @property
    def in_force(self) -> bool:
        return validity.counts_as_valid(self.status, self.expires_on, clock.today())


@functools.cache
def _verify_sql() -> str:
    quote = connection.ops.quote_name

    def column(model: type[Model], name: str) -> str:
        field = model._meta.get_field(name)
        # Only concrete fields are named here: never a reverse relation, always a column.
        assert isinstance(field, Field) and field.column is not None
        return quote(field.column)

    certificates = quote(Certificate._meta.db_table)
    columns = [f"c.{column(Certificate, f)}" for f in VERIFY_FIELDS]
    join = ""
    if RATING_SOURCES:
        ratings = RATING_SOURCES[0].model
        columns += [f"r.{column(ratings, f)}" for f in VERIFY_RATING_FIELDS]
        on = f"r.{column(ratings, 'establishment')} = c.{column(Certificate, 'establishment')}"
        join = f" LEFT JOIN {quote(ratings._meta.db_table)} r ON {on}"
    else:
        columns += ["NULL"] * len(VERIFY_RATING_FIELDS)
    if FINDINGS_SOURCES:
        records = FINDINGS_SOURCES[0]
        columns += [f"f.{column(records, f)}" for f in VERIFY_FINDINGS_FIELDS]
        on = f"f.{column(records, 'establishment')} = c.{column(Certificate, 'establishment')}"
        join += f" LEFT JOIN {quote(records._meta.db_table)} f ON {on}"
    else:
        columns += ["NULL"] * len(VERIFY_FINDINGS_FIELDS)
    # Only names from the models' metadata, quoted, go into the text; the token is bound.
    return (
        f"SELECT {', '.join(columns)} FROM {certificates} c{join}"  # noqa: S608
        f" WHERE c.{column(Certificate, 'verify_token')} = %s"
    )


def certificate_verification_page(token: str) -> VerifiedCertificate | None:
    """The verification page's data in one round trip; None, counted, when the token is unknown."""
    with connection.cursor() as cursor:
        cursor.execute(_verify_sql(), [token])
        row = cursor.fetchone()
    if row is None:
        _count_miss()
        return None
    number, status, reason, issued_at, expires_on, details = row[:6]
    r_count, r_weight, r_overall, f_th, f_en, appealed = row[6:]
    # SQLite hands back text or naive UTC values where PostgreSQL gives typed ones.
    if isinstance(issued_at, str):
        issued_at = parse_datetime(issued_at)
    if timezone.is_naive(issued_at):
        issued_at = timezone.make_aware(issued_at, datetime.UTC)
    if isinstance(expires_on, str):
        expires_on = datetime.date.fromisoformat(expires_on)
    if isinstance(details, str):
        details = json.loads(details)
    rating = (r_count, r_overall / r_weight) if r_count and r_weight else None
    findings = (f_th, f_en) if f_th else None
    return VerifiedCertificate(
        number,
        status,
        reason,
        issued_at,
        expires_on,
        details,
        token,
        rating,
        findings,
        bool(appealed),
        clock.now(),
    )
