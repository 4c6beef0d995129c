"""The knowledge hub's API: the same rules as the pages, errors as JSON."""

import pytest
from rest_framework.test import APIClient

from tests.factories import member
from tscplus.accounts.choices import Role
from tscplus.knowledge.models import HLQuestion, HLResponse, KnowledgeItem

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def test_search_and_read(api, seeded):
    body = api.get("/api/v1/knowledge/search/", {"q": "ล้างมือ"}).json()
    assert body["total"] >= 3 and "<mark>ล้างมือ</mark>" in body["results"][0]["title_html"]
    assert set(body["facets"]) == {"kind", "audience", "topic"}
    first = api.get(f"/api/v1/knowledge/items/{body['results'][0]['id']}/").json()
    assert first["status"] == "published" and first["body_html"]
    listing = api.get("/api/v1/knowledge/items/", {"audience": "establishments"}).json()
    assert listing["count"] > 0 and all(
        "establishments" in i["audiences"] for i in listing["results"]
    )
    assert len(api.get("/api/v1/knowledge/topics/").json()) == 13
    titles = api.get("/api/v1/knowledge/suggest/", {"q": "ล้างมือ"}).json()
    assert titles and all("ล้างมือ" in t for t in titles) and len(titles) <= 8


def test_bad_filters_are_400_with_json(api, seeded):
    response = api.get("/api/v1/knowledge/search/", {"q": "มือ", "kind": "poster", "page": "0"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"kind", "page"}
    assert api.get("/api/v1/knowledge/items/", {"audience": "cats"}).status_code == 400
    assert api.get("/api/v1/knowledge/search/", {"q": '"*(-NEAR'}).status_code == 200


def test_editors_write_through_the_workflow(api, seeded):
    payload = {
        "kind": "article",
        "title": "เตรียมตัวก่อนไปตลาด",
        "body": "พกเจลแอลกอฮอล์",
        "audiences": ["public"],
        "topics": ["covid-prevention"],
    }
    assert api.post("/api/v1/knowledge/items/", payload, format="json").status_code in {401, 403}
    api.force_authenticate(member(Role.OPERATOR))
    assert api.post("/api/v1/knowledge/items/", payload, format="json").status_code == 403
    author, reviewer = member(Role.KNOWLEDGE_EDITOR), member(Role.KNOWLEDGE_EDITOR)
    api.force_authenticate(author)
    bad = api.post("/api/v1/knowledge/items/", {**payload, "audiences": []}, format="json")
    assert bad.status_code == 400 and "audiences" in bad.json()["errors"]
    created = api.post("/api/v1/knowledge/items/", payload, format="json")
    assert created.status_code == 201
    pk = created.json()["id"]
    assert api.post(f"/api/v1/knowledge/items/{pk}/submit/").status_code == 200
    own = api.post(f"/api/v1/knowledge/items/{pk}/review/", {"approve": True}, format="json")
    assert own.status_code == 400 and own.json()["errors"]
    api.force_authenticate(reviewer)
    done = api.post(f"/api/v1/knowledge/items/{pk}/review/", {"approve": True}, format="json")
    assert done.status_code == 200 and done.json()["status"] == "published"
    assert api.post(f"/api/v1/knowledge/items/{pk}/fly/").status_code == 404
    assert KnowledgeItem.objects.get(pk=pk).reviewer == reviewer
    # Its history, as the editor's diff page shows it.
    api.put(
        f"/api/v1/knowledge/items/{pk}/",
        {**payload, "body": "พกเจลแอลกอฮอล์\nสวมหน้ากาก"},
        format="json",
    )
    revisions = api.get(f"/api/v1/knowledge/items/{pk}/revisions/").json()
    assert revisions["count"] == 2 and revisions["results"][0]["number"] == 2
    diff = api.get(f"/api/v1/knowledge/items/{pk}/revisions/2/").json()
    assert ["+", "สวมหน้ากาก"] in diff["lines"] and diff["previous"]["number"] == 1
    assert api.get(f"/api/v1/knowledge/items/{pk}/revisions/9/").status_code == 404
    api.force_authenticate(member(Role.OPERATOR))
    assert api.get(f"/api/v1/knowledge/items/{pk}/revisions/").status_code == 403


def test_was_it_helpful(api, seeded):
    item = KnowledgeItem.objects.filter(status="published").first()
    url = f"/api/v1/knowledge/items/{item.pk}/feedback/"
    bad = api.post(url, {"helpful": "sometimes"}, format="json")
    assert bad.status_code == 400 and "helpful" in bad.json()["errors"]
    ok = api.post(url, {"helpful": True, "comment": "อ่านง่าย"}, format="json")
    assert ok.status_code == 201
    item.refresh_from_db()
    assert item.helpful_yes == 1 and item.feedback.get().comment == "อ่านง่าย"
    for _ in range(29):
        api.post(url, {"helpful": False}, format="json")
    limited = api.post(url, {"helpful": False}, format="json")
    assert limited.status_code == 429 and limited.json()["errors"]["detail"]
    assert (
        api.post(
            "/api/v1/knowledge/items/999999/feedback/", {"helpful": True}, format="json"
        ).status_code
        == 404
    )


def test_self_check(api, seeded):
    questions = list(HLQuestion.objects.values_list("pk", flat=True))
    missing = api.post(
        "/api/v1/knowledge/self-check/",
        {"audience": "staff", "answers": {str(q): 3 for q in questions[1:]}},
        format="json",
    )
    assert missing.status_code == 400 and str(questions[0]) in missing.json()["errors"]["answers"]
    bad = api.post(
        "/api/v1/knowledge/self-check/",
        {"audience": "staff", "answers": {str(q): 9 for q in questions}},
        format="json",
    )
    assert bad.status_code == 400
    ok = api.post(
        "/api/v1/knowledge/self-check/",
        {"audience": "staff", "answers": {str(q): 3 for q in questions}},
        format="json",
    )
    assert ok.status_code == 201
    body = ok.json()
    assert body["overall"] == 50 and body["level"] == "low"
    assert set(body["recommendations"]) == set(body["scores"])


def test_self_checks_from_one_address_are_limited_page_and_api_together(client, api, seeded):
    questions = list(HLQuestion.objects.values_list("pk", flat=True))
    body = {"audience": "public", "answers": {str(q): 3 for q in questions}}
    for _ in range(10):
        assert api.post("/api/v1/knowledge/self-check/", body, format="json").status_code == 201
    page = {"audience": "public", **{f"q{q}": 3 for q in questions}}
    for _ in range(10):
        assert client.post("/knowledge/self-check/", page).status_code == 302
    assert client.post("/knowledge/self-check/", page).status_code == 429
    assert api.post("/api/v1/knowledge/self-check/", body, format="json").status_code == 429
    assert HLResponse.objects.count() == 20


def test_self_check_summary_counts_only(api, seeded):
    questions = list(HLQuestion.objects.values_list("pk", flat=True))
    for value, audience in [(5, "public"), (1, "public"), (3, "staff")]:
        api.post(
            "/api/v1/knowledge/self-check/",
            {"audience": audience, "province": "50", "answers": {str(q): value for q in questions}},
            format="json",
        )
    body = api.get("/api/v1/knowledge/self-check/summary/", {"audience": "public"}).json()
    assert body["total"] == 2 and body["overall"] == 50
    assert body["levels"] == {"low": 1, "fair": 0, "good": 0, "excellent": 1}
    assert body["skills"]["tell"] == 50
    assert api.get("/api/v1/knowledge/self-check/summary/", {"province": "99"}).status_code == 400
    assert api.get("/api/v1/knowledge/self-check/summary/", {"province": "50"}).json()["total"] == 3
