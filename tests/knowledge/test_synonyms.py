"""The search synonym dictionary on the editors' desk, pages and API: listing and filtering the
sets, adding, changing and removing one (each audited), refusals shown with what was typed kept,
editors only; and a set added on the page is used by the next search."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from rest_framework.test import APIClient

from tests.factories import member
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent
from tscplus.search import services, synonyms
from tscplus.search.models import SynonymSet
from tscplus.search.registry import Entry

pytestmark = pytest.mark.django_db
LIST = "/knowledge/editor/synonyms/"
TOO_FEW = "Give at least two words that mean the same, separated by commas."


@pytest.fixture(autouse=True)
def own_dictionary(db):
    """Only the sets each test makes: the seeded dictionary grows, and its words must not clash
    with these tests' words (a word belongs to one set)."""
    SynonymSet.objects.all().delete()
    synonyms.forget()
    yield
    synonyms.forget()


@pytest.fixture
def api():
    return APIClient()


def thai(message):
    with translation.override("th"):
        return gettext(message)


def audits(verb):
    return AuditEvent.objects.filter(verb=verb)


def test_the_desk_links_to_the_dictionary(client, editor):
    client.force_login(editor)
    html = client.get("/knowledge/editor/").content.decode()
    assert f'href="{reverse("knowledge:synonyms")}"' in html


def test_an_editor_adds_changes_and_removes_a_set(client, editor):
    client.force_login(editor)
    page = client.get(LIST)
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="th">' in html and thai("Editors' desk") in html
    assert 'name="terms"' in html and thai("Words that mean the same") in html

    added = client.post(LIST, {"terms": "ไข้หวัดใหญ่, flu,  influenza ,flu"}, follow=True)
    assert added.redirect_chain == [(LIST, 302)]
    synonym_set = SynonymSet.objects.get()
    assert synonym_set.term_list == ["ไข้หวัดใหญ่", "flu", "influenza"]
    assert thai("Synonym set added.") in added.content.decode()
    assert audits("synonyms.added").get().actor == editor
    edit_url = reverse("knowledge:synonym", args=[synonym_set.pk])
    assert f'href="{edit_url}"' in added.content.decode()

    form = client.get(edit_url).content.decode()
    assert "ไข้หวัดใหญ่, flu, influenza" in form
    assert reverse("knowledge:synonym_delete", args=[synonym_set.pk]) in form
    changed = client.post(edit_url, {"terms": "ไข้หวัดใหญ่, flu"})
    assert changed.status_code == 302 and changed["Location"] == LIST
    synonym_set.refresh_from_db()
    assert synonym_set.term_list == ["ไข้หวัดใหญ่", "flu"]
    event = audits("synonyms.changed").get()
    assert event.actor == editor

    removed = client.post(reverse("knowledge:synonym_delete", args=[synonym_set.pk]))
    assert removed.status_code == 302 and not SynonymSet.objects.exists()
    assert audits("synonyms.removed").get().actor == editor
    assert client.get(edit_url).status_code == 404
    assert client.get(reverse("knowledge:synonym_delete", args=[1])).status_code == 405


def test_the_list_is_filtered_and_paged(client, editor):
    for n in range(51):
        services.synonym_save(actor=editor, terms=f"zqword{n:02d}, zqalt{n:02d}")
    services.synonym_save(actor=editor, terms="ไข้เลือดออก, dengue")
    client.force_login(editor)
    first = client.get(LIST, {"q": "zqword"}).content.decode()
    assert first.count('data-testid="synonym-set"') == 50
    assert "?q=zqword&amp;page=2" in first and "dengue" not in first
    second = client.get(LIST, {"q": "zqword", "page": 2}).content.decode()
    assert second.count('data-testid="synonym-set"') == 1 and "zqword50" in second
    dengue = client.get(LIST, {"q": "DENGUE"}).content.decode()
    assert dengue.count('data-testid="synonym-set"') == 1 and "ไข้เลือดออก, dengue" in dengue


