from django.urls import path

from tscplus.oversight.views import appeals, corrections, field
from tscplus.oversight.views import officer as views

app_name = "oversight"

urlpatterns = [
    path("officer/queue/", views.queue, name="queue"),
    path("officer/inspections/", views.inspections, name="inspections"),
    path("officer/field/", field.field, name="field"),
    path("officer/inspections/<int:pk>/", views.inspection, name="inspection"),
    path("officer/places/<str:public_id>/inspect/", views.inspection_plan, name="plan"),
    path("officer/export/", views.export_page, name="exports"),
    path("officer/export/<str:dataset>.<str:fmt>", views.export_download, name="export"),
    path("officer/export/jobs/<int:pk>/", views.export_job, name="export_job"),
    path("officer/appeals/", appeals.officer_appeals, name="appeals"),
    path("officer/replies/<int:pk>/moderate/", appeals.reply_moderate, name="reply_moderate"),
    path("appeals/<int:pk>/", appeals.appeal, name="appeal"),
    path("appeals/<int:pk>/evidence/", appeals.appeal_evidence, name="appeal_evidence"),
    path("my/inspections/<int:pk>/appeal/", appeals.appeal_new, name="appeal_new"),
    path("my/inspections/<int:pk>/reply/", appeals.reply, name="reply"),
    path("officer/corrections/", corrections.cases, name="cases"),
    path("officer/corrections/<int:pk>/", corrections.case, name="case"),
    path("my/corrections/<int:pk>/", corrections.case_mine, name="case_mine"),
    path("corrections/evidence/<int:pk>/", corrections.evidence, name="case_evidence"),
]
