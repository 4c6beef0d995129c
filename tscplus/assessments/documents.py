"""Certificate documents: the A4 certificate and the A5 door poster, rendered by WeasyPrint from
HTML templates in Sarabun, with the QR code that opens the live verification page."""

from __future__ import annotations

import math
import unicodedata

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from tscplus.assessments.models import Certificate
from tscplus.core.pdf import render_pdf


def verify_url(certificate: Certificate) -> str:
    return f"{settings.SITE_URL}{reverse('verify', args=[certificate.verify_token])}"


def qr_svg_data_uri(url: str) -> str:
    # Error correction M survives a scuffed sticker on a door; a quiet zone of 4 modules, as the
    # standard asks, so phone cameras find it.
    return segno.make(url, error="m").svg_data_uri(scale=8, border=4, dark="#000", light="#fff")


def name_size(name: str) -> str:
    """The size step of a place's name on the documents: "xl", "l", "m", "s" or "xs". Counted
    in letters a reader sees (Thai vowel and tone marks above and below take no width), so a
    long name keeps whole words on two or three lines instead of being cut."""
    letters = sum(1 for ch in name if unicodedata.category(ch) not in {"Mn", "Me"})
    for limit, size in ((20, "xl"), (50, "l"), (80, "m"), (120, "s")):
        if letters <= limit:
            return size
    return "xs"


def breakable_url(url: str) -> SafeString:
    """The URL with a break opportunity after each slash, so a long address wraps between its
    parts (never inside the token) without `word-break: break-all`."""
    return mark_safe("/<wbr>".join(escape(part) for part in url.split("/")))  # noqa: S308


def _rosette(points: int = 30, outer: float = 58.0, inner: float = 52.5) -> str:
    """The scalloped edge of the TSC+ seal: a star of `points` tips round (60, 60)."""
    corners = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi * i / points - math.pi / 2
        corners.append(f"{60 + radius * math.cos(angle):.2f},{60 + radius * math.sin(angle):.2f}")
    return " ".join(corners)


# Our own mark of passing, drawn once: the seal on the certificate and the poster is TSC+'s,
# never a government emblem the platform is not entitled to print.
SEAL_ROSETTE = _rosette()


def certificate_pdf(
    certificate: Certificate, *, poster: bool = False, language: str = "th"
) -> bytes:
    """The certificate (A4) or door poster (A5). A certificate that is not in force (suspended,
    revoked, expired) is not printed: a clean copy would show a standing the place has lost."""
    if not certificate.in_force:
        raise ValidationError(
            _(
                "This certificate's status is “%(status)s”, so it can no longer be printed. "
                "Its verification page shows its standing."
            ),
            params={"status": certificate.live_status_label},
            code="not_in_force",
        )
    url = verify_url(certificate)
    with translation.override(language):
        return render_pdf(
            "assessments/certificate_poster.html" if poster else "assessments/certificate_pdf.html",
            {
                "certificate": certificate,
                "place": certificate.establishment,
                "version": certificate.version,
                "qr": qr_svg_data_uri(url),
                "verify_url": breakable_url(url),
                "name_size": name_size(certificate.establishment.name_th),
                "seal_rosette": SEAL_ROSETTE,
            },
        )
