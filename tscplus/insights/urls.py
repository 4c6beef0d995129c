from django.urls import path

from tscplus.insights import views

app_name = "insights"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/<str:level>/<str:code>/", views.area, name="area"),
    path("officer/dashboard/", views.officer_home, name="officer_home"),
    path("open-data/", views.open_data, name="open_data"),
    path("open-data/lives/", views.lives_page, name="lives"),
    path("open-data/lives/lives.zip", views.lives_zip, name="lives_zip"),
    path("open-data/lives/<str:name>.csv", views.lives_file, name="lives_file"),
    path("open-data/<slug:slug>/", views.dataset_page, name="dataset_page"),
    path("open-data/<slug:slug>.<str:fmt>", views.dataset_file, name="dataset"),
]
