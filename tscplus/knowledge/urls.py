from django.urls import path

from tscplus.knowledge import views

app_name = "knowledge"

urlpatterns = [
    path("knowledge/", views.hub, name="hub"),
    path("knowledge/search/", views.search, name="search"),
    path("knowledge/suggest/", views.suggest, name="suggest"),
    path("knowledge/for/<str:audience>/", views.door, name="door"),
    path("knowledge/topics/<slug:code>/", views.topic, name="topic"),
    path("knowledge/<int:pk>/", views.item_detail, name="item"),
    path("knowledge/<int:pk>/feedback/", views.item_feedback, name="feedback"),
    path("knowledge/<int:pk>/file/<str:which>/", views.item_file, name="file"),
    path("knowledge/self-check/", views.self_check, name="self_check"),
    path("knowledge/self-check/result/", views.self_check_result, name="self_check_result"),
    path("knowledge/editor/", views.editor, name="editor"),
    path("knowledge/editor/new/", views.item_new, name="new"),
    path("knowledge/editor/synonyms/", views.synonyms, name="synonyms"),
    path("knowledge/editor/synonyms/<int:pk>/", views.synonym_edit, name="synonym"),
    path(
        "knowledge/editor/synonyms/<int:pk>/delete/",
        views.synonym_delete,
        name="synonym_delete",
    ),
    path("knowledge/editor/<int:pk>/", views.manage, name="manage"),
    path("knowledge/editor/<int:pk>/edit/", views.item_edit, name="edit"),
    path("knowledge/editor/<int:pk>/<str:verb>/", views.action, name="action"),
    path("knowledge/editor/<int:pk>/revisions/<int:number>/", views.revision_diff, name="diff"),
]
