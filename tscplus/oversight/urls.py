from django.urls import path

from tscplus.oversight import views

app_name = "oversight"

urlpatterns = [
    path("officer/queue/", views.queue, name="queue"),
]
