"""People Voice in the API: rate a place, read its summary, file and follow a complaint, report a
QR code the registry does not know; the operator's replies and the officers' work. Public writes
are throttled per client and use the same services and rules as the pages.

One module per resource; this package names the views that `api_urls` routes to."""

from tscplus.voice.api.qr_reports import QrReportCreateView
from tscplus.voice.api.ratings_complaints import (
    ComplaintCreateView,
    ComplaintStatusView,
    ComplaintTakeView,
    ComplaintTrackView,
    ModerateView,
    ModerationQueueView,
    OfficerComplaintListView,
    OfficerComplaintView,
    RatingsView,
    ReplyView,
)

__all__ = [
    "ComplaintCreateView",
    "ComplaintStatusView",
    "ComplaintTakeView",
    "ComplaintTrackView",
    "ModerateView",
    "ModerationQueueView",
    "OfficerComplaintListView",
    "OfficerComplaintView",
    "QrReportCreateView",
    "RatingsView",
    "ReplyView",
]
