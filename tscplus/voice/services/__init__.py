"""Every write of People Voice: ratings, replies, moderation, complaints and reports of unknown QR
codes. Each is atomic and audited; the web pages, the API and the admin call these and nothing else.

One module per thing the public sends (ratings, complaints, QR code reports) and one for what they
share; this package names every service and limit its callers use, so they import from here."""

from tscplus.voice.services.complaints import (
    COMPLAINT_CONSENT_VERSION,
    COMPLAINT_LIMIT,
    TRACKING_MISS_LIMIT,
    complaint_assign,
    complaint_consent_errors,
    complaint_file,
    complaint_set_status,
)
from tscplus.voice.services.intake import client_key
from tscplus.voice.services.qr_reports import (
    QR_REPORT_CONSENT_VERSION,
    QR_REPORT_LIMIT,
    qr_report_file,
)
from tscplus.voice.services.ratings import (
    RATING_LIMIT,
    REPEAT_HOURS,
    VERIFIED_PER_CLIENT_PER_DAY,
    place_ratings_refresh,
    rating_moderate,
    rating_reply,
    rating_submit,
)

__all__ = [
    "COMPLAINT_CONSENT_VERSION",
    "COMPLAINT_LIMIT",
    "QR_REPORT_CONSENT_VERSION",
    "QR_REPORT_LIMIT",
    "RATING_LIMIT",
    "REPEAT_HOURS",
    "TRACKING_MISS_LIMIT",
    "VERIFIED_PER_CLIENT_PER_DAY",
    "client_key",
    "complaint_assign",
    "complaint_consent_errors",
    "complaint_file",
    "complaint_set_status",
    "place_ratings_refresh",
    "qr_report_file",
    "rating_moderate",
    "rating_reply",
    "rating_submit",
]
