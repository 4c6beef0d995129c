from django.urls import path

from tscplus.knowledge import api

urlpatterns = [
    path("knowledge/topics/", api.TopicListView.as_view(), name="api-knowledge-topics"),
    path("knowledge/search/", api.SearchView.as_view(), name="api-knowledge-search"),
    path("knowledge/suggest/", api.SuggestView.as_view(), name="api-knowledge-suggest"),
    path("knowledge/synonyms/", api.SynonymListView.as_view(), name="api-knowledge-synonyms"),
    path(
        "knowledge/synonyms/<int:pk>/",
        api.SynonymView.as_view(),
        name="api-knowledge-synonym",
    ),
    path("knowledge/items/", api.ItemListView.as_view(), name="api-knowledge-items"),
    path("knowledge/items/<int:pk>/", api.ItemView.as_view(), name="api-knowledge-item"),
    path(
        "knowledge/items/<int:pk>/revisions/",
        api.RevisionListView.as_view(),
        name="api-knowledge-revisions",
    ),
    path(
        "knowledge/items/<int:pk>/revisions/<int:number>/",
        api.RevisionDiffView.as_view(),
        name="api-knowledge-revision",
    ),
    path(
        "knowledge/items/<int:pk>/feedback/",
        api.FeedbackView.as_view(),
        name="api-knowledge-feedback",
    ),
    path(
        "knowledge/items/<int:pk>/<str:verb>/",
        api.ItemActionView.as_view(),
        name="api-knowledge-action",
    ),
    path("knowledge/self-check/", api.SelfCheckView.as_view(), name="api-knowledge-self-check"),
    path(
        "knowledge/self-check/summary/",
        api.SelfCheckSummaryView.as_view(),
        name="api-knowledge-self-check-summary",
    ),
]
