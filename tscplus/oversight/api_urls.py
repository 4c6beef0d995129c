from django.urls import path

from tscplus.oversight import api, api_corrections

urlpatterns = [
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
    path("corrections/", api_corrections.CasesView.as_view(), name="api-corrections"),
    path("corrections/<int:pk>/", api_corrections.CaseView.as_view(), name="api-correction"),
    path(
        "corrections/<int:pk>/items/<int:item_pk>/",
        api_corrections.CaseItemAnswerView.as_view(),
        name="api-correction-item",
    ),
    path(
        "corrections/<int:pk>/visit-request/",
        api_corrections.CaseVisitRequestView.as_view(),
        name="api-correction-visit-request",
    ),
    path(
        "corrections/<int:pk>/close/",
        api_corrections.CaseCloseView.as_view(),
        name="api-correction-close",
    ),
]
