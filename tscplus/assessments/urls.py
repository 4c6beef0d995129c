from django.urls import path

from tscplus.assessments import views

app_name = "assessments"

urlpatterns = [
    path("my/places/<str:public_id>/assess/", views.start, name="start"),
    path("my/assessments/<int:pk>/step/<int:number>/", views.step, name="step"),
    path("my/assessments/<int:pk>/review/", views.review, name="review"),
    path("my/assessments/<int:pk>/", views.result, name="result"),
    path("my/assessments/<int:pk>/reassess/", views.reassess, name="reassess"),
    path(
        "my/certificates/<str:number>/<str:kind>.pdf", views.certificate_document, name="document"
    ),
]
