from django.urls import path

from tscplus.voice import api

urlpatterns = [
    path("establishments/<str:public_id>/ratings/", api.RatingsView.as_view(), name="api-ratings"),
    path(
        "establishments/<str:public_id>/complaints/",
        api.ComplaintCreateView.as_view(),
        name="api-complaint-create",
    ),
    path(
        "complaints/track/<str:code>/", api.ComplaintTrackView.as_view(), name="api-complaint-track"
    ),
    path(
        "qr-codes/<str:token>/reports/",
        api.QrReportCreateView.as_view(),
        name="api-qr-report-create",
    ),
    path("ratings/<int:pk>/reply/", api.ReplyView.as_view(), name="api-rating-reply"),
    path("moderation/", api.ModerationQueueView.as_view(), name="api-moderation"),
    path("moderation/<int:pk>/", api.ModerateView.as_view(), name="api-moderate"),
    path("complaints/", api.OfficerComplaintListView.as_view(), name="api-complaints"),
    path("complaints/<int:pk>/", api.OfficerComplaintView.as_view(), name="api-complaint"),
    path("complaints/<int:pk>/take/", api.ComplaintTakeView.as_view(), name="api-complaint-take"),
    path(
        "complaints/<int:pk>/status/",
        api.ComplaintStatusView.as_view(),
        name="api-complaint-status",
    ),
]
