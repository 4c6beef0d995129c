"""The API's common behaviour: one error shape, pagination, schema and docs served locally."""

import re

import pytest
import yaml
from django.urls import reverse

from tests.factories import UserFactory
from tscplus.core.models import AuditEvent

pytestmark = pytest.mark.usefixtures("geo")


def test_malformed_json_body_is_400_with_errors(client):
    client.force_login(UserFactory())
    response = client.patch("/api/v1/me/", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert "detail" in response.json()["errors"]
    assert not AuditEvent.objects.exists()


def test_field_errors_are_named(client):
    user = UserFactory(full_name="เดิม")
    client.force_login(user)
    response = client.patch(
        "/api/v1/me/",
        data={"full_name": "", "preferred_language": "xx"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"full_name", "preferred_language"}
    user.refresh_from_db()
    assert user.full_name == "เดิม"


def test_api_profile_update_goes_through_the_service(client):
    user = UserFactory()
    client.force_login(user)
    response = client.patch(
        "/api/v1/me/", data={"phone": "0899999999"}, content_type="application/json"
    )
    assert response.status_code == 200 and response.json()["phone"] == "0899999999"
    assert AuditEvent.objects.filter(verb="user.profile_updated", actor=user).exists()


def test_unknown_api_path_is_json_404(client, settings):
    settings.DEBUG = False
    response = client.get("/api/v1/does-not-exist/")
    assert response.status_code == 404
    assert response.json() == {"errors": {"detail": "ไม่พบข้อมูล"}}


@pytest.mark.parametrize("debug", [True, False])
def test_api_paths_that_match_nothing_are_json_404_whatever_the_method(client, settings, debug):
    settings.DEBUG = debug
    for method in ("get", "post", "patch", "delete"):
        response = getattr(client, method)("/api/v1/provinces", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 404, method  # never a redirect that drops a body
        assert (
            response.json()["errors"]["hint"]
            == "API addresses end with a slash: /api/v1/provinces/"
        )
    response = client.get("/api/v1/reports/abc/")
    assert response.status_code == 404 and "hint" not in response.json()["errors"]


@pytest.mark.django_db
def test_drf_messages_read_in_thai(client):
    client.force_login(UserFactory())
    thai = {"HTTP_ACCEPT_LANGUAGE": "th"}
    unread = client.get("/api/v1/notifications/?unread=perhaps", **thai).json()["errors"]["unread"]
    assert unread == ["ต้องเป็นค่าจริงหรือเท็จ (true หรือ false)"]
    broken = client.patch("/api/v1/me/", "{oops", content_type="application/json", **thai)
    assert broken.json()["errors"]["detail"].startswith("เนื้อหาที่ส่งมาไม่ใช่ JSON")
    empty = client.patch("/api/v1/me/", "null", content_type="application/json", **thai)
    assert (
        empty.status_code == 400 and empty.json()["errors"]["detail"] == "กรุณาส่งข้อมูลเป็นออบเจ็กต์ JSON"
    )


def test_api_errors_follow_accept_language(client):
    en = client.get("/api/v1/me/", HTTP_ACCEPT_LANGUAGE="en")
    th = client.get("/api/v1/me/", HTTP_ACCEPT_LANGUAGE="th")
    assert en.json()["errors"]["detail"] == "Authentication credentials were not provided."
    assert th.json()["errors"]["detail"] != en.json()["errors"]["detail"]


def test_pagination_params(client):
    body = client.get("/api/v1/provinces/?page_size=10&page=2").json()
    assert body["count"] == 77 and len(body["results"]) == 10 and body["previous"]
    bad = client.get("/api/v1/provinces/?page=99")
    assert bad.status_code == 404 and "detail" in bad.json()["errors"]
    for query in ("page=two", "page=0", "page_size=-5", "page=๒"):
        wrong = client.get(f"/api/v1/provinces/?{query}")
        assert wrong.status_code == 400, query
        assert set(wrong.json()["errors"]) <= {"page", "page_size"}


@pytest.mark.django_db
def test_notifications_read_and_marked_through_the_api(client):
    from tscplus.core.notifications import notify

    user = UserFactory()
    for n in range(3):
        notify(user=user, title=lambda n=n: f"เรื่องที่ {n}", body=lambda: "รายละเอียด")
    assert client.get("/api/v1/notifications/").status_code in (401, 403)
    client.force_login(user)
    body = client.get("/api/v1/notifications/?unread=true").json()
    assert body["count"] == 3 and body["results"][0]["title"] == "เรื่องที่ 2"
    assert client.get("/api/v1/notifications/?unread=sometimes").status_code == 400
    assert client.post("/api/v1/notifications/read/").json() == {"marked": 3}
    assert client.get("/api/v1/notifications/?unread=true").json()["count"] == 0
    assert client.get("/api/v1/notifications/").json()["count"] == 3
    client.force_login(UserFactory())
    assert client.get("/api/v1/notifications/").json()["count"] == 0  # only your own


@pytest.mark.django_db
def test_notification_links_follow_the_page_language(client):
    from tscplus.core.notifications import notify

    user = UserFactory()
    notify(user=user, title=lambda: "มีเรื่องร้องเรียน", body=lambda: "-", link="/my/places/")
    notify(user=user, title=lambda: "ใบรับรอง", body=lambda: "-", link="https://example.org/x")
    # Written from an English page: stored in the one form, so a Thai reader stays in Thai.
    notify(user=user, title=lambda: "คำตอบ", body=lambda: "-", link="/en/my/ratings/#rating-5")
    client.force_login(user)
    english = client.get("/en/my/notifications/").content.decode()
    assert 'href="/en/my/places/"' in english and 'href="https://example.org/x"' in english
    thai = client.get("/my/notifications/").content.decode()
    assert 'href="/my/places/"' in thai and 'href="/my/ratings/#rating-5"' in thai
    assert 'href="/en/my/ratings/#rating-5"' in english


@pytest.mark.django_db
def test_my_data_and_deleting_my_account_through_the_api(client):
    from tscplus.accounts.models import User

    user = UserFactory(full_name="ผู้ใช้ทดสอบ")
    user.set_password("รหัสผ่านยาว-12345")
    user.save()
    client.force_login(user)
    from tests.factories import establishment
    from tscplus.core.notifications import notify

    establishment(user, name_th="ร้านของฉัน")
    notify(user=user, title=lambda: "แจ้งเตือนของฉัน", body=lambda: "")
    data = client.get("/api/v1/me/data/").json()
    assert data["account"]["full_name"] == "ผู้ใช้ทดสอบ"
    assert data["places_owned"][0]["name_th"] == "ร้านของฉัน"
    assert data["notifications"][0]["title"] == "แจ้งเตือนของฉัน"
    assert {
        "api_tokens",
        "lessons",
        "lesson_comments",
        "innovations",
        "knowledge_items",
        "assessments_started",
        "indicator_progress",
    } <= set(data)
    wrong = client.post("/api/v1/me/delete/", {"password": "nope"}, content_type="application/json")
    assert wrong.status_code == 400 and "password" in wrong.json()["errors"]
    assert User.objects.get(pk=user.pk).full_name == "ผู้ใช้ทดสอบ"
    gone = client.post(
        "/api/v1/me/delete/", {"password": "รหัสผ่านยาว-12345"}, content_type="application/json"
    )
    assert gone.status_code == 204
    assert not User.objects.filter(pk=user.pk, full_name="ผู้ใช้ทดสอบ").exists()


def test_throttling_answers_429_with_the_error_shape(client, settings):
    rf = settings.REST_FRAMEWORK
    settings.REST_FRAMEWORK = {
        **rf,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "2/minute"},
    }
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    api_settings.reload()
    SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        # A client that invents X-Forwarded-For addresses is still one client.
        codes = [
            client.get("/api/v1/regions/", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
            for n in range(3)
        ]
        assert codes == [200, 200, 429]
        limited = client.get("/api/v1/regions/", HTTP_ACCEPT_LANGUAGE="th")
        assert limited.json()["errors"]["detail"].startswith("คำขอมากเกินไป กรุณาลองใหม่ในอีก")
        assert int(limited["Retry-After"]) >= 1
    finally:
        settings.REST_FRAMEWORK = rf
        api_settings.reload()
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def test_schema_is_openapi_3_and_lists_the_endpoints(client):
    response = client.get("/api/schema/")
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    for path in [
        "/api/v1/provinces/",
        "/api/v1/regions/",
        "/api/v1/provinces/{code}/districts/",
        "/api/v1/districts/{code}/subdistricts/",
        "/api/v1/me/",
        "/api/v1/memberships/",
    ]:
        assert path in schema["paths"], path


def test_schema_validates(client):
    from openapi_spec_validator import validate

    validate(yaml.safe_load(client.get("/api/schema/").content))


def test_every_operation_has_a_summary_and_every_write_an_example(client):
    schema = yaml.safe_load(client.get("/api/schema/").content)
    missing = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if not operation.get("summary"):
                missing.append((method, path, "summary"))
            content = operation.get("requestBody", {}).get("content", {})
            if content and not any("examples" in body for body in content.values()):
                missing.append((method, path, "example"))
    assert missing == []


def test_docs_use_local_assets_only(client):
    html = client.get(reverse("api-docs")).content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    # Every script and style the page loads comes from this site. (Looking for the
    # letters "cdn" anywhere would trip over a random CSRF token now and then.)
    sources = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert sources
    assert [s for s in sources if "//" in s or "cdn" in s.lower()] == []
    assert "https://" not in html and "http://" not in html


@pytest.mark.django_db
def test_api_reads_have_an_etag_and_answer_304_when_unchanged(client):
    first = client.get("/api/v1/knowledge/topics/")
    etag = first["ETag"]
    assert first.status_code == 200 and etag
    again = client.get("/api/v1/knowledge/topics/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert client.get("/api/v1/knowledge/topics/", HTTP_IF_NONE_MATCH='"other"').status_code == 200
