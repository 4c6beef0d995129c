"""The corrections loop (issue 16, item 2): a decision requiring corrections (or suspending) opens a
case of the checklist's failed items; the owner answers each with what was done and a photo or
PDF, or asks for a visit; reminders before the deadline and the case marked overdue after it;
an officer of the area closes it with reasons. Pages and API alike; anyone else gets 404."""

import datetime
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import certify, establishment, image_upload, member, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.assessments.models import Certificate
from tscplus.core import clock
from tscplus.core.models import AuditEvent, Notification
from tscplus.oversight import services
from tscplus.oversight import tasks as oversight_tasks
from tscplus.oversight.choices import Decision
from tscplus.oversight.models import CorrectionCase, Inspection, RiskScore

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def certificate():
    certify(establishment(name_th="ร้านแก้ไขดี", subdistrict="500105"))
    return Certificate.objects.get()


@pytest.fixture
def place(certificate):
    return certificate.establishment


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


def _corrections(place, officer, *, fail=("1.3", "1.7"), due=None):
    visit = recorded_visit(place, officer, fail=fail)
    services.inspection_decide(
        actor=officer,
        inspection=visit,
        decision=Decision.CORRECTIONS,
        reason="ติดป้ายเว้นระยะและเปลี่ยนถังขยะ",
        corrections_due=due,
    )
    return CorrectionCase.objects.get(inspection=visit)


def _answer_all(case, owner):
    for item in case.items.all():
        services.case_item_answer(
            actor=owner, item=item, answer="แก้ไขแล้ว", evidence=image_upload(size=(300, 200))
        )


def _pdf() -> bytes:
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(200, 200)
    out = BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_whole_loop_through_the_pages(
    client, certificate, place, officer, django_capture_on_commit_callbacks
):
    visit = recorded_visit(place, officer, fail=("1.3", "1.7"))
    client.force_login(officer)
    decide = reverse("oversight:inspection", args=[visit.pk])
    form = client.get(decide).content.decode()
    assert "เว้นว่างไว้เพื่อกำหนด 30 วันนับจากวันนี้" in form
    # No date given: the default, 30 days from today.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(decide, {"decision": "corrections", "reason": "ติดป้ายและเปลี่ยนถังขยะ"})
    case = CorrectionCase.objects.get()
    assert case.due_on == clock.today() + datetime.timedelta(days=30) and case.status == "open"
    assert sorted(case.items.values_list("item__code", flat=True)) == ["1.3", "1.7"]
    assert not case.visit_required
    assert AuditEvent.objects.filter(verb="correction_case.opened").exists()
    told = Notification.objects.filter(user=place.owner).latest("pk")
    assert told.link.endswith(reverse("oversight:case_mine", args=[case.pk]))
    assert reverse("oversight:case", args=[case.pk]) in client.get(decide).content.decode()

    # The owner finds the deadline, the status and the link on the place's page.
    client.force_login(place.owner)
    mine = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    owner_part = mine.split('data-testid="owner-inspections"')[1]
    assert reverse("oversight:case_mine", args=[case.pk]) in owner_part
    assert "ตอบรายการที่ต้องแก้ไข" in owner_part and "เปิดอยู่" in owner_part
    url = reverse("oversight:case_mine", args=[case.pk])
    page = client.get(url).content.decode()
    assert "มีถังขยะมีฝาปิด" in page and "เหลือ 30 วัน" in page
    items = list(case.items.order_by("item__order"))
    # A refused answer keeps what was typed, with the error summary and the field's error.
    refused = client.post(
        url,
        {"item": items[0].pk, f"item-{items[0].pk}-answer": "ติดป้ายจำกัดจำนวนคนแล้ว"},
    )
    assert refused.status_code == 400
    text = refused.content.decode()
    assert 'data-testid="error-summary"' in text and "ส่งรูปถ่ายหรือไฟล์ PDF" in text
    assert "ติดป้ายจำกัดจำนวนคนแล้ว" in text
    answers = ("ติดป้ายจำกัดจำนวนคนแล้ว", "เปลี่ยนถังขยะมีฝาปิดแล้ว")
    for item, answer in zip(items, answers, strict=True):
        sent = client.post(
            url,
            {
                "item": item.pk,
                f"item-{item.pk}-answer": answer,
                f"item-{item.pk}-evidence": image_upload(size=(400, 300)),
            },
        )
        assert sent.status_code == 302
    assert AuditEvent.objects.filter(verb="correction_item.answered").count() == 2
    assert Notification.objects.filter(user=officer, title__contains="ร้านแก้ไขดี").count() == 2

    # The officer lists the case from the queue, reads the answers and sees the photos.
    client.force_login(officer)
    assert reverse("oversight:cases") in client.get(reverse("oversight:queue")).content.decode()
    listing = client.get(reverse("oversight:cases")).content.decode()
    assert "ร้านแก้ไขดี" in listing and "2 จาก 2" in listing
    case_url = reverse("oversight:case", args=[case.pk])
    case_page = client.get(case_url).content.decode()
    assert "ติดป้ายจำกัดจำนวนคนแล้ว" in case_page and "เปลี่ยนถังขยะมีฝาปิดแล้ว" in case_page
    photo = reverse("oversight:case_evidence", args=[items[0].pk])
    assert photo in case_page and "/media/" not in case_page
    served = client.get(photo)
    assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert served["Cache-Control"] == "private, no-store"
    with django_capture_on_commit_callbacks(execute=True):
        closed = client.post(case_url, {"outcome": "accepted"})
    assert closed.status_code == 302
    case.refresh_from_db()
    assert case.status == "closed" and case.outcome == "accepted" and case.closed_by == officer
    assert Notification.objects.filter(user=place.owner, title__contains="ปิดเรื่อง").exists()

    # The public reads it on the QR page and the place's page.
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "รับรองผลการแก้ไขเมื่อ" in qr and "ผ่านมาตรฐาน" in qr
    english = client.get(f"/v/{certificate.verify_token}?lang=en").content.decode()
    assert "corrections accepted on" in english
    place.refresh_from_db()
    assert place.officer_outcome == "meets"
    # A closed case takes no more answers.
    client.force_login(place.owner)
    late = client.post(
        url, {"item": items[0].pk, f"item-{items[0].pk}-answer": "อีกครั้ง"}, follow=False
    )
    assert late.status_code == 400 and "ไม่สามารถส่งข้อมูลเพิ่มได้" in late.content.decode()


