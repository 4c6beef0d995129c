from django.urls import path

from tscplus.indicators import api

urlpatterns = [
    path("reports/", api.ReportListView.as_view(), name="api-reports"),
    path("reports/<int:pk>/", api.ReportView.as_view(), name="api-report"),
    path("indicators/", api.IndicatorListView.as_view(), name="api-indicators"),
    path("indicators/on-time/", api.OnTimeView.as_view(), name="api-indicators-on-time"),
    path("indicators/<int:pk>/", api.IndicatorView.as_view(), name="api-indicator"),
    path(
        "indicators/<int:pk>/progress/<str:month>/",
        api.ProgressView.as_view(),
        name="api-indicator-progress",
    ),
    path("indicators/steps/<int:pk>/", api.StepView.as_view(), name="api-indicator-step"),
    path("indicators/reports/<int:pk>/", api.StaffReportView.as_view(), name="api-staff-report"),
    path(
        "indicators/reports/<int:pk>/<str:verb>/",
        api.ReportActionView.as_view(),
        name="api-report-action",
    ),
]
