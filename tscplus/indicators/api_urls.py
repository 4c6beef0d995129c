from django.urls import path

from tscplus.indicators import api

urlpatterns = [
    path("reports/", api.ReportListView.as_view(), name="api-reports"),
    path("reports/<int:pk>/", api.ReportView.as_view(), name="api-report"),
    path("indicators/", api.IndicatorListView.as_view(), name="api-indicators"),
    path(
        "indicators/<int:pk>/progress/<str:month>/",
        api.ProgressView.as_view(),
        name="api-indicator-progress",
    ),
    path(
        "indicators/reports/<int:pk>/<str:verb>/",
        api.ReportActionView.as_view(),
        name="api-report-action",
    ),
]
