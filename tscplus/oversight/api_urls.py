from django.urls import path

from tscplus.core.idempotency import idempotent_required
from tscplus.oversight import api, api_appeals, api_corrections, api_field, api_public

urlpatterns = [
    path(
        "places/<str:public_id>/inspections/",
        api_public.PublicRecordView.as_view(),
        name="api-place-record",
    ),
    path("field/visits/", api_field.FieldVisitsView.as_view(), name="api-field-visits"),
    path("field/visits/<int:pk>/kit/", api_field.FieldKitView.as_view(), name="api-field-kit"),
    path(
        "field/visits/<int:pk>/record/",
        idempotent_required(api_field.FieldRecordView.as_view()),
        name="api-field-record",
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
    path(
        "inspections/<int:pk>/appeal/",
        api_appeals.AppealFileView.as_view(),
        name="api-inspection-appeal",
    ),
    path(
        "inspections/<int:pk>/reply/",
        api_appeals.ReplyView.as_view(),
        name="api-inspection-reply",
    ),
    path("appeals/", api_appeals.AppealsView.as_view(), name="api-appeals"),
    path("appeals/<int:pk>/", api_appeals.AppealView.as_view(), name="api-appeal"),
    path(
        "appeals/<int:pk>/decide/",
        api_appeals.AppealDecideView.as_view(),
        name="api-appeal-decide",
    ),
    path(
        "inspection-replies/<int:pk>/moderate/",
        api_appeals.ReplyModerateView.as_view(),
        name="api-inspection-reply-moderate",
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
