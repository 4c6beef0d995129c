from django.urls import path

from tscplus.voice import views

app_name = "voice"

urlpatterns = [
    path("places/<str:public_id>/rate/", views.rate, name="rate"),
    path("places/<str:public_id>/complain/", views.complain, name="complain"),
    path("complaints/track/", views.track, name="track"),
    path("qr-codes/<str:token>/report/", views.qr_report, name="qr_report"),
    path("photos/<str:kind>/<int:pk>/", views.photo, name="photo"),
    path("my/ratings/", views.my_ratings, name="my_ratings"),
    path("my/ratings/<int:pk>/reply/", views.reply, name="reply"),
    path("officer/moderation/", views.moderation_queue, name="moderation"),
    path("officer/complaints/", views.officer_complaints, name="officer_complaints"),
    path("officer/complaints/<int:pk>/", views.officer_complaint, name="officer_complaint"),
    path("officer/qr-reports/", views.officer_qr_reports, name="officer_qr_reports"),
]
