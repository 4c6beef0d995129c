from django.urls import path

from tscplus.voice import views

app_name = "voice"

urlpatterns = [
    path("places/<str:public_id>/rate/", views.rate, name="rate"),
    path("places/<str:public_id>/complain/", views.complain, name="complain"),
    path("complaints/track/", views.track, name="track"),
]
