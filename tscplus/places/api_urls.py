from django.urls import path

from tscplus.places import api

urlpatterns = [
    path("categories/", api.CategoryListView.as_view(), name="api-categories"),
    path("registry/", api.RegistryView.as_view(), name="api-registry"),
    path("establishments/", api.EstablishmentListView.as_view(), name="api-establishments"),
    path("imports/", api.ImportCreateView.as_view(), name="api-imports"),
    path("imports/<int:pk>/", api.ImportJobView.as_view(), name="api-import"),
    path(
        "establishments/<str:public_id>/",
        api.EstablishmentDetailView.as_view(),
        name="api-establishment",
    ),
]
