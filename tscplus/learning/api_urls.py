from django.urls import path

from tscplus.learning import api

urlpatterns = [
    path("innovations/", api.InnovationListView.as_view(), name="api-innovations"),
    path("inventory/", api.InventoryListView.as_view(), name="api-inventory"),
    path("lessons/", api.LessonListView.as_view(), name="api-lessons"),
]
