"""Answers that hold personal data say `Cache-Control: private, no-store`: everything made for a
signed-in person (session or API token), and the anonymous answers that are personal (a complaint
followed by its code). Public answers to anonymous readers stay cacheable, and the verification
page's own cache never keeps a personal answer."""

import pytest

from tests.factories import UserFactory, certify, establishment, image_upload, member
from tscplus.accounts.choices import Role
from tscplus.accounts.services import api_token_create
from tscplus.assessments.models import Certificate
from tscplus.assessments.verify_cache import verify_page_get
from tscplus.voice import services as voice

pytestmark = pytest.mark.usefixtures("geo")

PRIVATE = "private, no-store"


@pytest.fixture
def world():
    """An officer working a complaint that carries the complainant's phone and a photo."""
    place = establishment()
    officer = member(Role.AREA_OFFICER, province="50")
    complaint = voice.complaint_file(
        establishment=place,
        topic="dirty",
        description="ห้องน้ำสกปรก",
        photo=image_upload(),
        contact_name="สมศรี",
        contact_phone="0812345678",
        consent=True,
        ip="203.0.113.40",
    )
    voice.complaint_assign(actor=officer, complaint=complaint, assignee=officer)
    _token, key = api_token_create(actor=officer, name="script", scopes=["read"])
    return {"place": place, "officer": officer, "complaint": complaint, "key": key}


def personal_pages(world):
    """(method, address) of the pages with personal data, for the officer signed in."""
    pk = world["complaint"].pk
    return [
        ("get", "/accounts/profile/"),
        ("get", "/en/accounts/profile/"),
        ("post", "/accounts/profile/my-data/"),  # the data download
        ("get", "/accounts/profile/tokens/"),
        ("get", "/accounts/profile/delete/"),
        ("get", "/accounts/profile/password/"),
        ("get", "/accounts/area-team/"),
        ("get", "/my/notifications/"),
        ("get", "/my/places/"),
        ("get", "/my/ratings/"),
        ("get", "/officer/complaints/"),
        ("get", f"/officer/complaints/{pk}/"),  # with the complainant's phone
        ("get", f"/photos/complaint/{pk}/"),
        ("get", "/api/v1/me/"),
        ("get", "/api/v1/me/data/"),
        ("get", "/api/v1/tokens/"),
        ("get", "/api/v1/notifications/"),
        ("get", "/api/v1/memberships/"),
        ("get", "/api/v1/complaints/"),
        ("get", f"/api/v1/complaints/{pk}/"),
        # Public pages too, once signed in: the menu names the person.
        ("get", "/"),
        ("get", "/places/"),
    ]


def test_every_personal_page_in_a_session(client, world):
    client.force_login(world["officer"])
    pages = personal_pages(world)
    for method, url in pages:
        response = getattr(client, method)(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == PRIVATE, url
    officer_page = client.get(f"/officer/complaints/{world['complaint'].pk}/")
    assert "0812345678" in officer_page.content.decode()


def test_every_api_answer_to_a_token(client, world):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {world['key']}"}
    for _method, url in personal_pages(world):
        if url.startswith("/api/"):
            response = client.get(url, **headers)
            assert response.status_code == 200, url
            assert response["Cache-Control"] == PRIVATE, url
    detail = client.get(f"/api/v1/complaints/{world['complaint'].pk}/", **headers)
    assert detail.json()["contact"]["phone"] == "0812345678"
    # An unchanged answer (304) says so too.
    etag = detail["ETag"]
    again = client.get(
        f"/api/v1/complaints/{world['complaint'].pk}/", HTTP_IF_NONE_MATCH=etag, **headers
    )
    assert again.status_code == 304 and again["Cache-Control"] == PRIVATE


def test_anonymous_answers_that_are_personal(client, world):
    code = world["complaint"].tracking_code
    for url in (f"/complaints/track/?code={code}", f"/api/v1/complaints/track/{code}/"):
        response = client.get(url)
        assert response.status_code == 200 and response["Cache-Control"] == PRIVATE, url


def test_public_answers_to_anonymous_readers_stay_cacheable(client, world):
    place = world["place"]
    for url in ("/", "/places/", f"/places/{place.public_id}/", "/api/v1/provinces/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" not in response.get("Cache-Control", ""), url


def test_the_verify_page_is_cached_for_everyone_and_names_nobody(client, world):
    certify(world["place"])
    token = Certificate.objects.get().verify_token
    reader = UserFactory()
    client.force_login(reader)
    page = client.get(f"/v/{token}")
    assert page.status_code == 200 and reader.full_name not in page.content.decode()
    client.logout()
    client.cookies.clear()
    assert client.get(f"/v/{token}").status_code == 200
    kept = verify_page_get(token, "th")
    assert kept is not None and "no-store" not in kept.get("Cache-Control", "")


def test_the_verify_cache_never_keeps_an_answer_made_for_someone(rf, world):
    """The two middlewares as settings stack them: a page that looked at its signed-in reader is
    marked private by the inner one, and the outer cache leaves it alone."""
    from django.http import HttpResponse

    from tscplus.assessments.verify_cache import VerifyPageCacheMiddleware
    from tscplus.core.middleware import PersonalAnswerMiddleware

    token = "p" * 43

    def greets_the_reader(request):
        return HttpResponse(f"hello {getattr(request.user, 'full_name', 'visitor')}")

    request = rf.get(f"/v/{token}")
    request.user = world["officer"]
    stack = VerifyPageCacheMiddleware(PersonalAnswerMiddleware(greets_the_reader))
    assert stack(request)["Cache-Control"] == PRIVATE
    assert verify_page_get(token, "th") is None
    # The same page for a reader nobody knows is the same for everyone: kept.
    from django.contrib.auth.models import AnonymousUser

    anonymous = rf.get(f"/v/{token}")
    anonymous.user = AnonymousUser()
    assert "Cache-Control" not in stack(anonymous)
    assert verify_page_get(token, "th") is not None
