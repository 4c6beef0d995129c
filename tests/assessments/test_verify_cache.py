"""The verification page as kept (assessments/verify_cache.py): in the database for its day,
emptied with every change to what it shows, and in each web process for a few seconds."""

import datetime

import pytest
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse

from tscplus.assessments import services
from tscplus.assessments import verify_cache as kept
from tscplus.assessments.models import VerifyPage
from tscplus.core import clock
from tscplus.core.outage import database_watch

pytestmark = pytest.mark.usefixtures("geo")


def row(token, language="th"):
    return VerifyPage.objects.filter(token=token, language=language).first()


def forget_local():
    caches["local"].clear()


def test_a_scan_keeps_the_page_and_a_change_empties_it_in_its_own_transaction(
    client, certificate, django_capture_on_commit_callbacks
):
    url = f"/v/{certificate.verify_token}"
    assert "ใช้ได้" in client.get(url).content.decode()
    kept_row = row(certificate.verify_token)
    assert kept_row.packed is not None and kept_row.day == clock.today()
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_set_status(
            actor=None, certificate=certificate, status="revoked", reason="ปลอมแปลงเอกสาร"
        )
    emptied = row(certificate.verify_token)
    assert emptied.packed is None and emptied.generation == kept_row.generation + 1
    assert row(certificate.verify_token, "en").generation == 1  # made, so no scan can slip in
    assert "เพิกถอน" in client.get(url).content.decode()
    assert row(certificate.verify_token).packed is not None


def test_a_cold_scan_is_one_read_and_the_same_page(client, certificate, django_assert_num_queries):
    url = f"/v/{certificate.verify_token}"
    first = client.get(url)
    forget_local()  # as on another web machine, or after VERIFY_PAGE_LOCAL_SECONDS
    with django_assert_num_queries(1):
        again = client.get(url)
    assert again.content == first.content
    assert dict(again.items()) == dict(first.items())
    with django_assert_num_queries(0):  # the busiest doors: this process's copy
        client.get(url)


def test_a_page_made_before_a_change_is_never_stored_after_it(
    certificate, django_capture_on_commit_callbacks
):
    """A scan reads the kept row (its generation), then the certificate; a suspension commits in
    between; the page the scan made must not land over the change."""
    token = certificate.verify_token
    assert kept.verify_page_put(token, "th", HttpResponse("valid"), None) is True
    read = kept._stored(token, "th", clock.today())
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_set_status(
            actor=None, certificate=certificate, status="suspended", reason="ตรวจพบ"
        )
    assert kept.verify_page_put(token, "th", HttpResponse("valid"), read) is False
    assert row(token, "th").packed is None
    assert caches["local"].get(kept.verify_page_key(token, "th")) is None


def test_with_no_row_yet_a_change_still_stops_the_old_page(certificate):
    token = certificate.verify_token
    assert kept._stored(token, "en", clock.today()) is None  # the scan began: no row
    kept.verify_page_forget(token)  # the change makes one, emptied
    assert kept.verify_page_put(token, "en", HttpResponse("valid"), None) is False
    assert row(token, "en").packed is None


def test_yesterdays_page_is_made_again(client, certificate):
    url = f"/v/{certificate.verify_token}"
    with clock.fixed_at(datetime.date(2026, 12, 6)):
        assert "6 ธ.ค. 2569" in client.get(url).content.decode()
    forget_local()
    with clock.fixed_at(datetime.date(2026, 12, 7)):
        assert "7 ธ.ค. 2569" in client.get(url).content.decode()
        assert row(certificate.verify_token).day == datetime.date(2026, 12, 7)


def test_the_daily_job_makes_the_pages_of_certificates_in_force(
    client, certificate, django_assert_num_queries
):
    assert kept.verify_pages_prepare() == 1
    assert kept.verify_pages_prepare() == 0  # already made today
    stored = row(certificate.verify_token)
    assert stored.packed is not None and row(certificate.verify_token, "en") is None
    forget_local()
    with django_assert_num_queries(1):
        page = client.get(f"/v/{certificate.verify_token}")
    assert page["X-Frame-Options"] == "DENY" and page["Content-Language"] == "th"
    assert certificate.number in page.content.decode()


def test_a_rating_leaves_the_kept_page_as_it_is(client, certificate):
    """The rating on the page is as of when the page was made (the next day's page has the new
    one): emptying the page at each rating would make the busiest door's page again and again,
    and a page that must be made cannot be served while its certificate cannot be read."""
    from tscplus.voice.services import place_ratings_refresh

    client.get(f"/v/{certificate.verify_token}")
    place_ratings_refresh(establishment_ids=[certificate.establishment_id])
    assert row(certificate.verify_token).packed is not None


def test_the_database_away_serves_the_last_page_served_here_else_503(
    client, certificate, monkeypatch, settings
):
    """A failed read of the kept page: the page this process last served (it says when the
    status was read), else 503 with Retry-After, as for every page in an outage."""
    from django.db import OperationalError

    url = f"/v/{certificate.verify_token}"
    served = client.get(url)
    settings.VERIFY_PAGE_LOCAL_SECONDS = 0  # this process's copy is no longer served as fresh

    def away(token, language, today):
        raise OperationalError("connection refused")  # no code: the connection failed

    monkeypatch.setattr(kept, "_stored", away)
    again = client.get(url)
    assert again.status_code == 200 and again.content == served.content
    client.raise_request_exception = False
    try:
        never_served = client.get("/v/" + "t" * 43)
    finally:
        database_watch.succeeded()  # as the next new connection would: the database is back
    assert never_served.status_code == 503 and never_served["Retry-After"]


def test_a_page_not_kept_is_still_served(client, certificate, monkeypatch):
    def fails(*args):
        raise DatabaseError("read-only")

    monkeypatch.setattr(kept, "verify_page_put", fails)
    assert client.get(f"/v/{certificate.verify_token}").status_code == 200


@pytest.mark.django_db
def test_only_pages_the_same_for_everyone_are_kept(rf):
    token = "t" * 43

    def personal(request):
        response = HttpResponse("hello")
        response["Vary"] = "Accept-Language, Cookie"
        return response

    def sets_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("x", "1")
        return response

    for view in (personal, sets_cookie):
        kept.VerifyPageCacheMiddleware(view)(rf.get(f"/v/{token}"))
        assert caches["local"].get(kept.verify_page_key(token, "th")) is None
        assert row(token) is None
    kept.VerifyPageCacheMiddleware(lambda r: HttpResponse("x"))(rf.get("/places/"))
    assert not VerifyPage.objects.exists()


def test_cached_verify_page_is_what_the_whole_stack_made(client, certificate):
    """The second scan is answered from what was kept: same body, same headers (security
    headers and language included), and the other language is kept apart."""
    url = f"/v/{certificate.verify_token}"
    first = client.get(url)
    second = client.get(url)
    assert second.content == first.content
    assert dict(second.items()) == dict(first.items())
    assert second["X-Content-Type-Options"] == "nosniff" and second["X-Frame-Options"] == "DENY"
    english = client.get(url, {"lang": "en"})
    assert "Valid" in english.content.decode() and english.content != first.content
