"""Forms of the accounts pages; they validate, the services write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from tscplus.accounts import services
from tscplus.accounts.demo import DEMO_REFUSED, demo_login_refused
from tscplus.accounts.models import User


class SignUpForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=254)
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only digits, not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree to my data being used as it describes."),
        required=True,
        error_messages={"required": _("Please accept the privacy notice to create an account.")},
    )

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if demo_login_refused(email):
            raise forms.ValidationError(_("This address is kept for the demo accounts."))
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords do not match."))
        elif p1:
            candidate = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(p1, candidate)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned

    def save(self, *, language: str) -> User:
        return services.user_sign_up(
            email=self.cleaned_data["email"],
            full_name=self.cleaned_data["full_name"],
            password=self.cleaned_data["password1"],
            preferred_language=language,
            notice_version=settings.PRIVACY_NOTICE_VERSION,
        )


class LoginForm(auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label=_("Email"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _("The email or password is not correct. Please try again."),
        "inactive": _("This account is not active."),
    }

    def clean(self) -> dict[str, Any]:
        # Said plainly: demo accounts are public knowledge, and their password is not the problem.
        if demo_login_refused(self.data.get("username", "")):
            raise forms.ValidationError(DEMO_REFUSED, code="demo")
        return super().clean()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "phone", "preferred_language"]

    def save(self, *, actor: User) -> User:  # type: ignore[override]
        return services.user_profile_update(user=self.instance, actor=actor, **self.cleaned_data)


class SetPasswordForm(auth_forms.SetPasswordForm):
    """The password-reset form, writing through the service so the change is audited."""

    def save(self, commit: bool = True) -> User:
        return services.user_password_set(
            user=self.user, actor=None, password=self.cleaned_data["new_password1"], reason="reset"
        )


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    def save(self, commit: bool = True) -> User:
        return services.user_password_set(
            user=self.user,
            actor=self.user,
            password=self.cleaned_data["new_password1"],
            reason="changed",
        )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What will use it, e.g. the province's reporting script."),
    )
    scope = forms.ChoiceField(
        label=_("Scope"),
        widget=forms.RadioSelect,
        initial="read",
        choices=[("read", _("Read only")), ("write", _("Read and write"))],
    )
