from django.urls import path

from tscplus.insights import api

urlpatterns = [
    path("dashboard/", api.DashboardView.as_view(), name="api-dashboard"),
    path(
        "dashboard/<str:level>/<str:code>/",
        api.AreaDashboardView.as_view(),
        name="api-dashboard-area",
    ),
    path("open-data/", api.DatasetListView.as_view(), name="api-open-data"),
    path("open-data/lives/", api.LivesView.as_view(), name="api-open-data-lives"),
]
