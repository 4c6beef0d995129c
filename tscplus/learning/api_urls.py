from django.urls import path

from tscplus.learning import api

urlpatterns = [
    path("innovations/", api.InnovationListView.as_view(), name="api-innovations"),
    path("innovations/<int:pk>/", api.InnovationView.as_view(), name="api-innovation"),
    path("inventory/", api.InventoryListView.as_view(), name="api-inventory"),
    path("inventory/<int:pk>/", api.InventoryEntryView.as_view(), name="api-inventory-entry"),
    path("lessons/", api.LessonListView.as_view(), name="api-lessons"),
    path("lessons/<int:pk>/", api.LessonView.as_view(), name="api-lesson"),
    path("lessons/<int:pk>/comments/", api.LessonCommentView.as_view(), name="api-lesson-comments"),
]
