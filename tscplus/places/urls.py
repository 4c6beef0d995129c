from django.urls import path

from tscplus.places import views

app_name = "places"

urlpatterns = [
    path("places/", views.registry, name="registry"),
    path("places/<str:public_id>/", views.public_detail, name="public_detail"),
    path("my/places/", views.my_places, name="mine"),
    path("my/places/new/", views.register, name="register"),
    path("my/places/<str:public_id>/", views.mine_detail, name="mine_detail"),
    path("my/places/<str:public_id>/edit/", views.edit, name="edit"),
    path("officer/import/", views.import_start, name="import"),
    path("officer/import/<int:pk>/", views.import_job, name="import_job"),
    path("officer/import/<int:pk>/report.csv", views.import_report, name="import_report"),
    path("officer/import/template.<str:kind>", views.import_template, name="import_template"),
]
