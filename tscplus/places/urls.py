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
]
