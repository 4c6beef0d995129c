"""An address holding the NUL character (`%00` in its path or query string) is refused with a 400
in the reader's language before anything looks it up: PostgreSQL refuses NUL in text, so a slug
or a filter holding it answered 500 there (a place's page, the registry's province filter, a QR
page). Pages answer a page, the API its JSON error shape."""

import pytest
from django.test import override_settings

from tests.factories import establishment

pytestmark = pytest.mark.usefixtures("geo")

PAGES = [
    "/places/%00/",
    "/places/?province=%00",
    "/places/?q=ok&province=1%00",
    "/v/%00aaaaaaaaaaaaaaaaaaaa",
    "/v/aaaaaaaaaaaaaaaaaaaa?lang=%00",
    "/knowledge/?q=%00",
]
API = [
    "/api/v1/establishments/%00/",
    "/api/v1/establishments/?province=%00",
    "/api/v1/provinces/?x%00=1",
]


@pytest.fixture(autouse=True)
def place(geo):
    return establishment()


@pytest.mark.parametrize("url", PAGES)
def test_a_page_says_so_in_thai_and_english(client, url):
    thai = client.get(url)
    assert thai.status_code == 400
    assert "ที่อยู่นี้อ่านไม่ได้" in thai.content.decode()
    assert thai["Content-Security-Policy"]
    english = client.get("/en" + url)
    assert english.status_code == 400
    assert "This address cannot be read" in english.content.decode()


@pytest.mark.parametrize("url", API)
def test_the_api_answers_its_json_error_shape(client, url):
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 400
    assert english.json() == {
        "errors": {"detail": "Text in the request may not contain the NUL character."}
    }
    thai = client.get(url)
    assert thai.json()["errors"]["detail"] == "ข้อความในคำขอต้องไม่มีอักขระ NUL"


def test_an_encoded_percent_is_not_nul(client, place):
    # %2500 is the text "%00": a search for it is an ordinary search.
    assert client.get("/places/?q=%2500").status_code == 200
    assert client.get(f"/places/{place.public_id}/?x=%2500").status_code in (200, 301, 302)


def test_an_area_code_holding_nul_in_a_form_is_a_field_error():
    # A form body (not an address): the code is looked up by its text, so it is refused first.
    from tscplus.core.forms import AreaLookupForm

    form = AreaLookupForm({"province": "5\x00", "district": "50\x00"})
    assert not form.is_valid()
    assert "province" in form.errors


@override_settings(DEBUG=True)
def test_the_same_answers_with_debug_on(client):
    # A refusal raised would get Django's debug page there: the API keeps its JSON.
    assert client.get(API[0]).json()["errors"]["detail"] == "ข้อความในคำขอต้องไม่มีอักขระ NUL"
    assert "ที่อยู่นี้อ่านไม่ได้" in client.get(PAGES[0]).content.decode()
