from django.urls import path

from tscplus.standards import api

urlpatterns = [
    path("standards/", api.StandardListView.as_view(), name="api-standards"),
    path(
        "standard-versions/<int:pk>/", api.VersionDetailView.as_view(), name="api-standard-version"
    ),
]
