"""What the public's ratings, complaints and QR code reports share: the client's address kept only
as a keyed hash, the photo, checked and cleaned before it is stored, and the word sent at once to
the officers of the area concerned."""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError

from tscplus.core.notifications import Text, notify
from tscplus.core.photos import photo_clean

if TYPE_CHECKING:
    from tscplus.voice.models import Complaint, ContactDetails, Rating


def client_key(ip: str | None) -> str:
    """A keyed hash of the client address: enough to count abuse, useless to identify anyone.
    A server that gives no address (a unix socket without a trusted proxy) makes every such
    client one ("-"), as the rate limits count them: they share one allowance, and nobody's
    rating or complaint fails for it."""
    text = ip or "-"
    return hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()


def contact_consent_stamp(record: ContactDetails, *, version: str) -> None:
    """Consent stands only beside a contact detail, and names the text that was agreed to."""
    if not record.has_contact:
        record.contact_consent = False
    record.consent_version = version if record.contact_consent else ""


def photo_attach(instance: Rating | Complaint, photo: Any) -> None:
    """Checked last, once everything else is valid, so a refused form leaves no file behind."""
    if not photo:
        return
    try:
        cleaned = photo_clean(photo)
    except ValidationError as exc:
        raise ValidationError({"photo": exc.messages}) from exc
    assert cleaned.name is not None  # photo_clean names its file ("photo.jpg")
    instance.photo.save(cleaned.name, cleaned, save=False)


def area_officers_notify(
    *, province_id: str, district_id: str, title: Text, body: Text, link: str
) -> int:
    """Tell the area officers of this district (of the district itself or of its province) at
    once, in-app and by email; returns how many were told."""
    from tscplus.accounts.selectors import area_officers_of

    officers = list(area_officers_of(province_id=province_id, district_id=district_id))
    for officer in officers:
        notify(user=officer, title=title, body=body, link=link)
    return len(officers)
