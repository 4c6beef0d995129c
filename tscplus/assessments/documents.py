"""Certificate documents: the A4 certificate and the A5 door poster, rendered by WeasyPrint from
HTML templates in Sarabun, with the QR code that opens the live verification page."""

from __future__ import annotations

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from tscplus.assessments.models import Certificate
from tscplus.core.pdf import render_pdf


def verify_url(certificate: Certificate) -> str:
    return f"{settings.SITE_URL}{reverse('verify', args=[certificate.verify_token])}"


def qr_svg_data_uri(url: str) -> str:
    # Error correction M survives a scuffed sticker on a door; a quiet zone of 4 modules, as the
    # standard asks, so phone cameras find it.
    return segno.make(url, error="m").svg_data_uri(scale=8, border=4, dark="#000", light="#fff")


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
                "verify_url": url,
            },
        )
