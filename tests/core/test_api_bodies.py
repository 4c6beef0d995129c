"""Request bodies the API refuses answer in its JSON error shape, in the caller's language: nesting
too deep (400), too large (413), too many fields (400); never a 500 or Django's HTML page."""

import json

import pytest
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework import parsers as drf_parsers
from rest_framework.views import APIView

from tests.factories import establishment
from tscplus.core.parsers import MAX_DEPTH, nesting_exceeds
from tscplus.voice.models import Complaint, Rating

pytestmark = pytest.mark.usefixtures("geo")

FIVES = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 5)


@pytest.fixture
def place():
    return establishment()


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


class TestNesting:
    @pytest.mark.parametrize(
        "body",
        ["[" * 50_000, nested(50_000), nested(MAX_DEPTH + 1), '{"comment": ' + nested(200) + "}"],
    )
    def test_public_endpoints_answer_400_in_the_error_shape(self, client, place, body):
        for url in (
            f"/api/v1/establishments/{place.public_id}/ratings/",
            f"/api/v1/establishments/{place.public_id}/complaints/",
        ):
            response = client.post(
                url, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
            )
            assert response.status_code == 400, url
            detail = response.json()["errors"]["detail"]
            if body.count("[") > MAX_DEPTH and body.count("]") == body.count("["):
                assert detail == f"The JSON body nests more than {MAX_DEPTH} levels deep."
        assert not Rating.objects.exists() and not Complaint.objects.exists()

    def test_in_thai_by_default(self, client, place):
        response = client.post(
            f"/api/v1/establishments/{place.public_id}/ratings/",
            nested(1000),
            content_type="application/json",
        )
        assert "ซ้อนกันเกิน 64 ชั้น" in response.json()["errors"]["detail"]

    def test_ordinary_bodies_still_pass(self, client, place):
        response = client.post(
            f"/api/v1/establishments/{place.public_id}/ratings/",
            json.dumps(FIVES),
            content_type="application/json",
        )
        assert response.status_code == 201

    def test_the_bound(self):
        assert not nesting_exceeds(json.loads(nested(MAX_DEPTH)), MAX_DEPTH)
        assert nesting_exceeds(json.loads(nested(MAX_DEPTH + 1)), MAX_DEPTH)
        assert not nesting_exceeds({"a": [1, {"b": [2]}]}, 4)
        assert nesting_exceeds({"a": [1, {"b": [2]}]}, 3)


def test_every_api_view_reads_json_with_the_bounded_parser():
    """A view that lists its parsers must list ours: DRF's own would let deep JSON through."""

    def views(resolver, prefix=""):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from views(pattern, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                cls = getattr(pattern.callback, "cls", None)
                if cls is not None and issubclass(cls, APIView):
                    yield prefix + str(pattern.pattern), cls

    seen = 0
    for path, cls in views(get_resolver()):
        for parser in cls().get_parsers():
            if isinstance(parser, drf_parsers.BaseParser):
                assert type(parser).__module__ == "tscplus.core.parsers", path
                seen += isinstance(parser, drf_parsers.JSONParser)
    assert seen > 20


class TestNul:
    """PostgreSQL refuses NUL in text: a value looked up by a field (a district's code) answered
    500 there. Every parser refuses it first, in the API's error shape and the caller's language."""

    def test_in_a_form_a_multipart_body_and_json(self, client, place):
        url = "/api/v1/qr-codes/COM1/reports/"
        form = {"district": "\x04.\x00r", "note": "ป้ายหาย", "consent": "false"}
        answers = [
            client.post(url, form, HTTP_ACCEPT_LANGUAGE="en"),  # multipart
            client.post(
                url,
                "district=%04.%00r&consent=false",
                content_type="application/x-www-form-urlencoded",
                HTTP_ACCEPT_LANGUAGE="en",
            ),
            client.post(
                f"/api/v1/establishments/{place.public_id}/ratings/",
                json.dumps({**FIVES, "comment": "ok", "x\u0000": ["\u0000"]}),
                content_type="application/json",
                HTTP_ACCEPT_LANGUAGE="en",
            ),
        ]
        for answer in answers:
            assert answer.status_code == 400
            assert answer.json()["errors"]["detail"] == (
                "Text in the request may not contain the NUL character."
            )
        thai = client.post(url, form)
        assert thai.json()["errors"]["detail"] == "ข้อความในคำขอต้องไม่มีอักขระ NUL"
        assert not Rating.objects.exists()

    def test_files_may_hold_nul(self, client, place):
        from tests.factories import image_upload

        photo = image_upload()
        assert b"\x00" in photo.read()
        photo.seek(0)
        answer = client.post(
            f"/api/v1/establishments/{place.public_id}/ratings/", {**FIVES, "photo": photo}
        )
        assert answer.status_code == 201, answer.content


class TestSize:
    def test_a_json_body_over_the_limit_is_413_in_json(self, client, place, settings):
        body = json.dumps({**FIVES, "comment": "x" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE})
        for language, words in (("en", "larger than the 6 MB"), ("th", "ใหญ่เกิน 6 MB")):
            response = client.post(
                f"/api/v1/establishments/{place.public_id}/ratings/",
                body,
                content_type="application/json",
                HTTP_ACCEPT_LANGUAGE=language,
            )
            assert response.status_code == 413
            assert response["Content-Type"] == "application/json"
            assert words in response.json()["errors"]["detail"]
        assert not Rating.objects.exists()

    @pytest.mark.parametrize("debug", [False, True])
    def test_form_and_multipart_bodies_too_whatever_debug(self, client, place, settings, debug):
        url = f"/api/v1/establishments/{place.public_id}/complaints/"
        big = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
        with override_settings(DEBUG=debug):
            multipart = client.post(url, {"topic": "dirty", "description": big})
            form = client.post(
                url,
                f"topic=dirty&description={big}",
                content_type="application/x-www-form-urlencoded",
            )
        for response in (multipart, form):
            assert response.status_code == 413
            assert "errors" in response.json()
        assert not Complaint.objects.exists()

    def test_too_many_fields_is_400_in_json(self, client, place, settings):
        settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
        fields = "&".join(f"f{n}=1" for n in range(20))
        response = client.post(
            f"/api/v1/establishments/{place.public_id}/complaints/",
            fields,
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 400 and "errors" in response.json()


@pytest.fixture
def _connection_stays_open():
    """The app is called directly (WSGI), not through the test client: keep the end of the request
    from closing the test's database connection, as the client does."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("_connection_stays_open")
def test_a_refused_body_is_read_to_its_end_so_the_client_reads_the_answer(place, settings):
    """Answered without reading the rest, a client still sending finds the connection closed (a
    broken pipe, as gunicorn showed): the WSGI input is read to its end first."""
    import io
    from wsgiref.util import setup_testing_defaults

    from tscplus.wsgi import application

    body = json.dumps({**FIVES, "comment": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)})
    stream = io.BytesIO(body.encode())
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": f"/api/v1/establishments/{place.public_id}/ratings/",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": stream,
        "SERVER_NAME": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
    }
    setup_testing_defaults(environ)
    started = {}
    answer = b"".join(application(environ, lambda status, headers: started.update(status=status)))
    assert started["status"].startswith("413") and b'"errors"' in answer
    assert stream.tell() == len(body)
