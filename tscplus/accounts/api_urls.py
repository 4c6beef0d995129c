from django.urls import path

from tscplus.accounts import api

urlpatterns = [
    path("me/", api.MeView.as_view(), name="api-me"),
    path("me/data/", api.MyDataView.as_view(), name="api-me-data"),
    path("me/delete/", api.AccountDeleteView.as_view(), name="api-me-delete"),
    path("memberships/", api.MembershipListView.as_view(), name="api-memberships"),
    path("tokens/", api.ApiTokenListView.as_view(), name="api-tokens"),
    path("tokens/<int:pk>/", api.ApiTokenView.as_view(), name="api-token"),
]
