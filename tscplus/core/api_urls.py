from django.urls import path

from tscplus.core import api

urlpatterns = [
    path("regions/", api.RegionListView.as_view(), name="api-regions"),
    path("provinces/", api.ProvinceListView.as_view(), name="api-provinces"),
    path("provinces/<str:code>/districts/", api.DistrictListView.as_view(), name="api-districts"),
    path(
        "districts/<str:code>/subdistricts/",
        api.SubdistrictListView.as_view(),
        name="api-subdistricts",
    ),
    path("notifications/", api.NotificationListView.as_view(), name="api-notifications"),
    path("notifications/read/", api.NotificationReadView.as_view(), name="api-notifications-read"),
]
