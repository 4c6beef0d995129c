from django.urls import path

from tscplus.learning import views

app_name = "learning"

urlpatterns = [
    path("learning/inventory/", views.inventory_page, name="inventory"),
    path("learning/inventory/new/", views.asset_edit, name="asset_new"),
    path("learning/inventory/<int:pk>/edit/", views.asset_edit, name="asset_edit"),
    path("learning/inventory/export.<str:fmt>", views.inventory_export, name="inventory_export"),
    path("learning/innovations/", views.innovations, name="innovations"),
    path("learning/innovations/new/", views.innovation_edit, name="innovation_new"),
    path("learning/innovations/<int:pk>/", views.innovation, name="innovation"),
    path("learning/innovations/<int:pk>/edit/", views.innovation_edit, name="innovation_edit"),
    path("learning/<str:kind>/<int:pk>/delete/", views.delete, name="delete"),
    path("learning/lessons/", views.lessons, name="lessons"),
    path("learning/lessons/new/", views.lesson_new, name="lesson_new"),
    path("learning/lessons/<int:pk>/", views.lesson, name="lesson"),
]
