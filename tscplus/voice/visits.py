"""The "visited" token: scanning a certificate's QR code opens a rating form that carries this
token, signed and good for VISIT_TOKEN_SECONDS, so the rating counts as a verified visit."""

from __future__ import annotations

from django.conf import settings
from django.core import signing

SALT = "tscplus.voice.visit"


def visit_token(public_id: str) -> str:
    return signing.TimestampSigner(salt=SALT).sign(public_id)


def visit_token_valid(token: str, public_id: str) -> bool:
    if not token:
        return False
    try:
        signer = signing.TimestampSigner(salt=SALT)
        return signer.unsign(token, max_age=settings.VISIT_TOKEN_SECONDS) == public_id
    except signing.BadSignature:
        return False
