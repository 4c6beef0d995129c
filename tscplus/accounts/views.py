"""Account pages: thin; forms validate, services write, selectors read."""

from __future__ import annotations

import datetime
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tscplus.accounts import forms, selectors, services
from tscplus.accounts.choices import AREA_SCOPED_ROLES
from tscplus.accounts.landing import landing_url
from tscplus.accounts.permissions import staff_page_or_login
from tscplus.core.design import examples
from tscplus.core.language import reader_language
from tscplus.core.middleware import client_ip
from tscplus.core.ratelimit import RateLimit


@require_http_methods(["GET", "POST"])
def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = forms.SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save(language=reader_language())
        login(request, user, backend="tscplus.accounts.backends.AccountBackend")
        messages.success(request, _("Welcome! Your account has been created."))
        return redirect("accounts:profile")
    return render(request, "accounts/sign_up.html", {"form": form})


class LoginView(auth_views.LoginView):
    form_class = forms.LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        """Without a `next` page, each person lands on their work (`accounts/landing.py`)."""
        user = self.request.user
        if user.is_authenticated:
            return landing_url(user)
        return super().get_default_redirect_url()

    def form_valid(self, form):
        """After log-in, continue in the person's preferred language."""
        response = super().form_valid(form)
        language = form.get_user().preferred_language
        response["Location"] = translate_url(response["Location"], language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            samesite="Lax",
            max_age=365 * 24 * 3600,
        )
        return response


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    form = forms.ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save(actor=request.user)
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "memberships": request.user.memberships.filter(ended_at__isnull=True)},
    )


@login_required
@require_POST
def data_download(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    data = services.user_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="tscplus-my-data.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    form = forms.DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_account_delete(user=request.user, actor=request.user)
        logout(request)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("home")
    return render(request, "accounts/delete.html", {"form": form})


@login_required
@require_http_methods(["GET"])
def area_team(request: HttpRequest) -> HttpResponse:
    """Officers: the people who hold roles in their area."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    if not request.user.has_role(*AREA_SCOPED_ROLES):
        raise Http404
    members = selectors.membership_list_visible_to(request.user)
    return render(request, "accounts/area_team.html", {"memberships": members})


def design_system(request: HttpRequest) -> HttpResponse:
    """The design system's components, each in Thai and in English (staff only: it shows sample
    people and places, and it is a tool for those who build and check pages)."""
    if (refused := staff_page_or_login(request)) is not None:
        return refused
    return render(request, "core/design.html", {"examples": examples()})


def privacy_notice(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/privacy.html",
        {"notice_date": datetime.date.fromisoformat(settings.PRIVACY_NOTICE_VERSION)},
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Reset links: at most RESETS_PER_HOUR to one address and to one client an hour. Past that
    the page still says "sent" (it never tells whether an account exists) but nothing is sent,
    so the form cannot be used to flood a mailbox."""

    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    RESETS_PER_HOUR = 3
    BY_ADDRESS = RateLimit(scope="reset-email", limit=RESETS_PER_HOUR, seconds=3600)
    BY_CLIENT = RateLimit(scope="reset-client", limit=RESETS_PER_HOUR, seconds=3600)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        # The client is counted only when the address is within its limit, as before.
        if self.BY_ADDRESS.wait(email) or self.BY_CLIENT.wait(client_ip(self.request)):
            return redirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = forms.SetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = forms.PasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        had_tokens = form.user.api_tokens.filter(revoked_at__isnull=True).exists()
        if had_tokens:  # the service revokes them with the old password
            messages.success(
                self.request,
                _(
                    "Your password has been changed, and your API tokens "
                    "were revoked: make new ones if you need them."
                ),
            )
        else:
            messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
    """Personal API tokens: make one (its key is shown once), see when each was used, revoke."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    from django.core.exceptions import ValidationError

    from tscplus.accounts.tokens import SCOPES
    from tscplus.core.forms import form_add_service_errors

    form = forms.ApiTokenForm(request.POST or None)
    key = None
    status = 200
    if request.method == "POST" and request.POST.get("revoke"):
        revoke = request.POST["revoke"]
        token = request.user.api_tokens.filter(pk=revoke).first() if revoke.isdigit() else None
        if token is None:
            raise Http404
        services.api_token_revoke(actor=request.user, token=token)
        messages.success(request, _("The token was revoked: it no longer works."))
        return redirect("accounts:api_tokens")
    if request.method == "POST":
        if form.is_valid():
            try:
                _token, key = services.api_token_create(
                    actor=request.user,
                    name=form.cleaned_data["name"],
                    scopes=[form.cleaned_data["scope"]],
                )
            except ValidationError as exc:
                form_add_service_errors(form, exc)
            else:
                form = forms.ApiTokenForm()
        status = 200 if key else 400
    return render(
        request,
        "accounts/api_tokens.html",
        {
            "form": form,
            "key": key,
            "tokens": request.user.api_tokens.all(),
            "scopes": SCOPES,
        },
        status=status,
    )