def test_the_whole_loop_through_the_api(client, certificate, place, officer):
    visit = recorded_visit(place, officer, fail=("1.3", "1.7"))
    client.force_login(officer)
    decided = client.post(
        f"/api/v1/inspections/{visit.pk}/decide/",
        {"decision": "corrections", "reason": "ติดป้าย", "corrections_due": None},
        content_type="application/json",
    )
    assert decided.status_code == 200
    assert decided.json()["corrections_due"] == str(clock.today() + datetime.timedelta(days=30))
    listed = client.get("/api/v1/corrections/").json()
    assert listed["count"] == 1
    pk = listed["results"][0]["id"]
    client.force_login(place.owner)
    mine = client.get("/api/v1/corrections/").json()
    assert [c["id"] for c in mine["results"]] == [pk]
    detail = client.get(f"/api/v1/corrections/{pk}/").json()
    assert [i["code"] for i in detail["items"]] == ["1.3", "1.7"]
    first, second = detail["items"]
    bad = client.post(
        f"/api/v1/corrections/{pk}/items/{first['id']}/",
        {"answer": "แก้แล้ว", "evidence": SimpleUploadedFile("note.txt", b"hello")},
    )
    assert bad.status_code == 400
    assert "โปรดส่งรูปภาพ (JPEG, PNG หรือ WebP) หรือเอกสาร PDF" in bad.json()["errors"]["evidence"][0]
    fake_pdf = client.post(
        f"/api/v1/corrections/{pk}/items/{first['id']}/",
        {"answer": "แก้แล้ว", "evidence": SimpleUploadedFile("plan.pdf", b"not a pdf at all")},
    )
    assert fake_pdf.status_code == 400 and "ไม่ใช่ PDF" in str(fake_pdf.json()["errors"])
    answered = client.post(
        f"/api/v1/corrections/{pk}/items/{first['id']}/",
        {"answer": "ติดป้ายแล้ว", "evidence": SimpleUploadedFile("plan.pdf", _pdf())},
    )
    assert answered.status_code == 200 and answered.json()["evidence_url"]
    pdf = client.get(answered.json()["evidence_url"])
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    client.post(
        f"/api/v1/corrections/{pk}/items/{second['id']}/",
        {"answer": "เปลี่ยนถังแล้ว", "evidence": image_upload()},
    )
    asked = client.post(f"/api/v1/corrections/{pk}/visit-request/")
    assert asked.status_code == 200 and asked.json()["visit_requested_at"]
    assert client.post(f"/api/v1/corrections/{pk}/close/", {"outcome": "accepted"}).status_code == (
        404
    )
    client.force_login(officer)
    no_reason = client.post(
        f"/api/v1/corrections/{pk}/close/", {"outcome": "suspend"}, content_type="application/json"
    )
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["errors"]
    closed = client.post(
        f"/api/v1/corrections/{pk}/close/",
        {"outcome": "accepted", "reason": ""},
        content_type="application/json",
    )
    assert closed.status_code == 200 and closed.json()["outcome"] == "accepted"
    assert client.get("/api/v1/corrections/").json()["count"] == 0  # open cases only
    client.force_login(place.owner)
    late = client.post(
        f"/api/v1/corrections/{pk}/items/{first['id']}/",
        {"answer": "อีก", "evidence": image_upload()},
    )
    assert late.status_code == 400 and "ปิดแล้ว" in late.json()["errors"]["detail"]


