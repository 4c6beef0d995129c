from django.contrib.auth import views as auth_views
from django.urls import path

from tscplus.accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.sign_up, name="sign_up"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("profile/", views.profile, name="profile"),
    path("profile/my-data/", views.data_download, name="data_download"),
    path("profile/delete/", views.account_delete, name="delete"),
    path("profile/tokens/", views.api_tokens, name="api_tokens"),
    path("profile/password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("area-team/", views.area_team, name="area_team"),
    path("privacy/", views.privacy_notice, name="privacy"),
    path("password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