def test_refusals_are_shown_with_what_was_typed_and_nothing_is_saved(client, editor):
    other = services.synonym_save(actor=editor, terms="มาสก์, หน้ากากอนามัย")
    client.force_login(editor)
    before = AuditEvent.objects.count()

    one = client.post(LIST, {"terms": "ไข้เลือดออก"})
    assert one.status_code == 400
    html = one.content.decode()
    assert 'data-testid="error-summary"' in html and thai("There is a problem") in html
    assert thai(TOO_FEW) in html and 'id="id_terms_error"' in html
    assert ">\nไข้เลือดออก</textarea>" in html

    taken = client.post(LIST, {"terms": "mask, มาสก์"})
    assert taken.status_code == 400
    with translation.override("th"):
        message = gettext("“%(term)s” is already in another set: %(set)s.") % {
            "term": "มาสก์",
            "set": "มาสก์, หน้ากากอนามัย",
        }
    assert message in taken.content.decode()
    assert ">\nmask, มาสก์</textarea>" in taken.content.decode()

    edit_url = reverse("knowledge:synonym", args=[other.pk])
    alone = client.post(edit_url, {"terms": "มาสก์"})
    assert alone.status_code == 400 and thai(TOO_FEW) in alone.content.decode()
    assert client.post(LIST, {"terms": ""}).status_code == 400

    assert SynonymSet.objects.get().term_list == ["มาสก์", "หน้ากากอนามัย"]
    assert AuditEvent.objects.count() == before


def test_the_pages_in_english(client, editor):
    synonym_set = services.synonym_save(actor=editor, terms="มาสก์, mask")
    client.force_login(editor)
    html = client.get(f"/en{LIST}").content.decode()
    assert '<html lang="en">' in html
    assert "Search synonyms" in html and "Add a set" in html and "mask" in html
    refused = client.post(f"/en{LIST}", {"terms": "mask"}).content.decode()
    assert "is already in another set" in refused and "There is a problem" in refused
    assert "Remove this set" in client.get(f"/en{LIST}{synonym_set.pk}/").content.decode()
    desk = client.get("/en/knowledge/editor/").content.decode()
    assert "Search synonyms" in desk


def test_only_editors_and_administrators(client, editor):
    synonym_set = services.synonym_save(actor=editor, terms="มาสก์, mask")
    edit_url = reverse("knowledge:synonym", args=[synonym_set.pk])
    delete_url = reverse("knowledge:synonym_delete", args=[synonym_set.pk])
    anonymous = client.get(LIST)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    for role in (Role.OPERATOR, Role.AREA_OFFICER):
        client.force_login(
            member(role, province="50") if role == Role.AREA_OFFICER else member(role)
        )
        assert client.get(LIST).status_code == 403
        assert client.post(LIST, {"terms": "ไข้หวัด, หวัด"}).status_code == 403
        assert client.get(edit_url).status_code == 403
        assert client.post(edit_url, {"terms": "a, b"}).status_code == 403
        assert client.post(delete_url).status_code == 403
    assert SynonymSet.objects.get().term_list == ["มาสก์", "mask"]
    client.force_login(member(Role.ADMINISTRATOR))
    assert client.get(LIST).status_code == 200


def test_a_set_added_on_the_page_widens_the_next_search(client, api, editor):
    services.index_entries(
        [
            Entry(
                scope="knowledge",
                object_id=9001,
                title="วัคซีนไข้หวัดใหญ่สำหรับผู้สูงอายุ",
                text="ผู้สูงอายุควรฉีดวัคซีนไข้หวัดใหญ่ปีละครั้ง ก่อนเข้าฤดูฝน",
            )
        ]
    )
    found = api.get("/api/v1/knowledge/search/", {"q": "influenza", "exact": "true"}).json()
    assert 9001 not in [hit["id"] for hit in found["results"]]
    client.force_login(editor)
    client.post(LIST, {"terms": "ไข้หวัดใหญ่, influenza, flu"})
    found = api.get("/api/v1/knowledge/search/", {"q": "influenza"}).json()
    assert [hit["id"] for hit in found["results"]] == [9001]
    # A Thai reader: the set's Thai terms are added (an English one would find English items).
    assert found["expanded"] == [{"word": "influenza", "synonyms": ["ไข้หวัดใหญ่"]}]