def test_non_owners_and_officers_of_other_areas_get_404(client, place, officer):
    case = _corrections(place, officer)
    services.case_item_answer(
        actor=place.owner,
        item=case.items.first(),
        answer="แก้แล้ว",
        evidence=image_upload(size=(200, 150)),
    )
    item = case.items.first()
    owner_urls = [
        reverse("oversight:case_mine", args=[case.pk]),
        f"/api/v1/corrections/{case.pk}/",
    ]
    evidence = reverse("oversight:case_evidence", args=[item.pk])
    stranger = member(Role.OPERATOR)
    elsewhere = member(Role.AREA_OFFICER, province="83")
    for user in (stranger, elsewhere):
        client.force_login(user)
        for url in [*owner_urls, evidence, reverse("oversight:case", args=[case.pk])]:
            assert client.get(url).status_code == 404, (user, url)
        assert client.post(f"/api/v1/corrections/{case.pk}/visit-request/").status_code == 404
        assert (
            client.post(
                f"/api/v1/corrections/{case.pk}/items/{item.pk}/",
                {"answer": "x", "evidence": image_upload()},
            ).status_code
            == 404
        )
        assert (
            client.post(
                f"/api/v1/corrections/{case.pk}/close/",
                {"outcome": "accepted"},
                content_type="application/json",
            ).status_code
            == 404
        )
        assert client.get("/api/v1/corrections/").json()["count"] == 0
    # The officers of the area do not use the owner's pages either.
    client.force_login(officer)
    assert client.get(owner_urls[0]).status_code == 404
    assert client.post(f"/api/v1/corrections/{case.pk}/visit-request/").status_code == 404
    assert client.get(evidence).status_code == 200  # but they read the evidence
    from django.http import Http404

    with pytest.raises(Http404):
        services.case_item_answer(actor=officer, item=item, answer="x", evidence=image_upload())
    with pytest.raises(Http404):
        services.case_close(actor=elsewhere, case=case, outcome="accepted")


