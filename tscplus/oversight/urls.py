from django.urls import path

from tscplus.oversight import views

app_name = "oversight"

urlpatterns = [
    path("officer/queue/", views.queue, name="queue"),
    path("officer/inspections/", views.inspections, name="inspections"),
    path("officer/inspections/<int:pk>/", views.inspection, name="inspection"),
    path("officer/places/<str:public_id>/inspect/", views.inspection_plan, name="plan"),
]