# --- The API -------------------------------------------------------------------------------------

API = "/api/v1/knowledge/synonyms/"


def test_api_lists_adds_changes_and_removes(api, editor):
    api.force_authenticate(editor)
    text = api.post(API, {"terms": "มาสก์, หน้ากากอนามัย"}, format="json")
    assert text.status_code == 201
    assert text.json()["terms"] == ["มาสก์", "หน้ากากอนามัย"] and text.json()["id"]
    words = api.post(API, {"terms": ["ไข้หวัดใหญ่", "flu"]}, format="json")
    assert words.status_code == 201 and words.json()["terms"] == ["ไข้หวัดใหญ่", "flu"]
    assert audits("synonyms.added").count() == 2

    listing = api.get(API).json()
    assert listing["count"] == 2 and [s["terms"][0] for s in listing["results"]] == [
        "มาสก์",
        "ไข้หวัดใหญ่",
    ]
    assert api.get(API, {"q": "flu"}).json()["count"] == 1
    assert api.get(API, {"page_size": 1, "page": 2}).json()["results"][0]["terms"][1] == "flu"

    one = f"{API}{words.json()['id']}/"
    assert api.get(one).json()["terms"] == ["ไข้หวัดใหญ่", "flu"]
    put = api.put(one, {"terms": "ไข้หวัดใหญ่, flu, influenza"}, format="json")
    assert put.status_code == 200 and put.json()["terms"][-1] == "influenza"
    patch = api.patch(one, {"terms": ["ไข้หวัดใหญ่", "influenza"]}, format="json")
    assert patch.status_code == 200 and patch.json()["terms"] == ["ไข้หวัดใหญ่", "influenza"]
    assert api.patch(one, {}, format="json").json()["terms"] == ["ไข้หวัดใหญ่", "influenza"]
    assert audits("synonyms.changed").count() == 2

    assert api.delete(one).status_code == 204
    assert audits("synonyms.removed").count() == 1
    assert api.get(one).status_code == 404
    assert api.delete(one).status_code == 404


def test_api_refusals_are_400_with_the_field_named(api, editor):
    api.force_authenticate(editor)
    services.synonym_save(actor=editor, terms="มาสก์, หน้ากากอนามัย")
    before = AuditEvent.objects.count()
    for body in (
        {"terms": "มาสก์"},
        {"terms": ["ไข้เลือดออก"]},
        {"terms": "mask, มาสก์"},
        {"terms": ""},
        {"terms": 7},
        {"terms": [1, 2]},
        {"terms": "x" * 3001},
        {},
    ):
        response = api.post(API, body, format="json", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 400, body
        assert set(response.json()["errors"]) == {"terms"}, body
    taken = api.post(API, {"terms": "mask, มาสก์"}, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert "is already in another set" in taken.json()["errors"]["terms"][0]
    thai_answer = api.post(API, {"terms": "ไข้"}, format="json", HTTP_ACCEPT_LANGUAGE="th")
    assert thai_answer.json()["errors"]["terms"] == [thai(TOO_FEW)]
    assert SynonymSet.objects.count() == 1 and AuditEvent.objects.count() == before


def test_api_is_for_editors_only(api, editor):
    synonym_set = services.synonym_save(actor=editor, terms="มาสก์, mask")
    one = f"{API}{synonym_set.pk}/"
    assert api.get(API).status_code in {401, 403}
    assert api.post(API, {"terms": "a, b"}, format="json").status_code in {401, 403}
    assert api.delete(one).status_code in {401, 403}
    api.force_authenticate(member(Role.OPERATOR))
    assert api.get(API).status_code == 403
    assert api.post(API, {"terms": "a, b"}, format="json").status_code == 403
    assert api.get(one).status_code == 403
    assert api.put(one, {"terms": "a, b"}, format="json").status_code == 403
    assert api.delete(one).status_code == 403
    assert "errors" in api.get(API).json()
    assert SynonymSet.objects.get().term_list == ["มาสก์", "mask"]
    api.force_authenticate(member(Role.ADMINISTRATOR))
    assert api.get(API).json()["count"] == 1
