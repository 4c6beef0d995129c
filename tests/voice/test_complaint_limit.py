"""One complaint limit per client address, whichever way the complaints come: the page and the API
count together (COMPLAINT_LIMIT_PER_HOUR), and the API answers 429 JSON with Retry-After."""

import pytest
from django.urls import reverse

from tests.factories import establishment
from tscplus.voice.models import Complaint

pytestmark = pytest.mark.usefixtures("geo")

COMPLAINT = {"topic": "dirty", "description": "ห้องน้ำสกปรก"}


@pytest.fixture
def place():
    return establishment()


def by_page(client, place, address):
    return client.post(
        reverse("voice:complain", args=[place.public_id]), COMPLAINT, REMOTE_ADDR=address
    )


def by_api(client, place, address):
    return client.post(
        f"/api/v1/establishments/{place.public_id}/complaints/",
        COMPLAINT,
        content_type="application/json",
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_the_api_is_no_way_around_the_pages_limit(client, place, settings):
    assert settings.COMPLAINT_LIMIT_PER_HOUR == 5
    for _ in range(3):
        assert by_page(client, place, "198.51.100.20").status_code == 302
    for _ in range(2):
        assert by_api(client, place, "198.51.100.20").status_code == 201
    refused = by_api(client, place, "198.51.100.20")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "Too many requests" in refused.json()["errors"]["detail"]
    assert by_page(client, place, "198.51.100.20").status_code == 429
    assert Complaint.objects.count() == 5
    # Another address has its own count.
    assert by_api(client, place, "198.51.100.21").status_code == 201


def test_nor_the_page_a_way_around_the_apis(client, place):
    for _ in range(5):
        assert by_api(client, place, "198.51.100.30").status_code == 201
    page = by_page(client, place, "198.51.100.30")
    assert page.status_code == 429 and int(page["Retry-After"]) > 0
    assert Complaint.objects.count() == 5
