"""Inspections: an officer plans a visit, records it with the standard's checklist and decides;
a suspension shows on the verification page at once and the operator is told why."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import answer_all, certify, establishment, member, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.assessments import services as assessment_services
from tscplus.assessments.models import Assessment, Certificate
from tscplus.core.models import Notification
from tscplus.oversight import services
from tscplus.oversight.models import Inspection

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def certificate():
    certify(establishment(name_th="ร้านตรวจเยี่ยม", subdistrict="500105"))
    return Certificate.objects.get()


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


def test_plan_record_suspend_and_the_verify_page_says_so(
    client, certificate, officer, django_capture_on_commit_callbacks
):
    place = certificate.establishment
    client.force_login(officer)
    page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    assert reverse("oversight:plan", args=[place.public_id]) in page
    today = timezone.localdate().isoformat()
    response = client.post(
        reverse("oversight:plan", args=[place.public_id]), {"planned_for": today}
    )
    visit = Inspection.objects.get()
    assert response["Location"] == reverse("oversight:inspection", args=[visit.pk])
    url = reverse("oversight:inspection", args=[visit.pk])
    # No decision before the visit is recorded.
    early = client.post(url, {"decision": "suspend", "reason": "แออัด"})
    assert early.status_code == 400 and "บันทึกการตรวจด้วยแบบตรวจก่อน" in early.content.decode()
    started = client.post(url, {"action": "checklist"})
    checklist = Assessment.objects.get(kind="inspection")
    assert started["Location"] == reverse("assessments:step", args=[checklist.pk, 1])
    # The operator cannot touch the officer's checklist.
    client.force_login(place.owner)
    assert client.get(reverse("assessments:step", args=[checklist.pk, 1])).status_code == 404
    client.force_login(officer)
    answer_all(checklist)
    client.post(reverse("assessments:review", args=[checklist.pk]))
    checklist.refresh_from_db()
    assert checklist.status == "submitted" and Certificate.objects.count() == 1  # none issued
    assert "ใช้ได้" in client.get(f"/v/{certificate.verify_token}").content.decode()
    missing_reason = client.post(url, {"decision": "suspend"})
    assert missing_reason.status_code == 400 and "reason" in missing_reason.context["form"].errors
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "suspend", "reason": "พบการรวมกลุ่มแออัด ไม่มีจุดล้างมือ"})
    visit.refresh_from_db()
    certificate.refresh_from_db()
    assert visit.status == "done" and certificate.status == "suspended"
    html = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "ระงับชั่วคราว" in html and "พบการรวมกลุ่มแออัด" in html
    told = Notification.objects.get(user=place.owner, title__contains="ร้านตรวจเยี่ยม")
    assert "พบการรวมกลุ่มแออัด" in told.body
    assert 'data-testid="visited-on"' in client.get(url).content.decode()
    # The owner finds the decision, its reasons and the officer's checklist on the place's page.
    client.force_login(place.owner)
    page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    owner_part = page.split('data-testid="owner-inspections"')[1]
    assert "พบการรวมกลุ่มแออัด" in owner_part
    assert reverse("assessments:result", args=[checklist.pk]) in owner_part
    assert "คะแนนความเสี่ยง" not in page  # the risk score is the officers' alone


def test_reinstate_and_corrections(certificate, officer):
    place = certificate.establishment

    def recorded():
        return recorded_visit(place, officer)

    from django.core.exceptions import ValidationError

    # A certificate in force cannot be "reinstated": the visit stays open for a real decision.
    visit = recorded()
    with pytest.raises(ValidationError) as exc:
        services.inspection_decide(
            actor=officer, inspection=visit, decision="reinstate", reason="x"
        )
    assert "ใช้ได้" in exc.value.message_dict["decision"][0]
    assert Inspection.objects.get(pk=visit.pk).status == "planned"
    services.inspection_decide(
        actor=officer, inspection=visit, decision="suspend", reason="ปิดปรับปรุง"
    )
    with pytest.raises(ValidationError):  # already suspended
        services.inspection_decide(
            actor=officer, inspection=recorded(), decision="suspend", reason="อีกครั้ง"
        )
    services.inspection_decide(
        actor=officer, inspection=recorded(), decision="reinstate", reason="แก้ไขครบแล้ว"
    )
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    visit = recorded()
    with pytest.raises(ValidationError) as exc:
        services.inspection_decide(
            actor=officer,
            inspection=visit,
            decision="corrections",
            reason="ติดป้าย",
            corrections_due=timezone.localdate(),
        )
    assert "corrections_due" in exc.value.message_dict
    due = timezone.localdate() + datetime.timedelta(days=14)
    services.inspection_decide(
        actor=officer,
        inspection=visit,
        decision="corrections",
        reason="ติดป้ายเว้นระยะ",
        corrections_due=due,
    )
    assert Inspection.objects.get(pk=visit.pk).corrections_due == due


def test_only_the_visits_officer_records_and_decides_it(certificate, officer):
    from django.core.exceptions import ValidationError

    place = certificate.establishment
    visit = services.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
    )
    colleague = member(Role.REGIONAL_OFFICER, region=place.province.region_id)
    with pytest.raises(ValidationError):
        services.inspection_start(actor=colleague, inspection=visit)
    checklist = services.inspection_start(actor=officer, inspection=visit)
    answer_all(checklist)
    assessment_services.assessment_submit(actor=officer, assessment=checklist)
    visit.refresh_from_db()
    with pytest.raises(ValidationError) as caught:
        services.inspection_decide(
            actor=colleague, inspection=visit, decision="suspend", reason="ไม่ใช่ผู้ตรวจ"
        )
    assert caught.value.code == "not_yours"
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_officers_of_another_province_and_operators_get_404(client, certificate, officer):
    place = certificate.establishment
    visit = services.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
    )
    for user in (member(Role.AREA_OFFICER, province="83"), place.owner):
        client.force_login(user)
        assert client.get(reverse("oversight:inspection", args=[visit.pk])).status_code == 404
        assert client.get(reverse("oversight:plan", args=[place.public_id])).status_code == 404
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.inspection_plan(
            actor=officer,
            establishment=place,
            officer=member(Role.AREA_OFFICER, province="83"),
            planned_for=timezone.localdate(),
        )


def test_api_plan_start_decide_and_queue(client, certificate, officer):
    place = certificate.establishment
    client.force_login(officer)
    today = timezone.localdate().isoformat()
    planned = client.post(
        "/api/v1/inspections/",
        {"establishment": place.public_id, "planned_for": today},
        content_type="application/json",
    )
    assert planned.status_code == 201
    pk = planned.json()["id"]
    early = client.post(
        f"/api/v1/inspections/{pk}/decide/",
        {"decision": "confirm"},
        content_type="application/json",
    )
    assert early.status_code == 400 and "errors" in early.json()
    started = client.post(f"/api/v1/inspections/{pk}/start/").json()
    checklist = Assessment.objects.get(pk=started["assessment"])
    answer_all(checklist)
    assert client.post(f"/api/v1/assessments/{checklist.pk}/submit/").status_code == 200
    decided = client.post(
        f"/api/v1/inspections/{pk}/decide/",
        {"decision": "confirm"},
        content_type="application/json",
    )
    assert decided.status_code == 200 and decided.json()["status"] == "done"
    queue = client.get("/api/v1/oversight/queue/").json()
    assert queue["count"] == 1 and queue["results"][0]["public_id"] == place.public_id
    client.force_login(member(Role.AREA_OFFICER, province="83"))
    assert client.get("/api/v1/oversight/queue/").json()["count"] == 0
    assert client.post(f"/api/v1/inspections/{pk}/start/").status_code == 404


def test_the_visit_and_correction_dates_are_shown_and_typed_in_b_e(client, certificate, officer):
    """Issue 15: the officer reads and types 04/12/2569, never the browser's Western calendar."""
    from tscplus.core import clock

    place = certificate.establishment
    client.force_login(officer)
    plan_url = reverse("oversight:plan", args=[place.public_id])
    with clock.fixed_at(datetime.date(2026, 12, 4)):
        page = client.get(plan_url).content.decode()
        assert 'type="date"' not in page and 'inputmode="numeric"' in page
        assert 'value="04/12/2569"' in page and "วว/ดด/ปปปป พ.ศ. เช่น 04/12/2569" in page
        far = client.post(plan_url, {"planned_for": "04/12/2580"})
        assert far.status_code == 400
        assert "โปรดเลือกวันที่ภายในสองปีนับจากวันนี้" in far.content.decode()
        leap = client.post(plan_url, {"planned_for": "29/02/2570"})  # 2027: no 29 February
        assert "ไม่มีวันนี้ในปฏิทิน" in leap.content.decode()
        client.post(plan_url, {"planned_for": "10/12/2569"})
        visit = Inspection.objects.get()
        assert visit.planned_for == datetime.date(2026, 12, 10)
    visit = recorded_visit(place, officer)
    url = reverse("oversight:inspection", args=[visit.pk])
    decision = {"decision": "corrections", "reason": "ติดป้ายเว้นระยะ"}
    bad = client.post(url, {**decision, "corrections_due": "31/06/2570"})
    assert bad.status_code == 400 and "ไม่มีวันนี้ในปฏิทิน" in bad.content.decode()
    due = timezone.localdate() + datetime.timedelta(days=14)
    typed = f"{due:%d/%m}/{due.year + 543}"
    client.post(url, {**decision, "corrections_due": typed})
    assert Inspection.objects.get(pk=visit.pk).corrections_due == due
    with clock.fixed_at(datetime.date(2026, 12, 4)):  # English readers: C.E.
        english = client.get(f"/en{plan_url}").content.decode()
    assert 'value="04/12/2026"' in english and "DD/MM/YYYY, e.g. 04/12/2026" in english
