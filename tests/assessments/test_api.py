"""The API does what the pages do, with the same scope and the same refusals."""

import pytest

from tests.factories import answer_all, establishment, member, operator
from tscplus.accounts.choices import Role
from tscplus.assessments.models import Assessment, Certificate
from tscplus.places.models import Establishment
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")


def food():
    return StandardVersion.objects.get(standard__code="tsc-food", status="active")


def test_categories_and_standards_are_public(client):
    assert len(client.get("/api/v1/categories/").json()["results"]) >= 20
    standards = client.get("/api/v1/standards/").json()["results"]
    food_std = next(s for s in standards if s["code"] == "tsc-food")
    version = client.get(f"/api/v1/standard-versions/{food_std['active_version']}/").json()
    assert sum(len(s["items"]) for s in version["sections"]) == 20


def test_register_and_list_own_establishments(client):
    user = operator()
    client.force_login(user)
    response = client.post(
        "/api/v1/establishments/",
        {
            "name_th": "ร้าน API",
            "category": "restaurant",
            "address": "1 ถนน",
            "subdistrict": "500105",
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["province"] == "50"
    establishment(name_th="ของคนอื่น")
    names = [e["name_th"] for e in client.get("/api/v1/establishments/").json()["results"]]
    assert names == ["ร้าน API"]


def test_bad_establishment_body_is_400_and_saves_nothing(client):
    client.force_login(operator())
    response = client.post(
        "/api/v1/establishments/",
        {"name_th": "", "category": "nope", "subdistrict": "999999"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert {"name_th", "category", "subdistrict", "address"} <= set(response.json()["errors"])
    assert not Establishment.objects.exists()


def test_full_assessment_through_the_api(client):
    place = establishment()
    client.force_login(place.owner)
    created = client.post(
        "/api/v1/assessments/",
        {"establishment": place.public_id, "version": food().pk},
        content_type="application/json",
    ).json()
    assessment = Assessment.objects.get(pk=created["id"])
    items = list(assessment.version.items.all())
    # Answers for an item of another version: 400 naming it, nothing saved.
    stranger = StandardVersion.objects.get(standard__code="tsc-market").items.first()
    bad = client.patch(
        f"/api/v1/assessments/{assessment.pk}/answers/",
        {
            "answers": [
                {"item": items[0].pk, "value": "pass"},
                {"item": stranger.pk, "value": "pass"},
            ]
        },
        content_type="application/json",
    )
    assert bad.status_code == 400 and str(stranger.pk) in str(bad.json()["errors"])
    # Submitting with items unanswered: 400 with the list.
    missing = client.post(f"/api/v1/assessments/{assessment.pk}/submit/")
    assert missing.status_code == 400 and len(missing.json()["errors"]["missing"]) == len(items)
    answer_all(assessment)  # photos go through the page; answers through the API below
    ok = client.patch(
        f"/api/v1/assessments/{assessment.pk}/answers/",
        {"answers": [{"item": i.pk, "value": "pass"} for i in items]},
        content_type="application/json",
    )
    assert ok.status_code == 200
    first = client.post(f"/api/v1/assessments/{assessment.pk}/submit/").json()
    second = client.post(f"/api/v1/assessments/{assessment.pk}/submit/").json()
    assert first["passed"] and first["certificate"] == second["certificate"]
    assert Certificate.objects.count() == 1
    # Editing after submission is refused.
    late = client.patch(
        f"/api/v1/assessments/{assessment.pk}/answers/",
        {"answers": [{"item": items[0].pk, "value": "fail"}]},
        content_type="application/json",
    )
    assert late.status_code == 400
    certificate = Certificate.objects.get()
    listed = client.get("/api/v1/certificates/").json()["results"]
    assert [c["number"] for c in listed] == [certificate.number]
    pdf = client.get(f"/api/v1/certificates/{certificate.number}/pdf")
    assert pdf["Content-Type"] == "application/pdf"
    verified = client.get(f"/api/v1/certificates/verify/{certificate.verify_token}").json()
    assert verified["status"] == "valid" and verified["number"] == certificate.number


def test_someone_elses_assessment_is_404(client):
    place = establishment()
    client.force_login(place.owner)
    created = client.post(
        "/api/v1/assessments/",
        {"establishment": place.public_id, "version": food().pk},
        content_type="application/json",
    ).json()
    client.force_login(operator())
    assert client.get(f"/api/v1/assessments/{created['id']}/").status_code == 404
    assert client.post(f"/api/v1/assessments/{created['id']}/submit/").status_code == 404
    other = client.post(
        "/api/v1/assessments/",
        {"establishment": place.public_id, "version": food().pk},
        content_type="application/json",
    )
    assert other.status_code == 404


def test_officer_reads_the_area_only(client):
    cm = establishment(subdistrict="500105")
    establishment(subdistrict="830101")
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    assert [e["public_id"] for e in client.get("/api/v1/establishments/").json()["results"]] == [
        cm.public_id
    ]


def test_unknown_token_is_404_json(client):
    response = client.get("/api/v1/certificates/verify/not-a-token")
    assert response.status_code == 404 and "detail" in response.json()["errors"]
