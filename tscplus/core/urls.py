from django.urls import path

from tscplus.core import views

app_name = "core"

urlpatterns = [
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("areas/", views.area_lookup, name="area_lookup"),
    path("my/notifications/", views.notifications, name="notifications"),
    path("areas/options/", views.address_options, name="address_options"),
    path("offline/", views.offline, name="offline"),
    path("offline/verify/", views.offline_verify, name="offline_verify"),
    path("sync/", views.sync, name="sync"),
]
