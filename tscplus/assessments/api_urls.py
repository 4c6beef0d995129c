from django.urls import path

from tscplus.assessments import api

urlpatterns = [
    path("assessments/", api.AssessmentCreateView.as_view(), name="api-assessment-create"),
    path("assessments/<int:pk>/", api.AssessmentDetailView.as_view(), name="api-assessment"),
    path("assessments/<int:pk>/answers/", api.AnswersView.as_view(), name="api-assessment-answers"),
    path("assessments/<int:pk>/submit/", api.SubmitView.as_view(), name="api-assessment-submit"),
    path("certificates/", api.CertificateListView.as_view(), name="api-certificates"),
    path(
        "certificates/verify/<str:token>", api.VerifyView.as_view(), name="api-certificate-verify"
    ),
    path(
        "certificates/<str:number>/pdf",
        api.CertificatePdfView.as_view(),
        name="api-certificate-pdf",
    ),
]