def test_bad_evidence_is_refused_with_the_message(client, place, officer):
    case = _corrections(place, officer, fail=("1.3",))
    item = case.items.get()
    url = reverse("oversight:case_mine", args=[case.pk])
    client.force_login(place.owner)

    def fake():
        return SimpleUploadedFile("photo.jpg", b"this is not an image", content_type="image/jpeg")

    refused = client.post(
        url,
        {"item": item.pk, f"item-{item.pk}-answer": "ทำแล้ว", f"item-{item.pk}-evidence": fake()},
    )
    assert refused.status_code == 400
    text = refused.content.decode()
    assert "ระบบเปิดไฟล์นี้เป็นรูปภาพไม่ได้" in text and 'data-testid="error-summary"' in text
    assert "ทำแล้ว" in text  # what was typed is kept
    item.refresh_from_db()
    assert not item.answered_at and not item.evidence
    big = SimpleUploadedFile("plan.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError) as caught:
        services.case_item_answer(actor=place.owner, item=item, answer="ทำแล้ว", evidence=big)
    assert "10 MB" in caught.value.message_dict["evidence"][0]
    english = client.post(
        f"/en{url}",
        {"item": item.pk, f"item-{item.pk}-answer": "done", f"item-{item.pk}-evidence": fake()},
    )
    assert "This file is not a photo we can open" in english.content.decode()


def test_reminders_at_7_and_1_days_once_each(place, officer):
    case = _corrections(place, officer)
    due = case.due_on
    owner = place.owner

    def reminders():
        return Notification.objects.filter(user=owner, title__startswith="แจ้งเตือน").count()

    with clock.fixed_at(due - datetime.timedelta(days=8)):
        assert oversight_tasks.corrections_remind() == {"reminded": 0, "overdue": 0}
    with clock.fixed_at(due - datetime.timedelta(days=7)):
        assert oversight_tasks.corrections_remind()["reminded"] == 1
        assert oversight_tasks.corrections_remind()["reminded"] == 0  # never twice
    assert reminders() == 1
    told = Notification.objects.filter(user=owner).latest("pk")
    assert "เหลือ 7 วัน" in told.body
    assert told.link.endswith(reverse("oversight:case_mine", args=[case.pk]))
    with clock.fixed_at(due - datetime.timedelta(days=3)):
        assert oversight_tasks.corrections_remind()["reminded"] == 0
    with clock.fixed_at(due - datetime.timedelta(days=1)):
        assert oversight_tasks.corrections_remind()["reminded"] == 1
        oversight_tasks.corrections_remind()
    assert reminders() == 2
    case.refresh_from_db()
    assert sorted(case.reminded) == [1, 7]


def test_reminders_catch_up_after_an_outage_without_duplicates(place, officer):
    case = _corrections(place, officer)
    due = case.due_on
    # Down on the 7th day before: the next run (4 days before) still reminds, once.
    with clock.fixed_at(due - datetime.timedelta(days=4)):
        assert oversight_tasks.corrections_remind()["reminded"] == 1
        assert oversight_tasks.corrections_remind()["reminded"] == 0
    body = Notification.objects.filter(user=place.owner).latest("pk").body
    assert "เหลือ 4 วัน" in body
    with clock.fixed_at(due - datetime.timedelta(days=1)):
        assert oversight_tasks.corrections_remind()["reminded"] == 1
    # Down for both: one reminder, not two at once.
    other = _corrections(
        establishment(name_th="ร้านที่สอง", subdistrict="500105"),
        officer,
        due=clock.today() + datetime.timedelta(days=20),
    )
    with clock.fixed_at(other.due_on - datetime.timedelta(days=1)):
        sent = oversight_tasks.corrections_remind()
    assert sent["reminded"] == 1
    other.refresh_from_db()
    assert sorted(other.reminded) == [1, 7]
    # A case opened less than 7 days before its deadline is not reminded at 7.
    near = _corrections(
        establishment(name_th="ร้านที่สาม", subdistrict="500105"),
        officer,
        due=clock.today() + datetime.timedelta(days=5),
    )
    with clock.fixed_at(near.due_on - datetime.timedelta(days=4)):
        oversight_tasks.corrections_remind()
    near.refresh_from_db()
    assert near.reminded == []


def test_overdue_moves_the_place_up_the_queue_with_its_reason(
    client, place, officer, django_capture_on_commit_callbacks
):
    calm = establishment(name_th="ร้านไม่มีปัญหา", subdistrict="500105")
    certify(calm)
    case = _corrections(place, officer, fail=("1.3",))
    services.risk_refresh()
    before = RiskScore.objects.get(pk=place.pk)
    assert "corrections_overdue" not in before.reasons
    with clock.fixed_at(case.due_on), django_capture_on_commit_callbacks(execute=True):
        assert oversight_tasks.corrections_remind()["overdue"] == 1
    with clock.fixed_at(case.due_on + datetime.timedelta(days=2)):
        assert oversight_tasks.corrections_remind()["overdue"] == 0  # once
    case.refresh_from_db()
    assert case.overdue_at is not None
    told = Notification.objects.filter(user=officer, title__contains="เลยกำหนด")
    assert told.count() == 1
    after = RiskScore.objects.get(pk=place.pk)
    assert after.score > before.score and "corrections_overdue" in after.reasons
    assert after.score > RiskScore.objects.get(pk=calm.pk).score
    client.force_login(officer)
    queue = client.get(reverse("oversight:queue")).content.decode()
    first_row = queue.split('data-testid="queue-row"')[1]
    assert "ร้านแก้ไขดี" in first_row and "แก้ไขไม่ทันกำหนด" in first_row
    listing = client.get(reverse("oversight:cases")).content.decode()
    assert "เลยกำหนด" in listing
    # Closing it takes the reason away.
    with django_capture_on_commit_callbacks(execute=True):
        services.case_close(
            actor=officer, case=case, outcome="visit", reason="ไปตรวจซ้ำ", visit_on=clock.today()
        )
    assert "corrections_overdue" not in RiskScore.objects.get(pk=place.pk).reasons
    assert Inspection.objects.filter(establishment=place, status="planned").count() == 1


def test_a_repeat_needs_a_visit_before_it_is_accepted(client, place, officer):
    first = _corrections(place, officer, fail=("1.3",))
    _answer_all(first, place.owner)
    services.case_close(actor=officer, case=first, outcome="accepted")
    # The owner was shown the rule before it applied.
    client.force_login(place.owner)
    page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    assert 'data-testid="escalation-warning"' in page
    assert "ต้องให้เจ้าหน้าที่ไปตรวจก่อน" in page
    second = _corrections(place, officer, fail=("1.3",))
    assert second.visit_required
    _answer_all(second, place.owner)
    client.force_login(officer)
    url = reverse("oversight:case", args=[second.pk])
    assert 'data-testid="visit-required"' in client.get(url).content.decode()
    refused = client.post(url, {"outcome": "accepted"})
    assert refused.status_code == 400
    assert "หลักเกณฑ์การทำผิดซ้ำ" in refused.content.decode()
    second.refresh_from_db()
    assert second.status == "open"
    recorded_visit(place, officer)  # an officer visits and records the checklist
    assert client.post(url, {"outcome": "accepted"}).status_code == 302
    second.refresh_from_db()
    assert second.outcome == "accepted"


def test_accepting_a_suspensions_case_reinstates_the_certificate(client, certificate, officer):
    place = certificate.establishment
    visit = recorded_visit(place, officer, fail=("1.3",))
    services.inspection_decide(
        actor=officer, inspection=visit, decision=Decision.SUSPEND, reason="ไม่มีถังขยะฝาปิด"
    )
    certificate.refresh_from_db()
    assert certificate.status == "suspended"
    case = CorrectionCase.objects.get(inspection=visit)
    assert case.due_on == clock.today() + datetime.timedelta(days=30)
    assert list(case.items.values_list("item__code", flat=True)) == ["1.3"]
    # Unanswered items: acceptance waits.
    with pytest.raises(ValidationError) as caught:
        services.case_close(actor=officer, case=case, outcome="accepted")
    assert "ยังไม่ได้ตอบ" in caught.value.message_dict["outcome"][0]
    _answer_all(case, place.owner)
    client.force_login(officer)
    assert (
        client.post(reverse("oversight:case", args=[case.pk]), {"outcome": "accepted"}).status_code
        == 302
    )
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    place.refresh_from_db()
    assert place.officer_outcome == "meets"
    assert "ใช้ได้" in client.get(f"/v/{certificate.verify_token}").content.decode()


def test_closing_by_suspending_and_by_planning_a_visit(client, certificate, officer):
    place = certificate.establishment
    case = _corrections(place, officer, fail=("1.3",))
    client.force_login(officer)
    url = reverse("oversight:case", args=[case.pk])
    no_date = client.post(url, {"outcome": "visit", "reason": "ไปดูเอง"})
    assert no_date.status_code == 400 and "visit_on" in no_date.context["form"].errors
    suspended = client.post(url, {"outcome": "suspend", "reason": "ไม่แก้ไขตามกำหนด"})
    assert suspended.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "suspended"
    place.refresh_from_db()
    assert place.officer_outcome == "suspended"
    told = Notification.objects.filter(user=place.owner).latest("pk")
    assert "ไม่แก้ไขตามกำหนด" in told.body


def test_the_officers_list_costs_the_same_whatever_its_length(
    client, officer, django_assert_num_queries
):
    for name in ("ร้านหนึ่ง", "ร้านสอง", "ร้านสาม"):
        place = establishment(name_th=name, subdistrict="500105")
        certify(place)
        _corrections(place, officer, due=clock.today() + datetime.timedelta(days=10 + len(name)))
    client.force_login(officer)
    url = reverse("oversight:cases")
    client.get(url)  # warm the session and the officer's areas
    with django_assert_num_queries(count := _count(client, url)):
        client.get(url)
    _corrections(establishment(name_th="ร้านสี่", subdistrict="500105"), officer)
    with django_assert_num_queries(count):
        page = client.get(url).content.decode()
    assert page.count('data-testid="case-row"') == 4
    # By deadline (a case is overdue from its deadline on, so overdue ones come first).
    names = [r.split("</a>")[0].rsplit(">", 1)[1] for r in page.split('data-testid="case-row"')[1:]]
    assert names == ["ร้านสอง", "ร้านสาม", "ร้านหนึ่ง", "ร้านสี่"]


def _count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)
