"""Account pages: sign-up, log-in, lockout, profile, password reset, PDPA rights."""

import json
import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory
from tscplus.accounts import services
from tscplus.accounts.models import ConsentRecord, User
from tscplus.core.models import AuditEvent

pytestmark = pytest.mark.usefixtures("geo")

SIGN_UP = {
    "email": "new@example.org",
    "full_name": "สมศรี มีสุข",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "consent": "on",
}


class TestSignUp:
    def test_creates_account_and_logs_in(self, client):
        response = client.post(reverse("accounts:sign_up"), SIGN_UP, follow=True)
        assert response.redirect_chain[-1][0] == reverse("accounts:profile")
        assert "สมศรี มีสุข" in response.content.decode()
        user = User.objects.get(email="new@example.org")
        assert ConsentRecord.objects.filter(user=user).count() == 1

    @pytest.mark.parametrize(
        ("change", "field", "th_message", "en_message"),
        [
            ({"email": "not-an-email"}, "email", "อีเมล", "valid email"),
            ({"password1": "123", "password2": "123"}, "password1", "รหัสผ่าน", "too short"),
            ({"password2": "different-Passw0rd"}, "password2", "ไม่ตรงกัน", "do not match"),
            ({"consent": ""}, "consent", "ประกาศความเป็นส่วนตัว", "privacy notice"),
        ],
    )
    def test_bad_input_gets_field_errors_in_the_page_language(
        self, client, change, field, th_message, en_message
    ):
        data = {**SIGN_UP, **change}
        for prefix, message in (("", th_message), ("/en", en_message)):
            response = client.post(f"{prefix}/accounts/signup/", data)
            assert response.status_code == 200
            assert field in response.context["form"].errors
            assert message in " ".join(response.context["form"].errors[field])
            html = response.content.decode()
            assert 'aria-invalid="true"' in html
        assert not User.objects.exists()
        assert not AuditEvent.objects.exists()

    def test_existing_email_is_refused(self, client):
        UserFactory(email="new@example.org")
        response = client.post("/en/accounts/signup/", {**SIGN_UP, "email": "NEW@example.org"})
        assert "already exists" in response.context["form"].errors["email"][0]
        assert User.objects.count() == 1

    def test_kept_values_on_error(self, client):
        response = client.post(reverse("accounts:sign_up"), {**SIGN_UP, "password2": "x"})
        assert 'value="สมศรี มีสุข"' in response.content.decode()


class TestLogin:
    def test_login_by_email(self, client):
        UserFactory(email="a@example.org", full_name="นางสาว เอ")
        response = client.post(
            reverse("accounts:login"),
            {"username": "A@example.org", "password": PASSWORD},
            follow=True,
        )
        assert "นางสาว เอ" in response.content.decode()

    def test_wrong_password_message(self, client):
        UserFactory(email="a@example.org")
        response = client.post(
            "/en/accounts/login/", {"username": "a@example.org", "password": "nope"}
        )
        assert "not correct" in response.content.decode()

    def test_lockout_after_repeated_failures_says_when_to_try_again(self, client, settings):
        UserFactory(email="a@example.org")
        for _ in range(settings.AXES_FAILURE_LIMIT):
            client.post("/en/accounts/login/", {"username": "a@example.org", "password": "bad"})
        response = client.post(
            "/en/accounts/login/", {"username": "a@example.org", "password": PASSWORD}
        )
        html = response.content.decode()
        assert response.status_code == 429
        assert "Too many failed log-ins" in html
        assert re.search(r"try again in 1[45] minutes", html)
        assert "You can try again after" in html
        # Even the right password does not get in while locked, however the address is typed.
        assert "_auth_user_id" not in client.session
        for spelling in ("A@example.org", " a@EXAMPLE.org "):
            response = client.post(
                "/en/accounts/login/", {"username": spelling, "password": PASSWORD}
            )
            assert response.status_code == 429 and "_auth_user_id" not in client.session

    def test_changing_the_case_does_not_give_fresh_tries(self, client, settings):
        UserFactory(email="a@example.org")
        for n in range(settings.AXES_FAILURE_LIMIT):
            spelling = "a@example.org".upper() if n % 2 else f" A@example.org{' ' * n}"
            client.post("/en/accounts/login/", {"username": spelling, "password": "bad"})
        response = client.post(
            "/en/accounts/login/", {"username": "a@example.org", "password": PASSWORD}
        )
        assert response.status_code == 429

    def test_lockout_page_in_thai(self, client, settings):
        UserFactory(email="a@example.org")
        for _ in range(settings.AXES_FAILURE_LIMIT + 1):
            response = client.post(
                reverse("accounts:login"), {"username": "a@example.org", "password": "bad"}
            )
        assert "พ.ศ." not in response.content.decode()  # dates use the Thai style, not a label
        assert re.search(
            r"\d+ (ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.) 25\d\d",
            response.content.decode(),
        )


