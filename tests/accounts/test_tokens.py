"""Personal API tokens: made and revoked by their owner, limited by their scope, stored as hashes."""

import pytest

from tests.factories import UserFactory
from tscplus.accounts import services
from tscplus.accounts.models import ApiToken
from tscplus.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_read_token_reads_and_cannot_write(client):
    user = UserFactory()
    token, key = services.api_token_create(actor=user, name="สคริปต์รายงาน", scopes=["read"])
    assert key.startswith("tscp_") and token.key_hash != key and key not in token.prefix + "x"
    assert client.get("/api/v1/me/", **bearer(key)).json()["email"] == user.email
    denied = client.patch(
        "/api/v1/me/", {"full_name": "x"}, content_type="application/json", **bearer(key)
    )
    assert denied.status_code == 403 and "อ่านได้อย่างเดียว" in denied.json()["errors"]["detail"]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_write_token_writes(client):
    user = UserFactory()
    _token, key = services.api_token_create(actor=user, name="ระบบจังหวัด", scopes=["write"])
    ok = client.patch(
        "/api/v1/me/", {"full_name": "ชื่อใหม่"}, content_type="application/json", **bearer(key)
    )
    assert ok.status_code == 200 and ok.json()["full_name"] == "ชื่อใหม่"


def test_revoked_unknown_and_malformed_keys_are_401(client):
    user = UserFactory()
    token, key = services.api_token_create(actor=user, name="เก่า", scopes=["read"])
    services.api_token_revoke(actor=user, token=token)
    for header in (f"Bearer {key}", "Bearer tscp_wrong", "Bearer"):
        response = client.get("/api/v1/me/", HTTP_AUTHORIZATION=header)
        assert response.status_code == 401 and "detail" in response.json()["errors"]
    assert {"api_token.created", "api_token.revoked"} <= set(
        AuditEvent.objects.values_list("verb", flat=True)
    )


def test_owner_makes_and_revokes_through_the_api(client):
    user = UserFactory()
    client.force_login(user)
    made = client.post(
        "/api/v1/tokens/", {"name": "cli", "scopes": ["read"]}, content_type="application/json"
    )
    assert made.status_code == 201 and made.json()["key"].startswith("tscp_")
    listed = client.get("/api/v1/tokens/").json()
    assert "key" not in listed[0] and listed[0]["prefix"] == made.json()["key"][:12]
    bad = client.post(
        "/api/v1/tokens/", {"name": "", "scopes": ["admin"]}, content_type="application/json"
    )
    assert bad.status_code == 400 and {"name", "scopes"} <= set(bad.json()["errors"])
    client.force_login(UserFactory())  # someone else: not found
    assert client.delete(f"/api/v1/tokens/{made.json()['id']}/").status_code == 404
    client.force_login(user)
    assert client.delete(f"/api/v1/tokens/{made.json()['id']}/").json()["revoked_at"]
    assert client.get("/api/v1/me/", **bearer(made.json()["key"])).status_code == 401


def test_a_token_cannot_make_another(client):
    _token, key = services.api_token_create(actor=UserFactory(), name="x", scopes=["write"])
    minted = client.post(
        "/api/v1/tokens/",
        {"name": "y", "scopes": ["write"]},
        content_type="application/json",
        **bearer(key),
    )
    assert minted.status_code == 403 and minted.json()["errors"]["detail"]
    assert ApiToken.objects.count() == 1
    # The scheme's case does not matter (RFC 9110).
    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"bearer {key}").status_code == 200


def test_page_shows_the_key_once(client):
    user = UserFactory()
    client.force_login(user)
    page = client.post("/en/accounts/profile/tokens/", {"name": "Excel", "scope": "read"})
    key = page.context["key"]
    assert key in page.content.decode()
    assert key not in client.get("/en/accounts/profile/tokens/").content.decode()
    token = ApiToken.objects.get(user=user)
    assert client.post("/en/accounts/profile/tokens/", {"revoke": "abc"}).status_code == 404
    client.post("/en/accounts/profile/tokens/", {"revoke": token.pk})
    token.refresh_from_db()
    assert token.revoked_at is not None
    empty = client.post("/en/accounts/profile/tokens/", {"name": "", "scope": "read"})
    assert empty.status_code == 400 and "This field is required" in empty.content.decode()


def test_deleting_an_account_revokes_its_tokens():
    user = UserFactory()
    token, _key = services.api_token_create(actor=user, name="x", scopes=["read"])
    services.user_account_delete(user=user, actor=user)
    token.refresh_from_db()
    assert token.revoked_at is not None
