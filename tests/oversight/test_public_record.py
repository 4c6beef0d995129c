"""Public findings: after an officer's decision the place's page, the verification page, the
registry and the API say "checked by an officer on <date>: <outcome>", list the failed items in
plain words and the history, and never name the officer."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import UserFactory, certify, establishment, member, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.assessments.models import Certificate
from tscplus.core import clock
from tscplus.oversight import services
from tscplus.oversight.choices import AppealStatus, CaseOutcome, CaseStatus, Decision
from tscplus.oversight.models import PlaceRecord
from tscplus.oversight.outcome import public_outcome
from tscplus.places.models import Establishment

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def certificate():
    certify(establishment(name_th="ร้านผลตรวจ", subdistrict="500105"))
    return Certificate.objects.get()


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50", user=UserFactory(full_name="สมศรี ตรวจดี"))


def test_never_inspected_reads_self_assessed(client, certificate):
    place = certificate.establishment
    assert "ประเมินตนเอง" in client.get(f"/v/{certificate.verify_token}").content.decode()
    page = client.get(reverse("places:public_detail", args=[place.public_id])).content.decode()
    assert "ยังไม่มีเจ้าหน้าที่มาตรวจ" in page
    assert not PlaceRecord.objects.exists()


def test_corrections_show_failed_items_everywhere_without_the_officer(
    client, certificate, officer, django_capture_on_commit_callbacks
):
    place = certificate.establishment
    client.get(f"/v/{certificate.verify_token}")  # cached before the decision
    visit = recorded_visit(place, officer, fail=("1.3", "1.7"))
    due = clock.today() + datetime.timedelta(days=30)
    with django_capture_on_commit_callbacks(execute=True):
        services.inspection_decide(
            actor=officer,
            inspection=visit,
            decision=Decision.CORRECTIONS,
            reason="ติดประกาศจำนวนคนและเปลี่ยนถังขยะ",
            corrections_due=due,
        )
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()  # not the cached page
    assert "ตรวจโดยเจ้าหน้าที่เมื่อ" in qr and "ต้องปรับปรุงแก้ไข" in qr
    assert "มีถังขยะมีฝาปิด" in qr and "จำกัดจำนวนคนในสถานที่" in qr
    assert "ประวัติการตรวจ" in qr
    english = client.get(f"/v/{certificate.verify_token}?lang=en").content.decode()
    assert "Checked by an officer on" in english and "Corrections required" in english
    page = client.get(reverse("places:public_detail", args=[place.public_id])).content.decode()
    assert "มีถังขยะมีฝาปิด" in page
    for text in (qr, english, page):
        assert "สมศรี" not in text and officer.email not in text
    place.refresh_from_db()
    assert place.officer_outcome == "corrections" and place.officer_checked_on is not None


def test_registry_filters_by_checked_and_outcome_on_page_and_api(client, certificate, officer):
    checked = certificate.establishment
    establishment(name_th="ร้านยังไม่ตรวจ", subdistrict="500105")
    visit = recorded_visit(checked, officer)
    services.inspection_decide(actor=officer, inspection=visit, decision=Decision.CONFIRM)
    url = reverse("places:registry")
    officer_only = client.get(url, {"checked": "officer"}).content.decode()
    assert "ร้านผลตรวจ" in officer_only and "ร้านยังไม่ตรวจ" not in officer_only
    assert "ตรวจโดยเจ้าหน้าที่เมื่อ" in officer_only
    self_only = client.get(url, {"checked": "self"}).content.decode()
    assert "ร้านยังไม่ตรวจ" in self_only and "ร้านผลตรวจ" not in self_only
    api = client.get(reverse("api-registry"), {"checked": "officer", "outcome": "meets"}).json()
    assert [r["name_th"] for r in api["results"]] == ["ร้านผลตรวจ"]
    assert api["results"][0]["officer_outcome"] == "meets"
    assert client.get(reverse("api-registry"), {"outcome": "corrections"}).json()["count"] == 0
    bad = client.get(reverse("api-registry"), {"outcome": "excellent"})
    assert bad.status_code == 400 and "outcome" in bad.json()["errors"]


def test_the_outcome_rule():
    assert public_outcome(Decision.CONFIRM) == "meets"
    assert public_outcome(Decision.SUSPEND, appeal_status=AppealStatus.OPEN) == "suspended"
    assert public_outcome(Decision.SUSPEND, appeal_status=AppealStatus.OVERTURNED) == "meets"
    varied = public_outcome(
        Decision.REVOKE, appeal_status=AppealStatus.VARIED, varied_to=Decision.SUSPEND
    )
    assert varied == "suspended"
    assert public_outcome(Decision.CORRECTIONS) == "corrections"
    closed = {"case_status": CaseStatus.CLOSED}
    assert public_outcome(Decision.CORRECTIONS, **closed, case_outcome=CaseOutcome.ACCEPTED) == (
        "meets"
    )
    assert public_outcome(Decision.CORRECTIONS, **closed, case_outcome=CaseOutcome.SUSPEND) == (
        "suspended"
    )


def test_record_never_inspected_place_has_no_columns(certificate):
    place = Establishment.objects.get()
    assert services.record_refresh(establishment=place) is None
    place.refresh_from_db()
    assert place.officer_outcome == "" and place.officer_checked_on is None


def test_the_api_gives_the_record_as_data(client, certificate, officer):
    place = certificate.establishment
    url = reverse("api-place-record", args=[place.public_id])
    empty = client.get(url).json()
    assert empty["checked_by_officer"] is False and empty["history"] == []
    visit = recorded_visit(place, officer, fail=("1.7",))
    services.inspection_decide(
        actor=officer,
        inspection=visit,
        decision=Decision.CORRECTIONS,
        reason="ถังขยะ",
        corrections_due=clock.today() + datetime.timedelta(days=10),
    )
    data = client.get(url).json()
    assert data["checked_by_officer"] is True and data["outcome"] == "corrections"
    assert [i["text_th"][:12] for i in data["failed_items"]] == ["มีถังขยะมีฝา"]
    assert data["history"][0]["decision"] == "corrections"
    assert officer.full_name not in str(data) and officer.email not in str(data)
    assert client.get(reverse("api-place-record", args=["nosuchplace"])).status_code == 404


def test_the_nightly_job_redraws_every_record(certificate, officer, settings):
    from tscplus.oversight.tasks import records_refresh_all

    place = certificate.establishment
    visit = recorded_visit(place, officer)
    services.inspection_decide(actor=officer, inspection=visit, decision=Decision.CONFIRM)
    PlaceRecord.objects.update(html_th="", html_en="")
    assert records_refresh_all() == 1
    assert "ผ่านมาตรฐาน" in PlaceRecord.objects.get().html_th