class TestProfileAndRights:
    def test_profile_requires_login(self, client):
        response = client.get(reverse("accounts:profile"))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_profile_edit(self, client):
        user = UserFactory()
        client.force_login(user)
        client.post(
            reverse("accounts:profile"),
            {"full_name": "ชื่อใหม่", "phone": "021234567", "preferred_language": "en"},
        )
        user.refresh_from_db()
        assert (user.full_name, user.phone, user.preferred_language) == ("ชื่อใหม่", "021234567", "en")

    def test_profile_edit_with_empty_name_keeps_data(self, client):
        user = UserFactory(full_name="เดิม")
        client.force_login(user)
        response = client.post(
            reverse("accounts:profile"), {"full_name": "", "phone": "", "preferred_language": "th"}
        )
        assert "full_name" in response.context["form"].errors
        user.refresh_from_db()
        assert user.full_name == "เดิม"

    def test_download_my_data(self, client):
        user = UserFactory(email="me@example.org")
        client.force_login(user)
        response = client.post(reverse("accounts:data_download"))
        assert response["Content-Disposition"].startswith("attachment")
        assert json.loads(response.content)["account"]["email"] == "me@example.org"

    def test_delete_needs_the_password(self, client):
        user = UserFactory()
        client.force_login(user)
        response = client.post(reverse("accounts:delete"), {"password": "wrong"})
        assert "password" in response.context["form"].errors
        user.refresh_from_db()
        assert user.is_active

    def test_delete_erases_and_logs_out(self, client):
        user = UserFactory(email="bye@example.org")
        client.force_login(user)
        response = client.post(reverse("accounts:delete"), {"password": PASSWORD})
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session
        assert not User.objects.filter(email="bye@example.org").exists()

    def test_password_change(self, client):
        from tscplus.accounts.models import ApiToken

        user = UserFactory()
        services.api_token_create(actor=user, name="Excel", scopes=["read"])
        client.force_login(user)
        client.post(
            reverse("accounts:password_change"),
            {
                "old_password": PASSWORD,
                "new_password1": "An0ther-passphrase",
                "new_password2": "An0ther-passphrase",
            },
        )
        user.refresh_from_db()
        assert user.check_password("An0ther-passphrase")
        assert AuditEvent.objects.filter(verb="user.password_changed").exists()
        # A token made by whoever knew the old password does not outlive it.
        assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()


def test_password_reset_mails_are_limited_without_saying_so(client):
    UserFactory(email="flood@example.org")
    for _ in range(6):
        response = client.post(reverse("accounts:password_reset"), {"email": "Flood@example.org"})
        assert response.status_code == 302  # always "sent"
    assert len(mail.outbox) == 3


def test_password_reset_by_email(client):
    user = UserFactory(email="forgot@example.org")
    client.post(reverse("accounts:password_reset"), {"email": "forgot@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/password-reset/\S+/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    response = client.get(path, follow=True)
    set_url = response.redirect_chain[-1][0]
    client.post(
        set_url, {"new_password1": "Fresh-passphrase-1", "new_password2": "Fresh-passphrase-1"}
    )
    user.refresh_from_db()
    assert user.check_password("Fresh-passphrase-1")
    assert AuditEvent.objects.filter(verb="user.password_reset", object_id=str(user.pk)).exists()


def test_password_reset_for_unknown_email_sends_nothing_and_says_the_same(client):
    response = client.post(
        reverse("accounts:password_reset"), {"email": "nobody@example.org"}, follow=True
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 0


def test_me_api(client):
    user = UserFactory(full_name="ผู้ใช้ API")
    client.force_login(user)
    assert client.get("/api/v1/me/").json()["full_name"] == "ผู้ใช้ API"
