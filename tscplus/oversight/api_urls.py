from django.urls import path

from tscplus.oversight import api, api_public

urlpatterns = [
    path(
        "places/<str:public_id>/inspections/",
        api_public.PublicRecordView.as_view(),
        name="api-place-record",
    ),
    path("oversight/queue/", api.QueueView.as_view(), name="api-risk-queue"),
    path("inspections/", api.InspectionsView.as_view(), name="api-inspections"),
    path("exports/<str:dataset>.csv", api.ExportView.as_view(), name="api-export"),
    path(
        "inspections/<int:pk>/start/",
        api.InspectionStartView.as_view(),
        name="api-inspection-start",
    ),
    path(
        "inspections/<int:pk>/decide/",
        api.InspectionDecideView.as_view(),
        name="api-inspection-decide",
    ),
]
