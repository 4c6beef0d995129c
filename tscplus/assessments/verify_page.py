"""The verification page, built fast. It is the platform's hottest page (every QR scan at every
door), and rendering its template took longer than reading the certificate.

The template (`assessments/verify.html`) stays the one source of the page. It is rendered once
per process for each language, status, "has a reason" and "has ratings" with markers in place of
the certificate's own words, and cut at them; every page then joins the pieces with the
certificate's values, escaped as the template would have escaped them, in one pass. Same output
as a plain render (a test compares them), in a few microseconds instead of half a millisecond."""

from __future__ import annotations

import functools
import re

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape

from tscplus.assessments.choices import IN_FORCE
from tscplus.assessments.models import certificate_status_label
from tscplus.assessments.selectors import VerifiedCertificate

# The certificate's own words on the page; everything else depends on language and status only.
FIELDS = (
    "number",
    "place",
    "category",
    "area",
    "standard",
    "version_number",
    "issued_on_text",
    "expires_on_text",
    "status_reason",
    "public_url",
    "rate_url",
    "complain_url",
    "rating_text",
    "checked_date_text",
    "checked_time_text",
    "findings_html",
)
# Words already drawn and escaped by a template (oversight's findings block): put in as they are.
RAW_FIELDS = frozenset({"findings_html"})


def _marker(name: str) -> str:
    return f"\x00{name}\x00"


_MARKERS = re.compile("\x00(\\w+)\x00")  # what _marker writes, the name captured


class _Markers:
    """Stands in for a certificate while the skeleton renders."""

    def __init__(
        self, status: str, has_reason: bool, has_rating: bool, has_findings: bool, appealed: bool
    ) -> None:
        self.live_status = status
        self.live_status_label = certificate_status_label(status)
        self.in_force = status in IN_FORCE
        for name in FIELDS:
            setattr(self, name, _marker(name))
        self.status_reason = _marker("status_reason") if has_reason else ""
        self.rating_text = _marker("rating_text") if has_rating else ""
        self.findings_html = _marker("findings_html") if has_findings else ""
        self.under_appeal = appealed


@functools.lru_cache(maxsize=128)
def _skeleton(
    language: str,
    status: str,
    has_reason: bool,
    has_rating: bool,
    has_findings: bool,
    appealed: bool,
) -> tuple[str, ...]:
    """The page cut at its markers: text, field name, text, ..., text (odd places are names)."""
    with translation.override(language):
        markers = _Markers(status, has_reason, has_rating, has_findings, appealed)
        context = {"certificate": markers, "lang": language}
        html = render_to_string("assessments/verify.html", context)
    return tuple(_MARKERS.split(html))


def verify_page_html(certificate: VerifiedCertificate, language: str) -> str:
    with translation.override(language):
        pieces = list(
            _skeleton(
                language,
                certificate.live_status,
                bool(certificate.status_reason),
                certificate.rating is not None,
                certificate.findings is not None,
                certificate.under_appeal,
            )
        )
        # One pass over the page, each of the certificate's words read and escaped once.
        values: dict[str, str] = {}
        for i in range(1, len(pieces), 2):
            name = pieces[i]
            if name not in values:
                value = str(getattr(certificate, name))
                values[name] = value if name in RAW_FIELDS else escape(value)
            pieces[i] = values[name]
    return "".join(pieces)


@functools.lru_cache(maxsize=4)
def verify_page_common(language: str) -> bytes:
    """What every page in `language` shares: the page of a valid certificate with none of its own
    words (the markup, the styles, the labels). It is the preset dictionary the kept pages are
    compressed with (verify_cache.py), so it changes whenever the template or its static files
    do."""
    pieces = _skeleton(language, IN_FORCE[0], False, False, False, False)
    return "".join(pieces[0::2]).encode()
