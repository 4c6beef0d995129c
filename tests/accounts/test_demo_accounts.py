"""Demo accounts (published password) never log in while DEBUG is off, by any path, and
`check --deploy` fails while one exists."""

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import RequestFactory

from tscplus.accounts import demo, services
from tscplus.accounts.checks import demo_accounts_absent
from tscplus.accounts.models import User

pytestmark = pytest.mark.usefixtures("geo")

ADMIN = "admin@demo.tscplus.test"
LOGIN = {"username": ADMIN, "password": demo.DEMO_PASSWORD}


@pytest.fixture
def demo_accounts(settings):
    settings.DEBUG = True  # as `tscplus demo` made them, on a development copy
    demo.load()
    settings.DEBUG = False
    return User.objects.filter(demo.demo_emails_q())


def test_the_login_page_refuses_them_with_debug_off_and_says_why(client, demo_accounts):
    response = client.post("/en/accounts/login/", LOGIN)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "work only on a development copy" in response.content.decode()
    # Whatever the spelling of the address.
    response = client.post("/accounts/login/", {**LOGIN, "username": " Admin@DEMO.tscplus.test "})
    assert "_auth_user_id" not in client.session
    assert "ใช้ได้เฉพาะ" in response.content.decode()


def test_they_log_in_while_debug_is_on(client, demo_accounts, settings):
    settings.DEBUG = True
    response = client.post("/en/accounts/login/", LOGIN)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email=ADMIN).pk)


def test_the_admin_login_and_authenticate_refuse_them(client, demo_accounts):
    assert authenticate(RequestFactory().post("/"), **LOGIN) is None
    client.post("/admin/login/", LOGIN)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # to the log-in page


def test_a_session_opened_with_debug_on_ends_when_it_is_off(client, demo_accounts, settings):
    settings.DEBUG = True
    client.post("/en/accounts/login/", LOGIN)
    assert client.get("/en/accounts/profile/").status_code == 200
    settings.DEBUG = False
    assert client.get("/en/accounts/profile/").status_code == 302
    assert client.get("/api/v1/me/").status_code in (401, 403)


def test_a_token_made_with_debug_on_is_refused_and_none_can_be_made(
    demo_accounts, client, settings
):
    admin = User.objects.get(email=ADMIN)
    with pytest.raises(ValidationError):
        services.api_token_create(actor=admin, name="script", scopes=["read"])
    settings.DEBUG = True
    _token, key = services.api_token_create(actor=admin, name="script", scopes=["read"])
    settings.DEBUG = False
    response = client.get(
        "/api/v1/me/", HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 401
    assert "development copy" in response.json()["errors"]["detail"]


def test_nobody_signs_up_with_the_demo_domain(client, settings):
    settings.DEBUG = False
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "me@demo.tscplus.test",
            "full_name": "ผู้ใช้",
            "password1": "a-Str0ng-passphrase",
            "password2": "a-Str0ng-passphrase",
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert "kept for the demo accounts" in response.content.decode()
    assert not User.objects.filter(email="me@demo.tscplus.test").exists()


def test_check_deploy_fails_while_one_exists_and_passes_once_erased(demo_accounts, capsys):
    [error] = demo_accounts_absent()
    assert error.id == "accounts.E001" and error.is_serious()
    assert ADMIN in error.msg and "tscplus demo --erase" in error.hint
    with pytest.raises(SystemCheckError, match=r"accounts\.E001"):
        call_command("check", "--deploy", "--tag", "security")
    call_command("demo", "--erase")  # allowed with DEBUG off
    assert ADMIN in capsys.readouterr().out
    assert not demo_accounts.exists()
    assert demo_accounts_absent() == []
    erased = User.objects.filter(email__startswith="deleted-", deleted_at__isnull=False)
    assert erased.count() == len(demo.DEMO_USERS) and not erased.filter(is_active=True).exists()


def test_other_accounts_are_untouched(settings):
    from tests.factories import PASSWORD, UserFactory

    settings.DEBUG = False
    user = UserFactory(email="someone@tscplus.test.example.org")
    assert authenticate(RequestFactory().post("/"), username=user.email, password=PASSWORD) == user
    assert demo_accounts_absent() == []
