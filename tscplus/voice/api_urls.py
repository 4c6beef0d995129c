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
]
