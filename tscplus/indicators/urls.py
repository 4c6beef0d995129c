from django.urls import path

from tscplus.indicators import views

app_name = "indicators"

urlpatterns = [
    path("indicators/", views.home, name="home"),
    path("indicators/on-time/", views.on_time, name="on_time"),
    path("indicators/<int:pk>/", views.indicator, name="indicator"),
    path("indicators/<int:pk>/progress/", views.progress, name="progress"),
    path("indicators/steps/<int:pk>/", views.step_update, name="step"),
    path("indicators/evidence/<int:pk>/", views.evidence_file, name="evidence"),
    path("indicators/reports/<int:pk>/", views.report_manage, name="report"),
    path("reports/", views.public_list, name="public_list"),
    path("reports/<int:pk>/", views.public_report, name="public_report"),
    path("reports/<int:pk>/<str:fmt>", views.public_file, name="public_file"),
]
