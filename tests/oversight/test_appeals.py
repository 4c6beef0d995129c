"""Appeals and the owner's right to reply: the owner appeals a decision within the window, an
officer of the area who did not make it decides (the decider never can), the public reads "under
appeal" and then the outcome; the owner answers an outcome once, moderated like replies to
ratings. Pages and API alike; anything not yours is 404."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import (
    UserFactory,
    certify,
    establishment,
    image_upload,
    member,
    operator,
    recorded_visit,
)
from tscplus.accounts.choices import Role
from tscplus.assessments import services as assessment_services
from tscplus.assessments.models import Certificate
from tscplus.core import clock
from tscplus.core.audit import AuditEvent
from tscplus.core.models import Notification
from tscplus.core.thaidate import format_date
from tscplus.oversight import services
from tscplus.oversight.choices import AppealStatus, CaseOutcome, CaseStatus, Decision
from tscplus.oversight.models import Appeal, CorrectionCase, PlaceRecord

pytestmark = pytest.mark.usefixtures("geo")

UNDER_APPEAL = "อยู่ระหว่างอุทธรณ์"


@pytest.fixture
def certificate():
    certify(establishment(name_th="ร้านอุทธรณ์", subdistrict="500105"))
    return Certificate.objects.get()


@pytest.fixture
def decider():
    return member(Role.AREA_OFFICER, province="50", user=UserFactory(full_name="สมชาย ตัดสิน"))


@pytest.fixture
def second():
    return member(Role.AREA_OFFICER, province="50", user=UserFactory(full_name="สมหญิง ทบทวน"))


def decided(place, officer, decision, **extra):
    visit = recorded_visit(place, officer, fail=("1.3",))
    if decision == Decision.CORRECTIONS:
        extra.setdefault("corrections_due", clock.today() + datetime.timedelta(days=14))
    services.inspection_decide(
        actor=officer, inspection=visit, decision=decision, reason="พบความแออัด", **extra
    )
    visit.refresh_from_db()
    return visit


def tiny_pdf() -> bytes:
    """A real one-page PDF (its cross-reference table computed), as a scanner would send."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


# --- Filing ---------------------------------------------------------------------------------------


def test_owner_appeals_a_suspension_within_the_window(client, certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    last_day = clock.today() + datetime.timedelta(days=21)
    client.force_login(place.owner)
    page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    assert reverse("oversight:appeal_new", args=[visit.pk]) in page
    assert f"อุทธรณ์คำวินิจฉัยนี้ (ได้ถึงวันที่ {format_date(last_day, 'long', 'th')})" in page
    assert reverse("oversight:reply", args=[visit.pk]) in page

    response = client.post(
        reverse("oversight:appeal_new", args=[visit.pk]),
        {"reasons": "ติดตั้งจุดล้างมือแล้ว วันตรวจมีงานบุญจึงแออัด", "evidence": image_upload()},
    )
    appeal = Appeal.objects.get()
    assert response["Location"] == reverse("oversight:appeal", args=[appeal.pk])
    assert appeal.status == AppealStatus.OPEN and appeal.appellant == place.owner
    assert appeal.officer == second  # of the area, and not the officer who decided
    assert appeal.respond_by == clock.today() + datetime.timedelta(days=14)
    assert appeal.evidence.name.endswith(".jpg")
    assert Notification.objects.filter(
        user=second, link__contains=f"/appeals/{appeal.pk}/"
    ).exists()
    assert Notification.objects.filter(user=place.owner, title="ได้รับคำอุทธรณ์ของคุณแล้ว").exists()
    assert AuditEvent.objects.filter(verb="appeal.filed").count() == 1

    # The suspension stays in force while it is heard; the public reads "under appeal".
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "ระงับ" in qr and UNDER_APPEAL in qr
    assert PlaceRecord.objects.get().under_appeal
    owner_view = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    assert UNDER_APPEAL in owner_view
    assert reverse("oversight:appeal_new", args=[visit.pk]) not in owner_view
    # The owner and the area's officers open the evidence; nobody else.
    evidence = reverse("oversight:appeal_evidence", args=[appeal.pk])
    assert client.get(evidence)["Content-Type"] == "image/jpeg"
    client.force_login(operator())
    assert client.get(evidence).status_code == 404
    assert client.get(reverse("oversight:appeal", args=[appeal.pk])).status_code == 404


def test_assigned_to_the_officer_with_fewest_open_appeals(certificate, decider, second):
    busy_place = establishment(name_th="ร้านอื่น", subdistrict="500105")
    certify(busy_place)
    regional = member(Role.REGIONAL_OFFICER, region=1)  # Chiang Mai lies in health region 1
    other = decided(busy_place, decider, Decision.SUSPEND)
    services.appeal_file(actor=busy_place.owner, inspection=other, reasons="ไม่เห็นด้วย")
    assert Appeal.objects.get().officer == second  # the first without appeals, by account
    visit = decided(certificate.establishment, decider, Decision.SUSPEND)
    appeal = services.appeal_file(
        actor=certificate.establishment.owner, inspection=visit, reasons="ไม่เห็นด้วย"
    )
    assert appeal.officer == regional  # second has one open already; the decider never


def test_unassigned_when_no_other_officer(certificate, decider):
    visit = decided(certificate.establishment, decider, Decision.SUSPEND)
    appeal = services.appeal_file(
        actor=certificate.establishment.owner, inspection=visit, reasons="ไม่เห็นด้วย"
    )
    assert appeal.officer is None
    admin = member(Role.ADMINISTRATOR)
    assert [services.appeal_can_decide(admin, a) for a in Appeal.objects.all()] == [True]


def test_after_the_deadline_refused_with_the_last_day_in_buddhist_era(client, certificate, decider):
    place = certificate.establishment
    visit = decided(place, decider, Decision.CORRECTIONS)
    last_day = clock.today() + datetime.timedelta(days=21)
    thai_last_day = format_date(last_day, "long", "th")
    assert str(last_day.year + 543) in thai_last_day
    client.force_login(place.owner)
    with clock.fixed_at(last_day):  # the last day itself is still in time
        assert services.appeal_possible(visit)
    with clock.fixed_at(last_day + datetime.timedelta(days=1)):
        page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
        assert reverse("oversight:appeal_new", args=[visit.pk]) not in page
        response = client.post(
            reverse("oversight:appeal_new", args=[visit.pk]), {"reasons": "ขอทบทวน"}
        )
        assert response.status_code == 400
        assert f"หมดเวลายื่นอุทธรณ์คำวินิจฉัยนี้แล้ว วันสุดท้ายคือวันที่ {thai_last_day}" in (
            response.content.decode()
        )
        api = client.post(reverse("api-inspection-appeal", args=[visit.pk]), {"reasons": "ขอทบทวน"})
        assert api.status_code == 400 and thai_last_day in api.json()["errors"]["detail"]
    assert not Appeal.objects.exists()


def test_only_the_owner_appeals_and_replies_anyone_else_404(client, certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    for stranger in (operator(), second):
        client.force_login(stranger)
        for name in ("oversight:appeal_new", "oversight:reply"):
            url = reverse(name, args=[visit.pk])
            assert client.get(url).status_code == 404
            assert client.post(url, {"reasons": "x", "reply": "x"}).status_code == 404
        for name in ("api-inspection-appeal", "api-inspection-reply"):
            api = client.post(reverse(name, args=[visit.pk]), {"reasons": "x", "reply": "x"})
            assert api.status_code == 404 and "errors" in api.json()
    with pytest.raises(Exception) as refused:
        services.appeal_file(actor=second, inspection=visit, reasons="x")
    assert refused.typename == "Http404"
    assert not Appeal.objects.exists()
    visit.refresh_from_db()
    assert visit.reply == ""


def test_a_second_appeal_is_refused_with_the_first_ones_state(client, certificate, decider):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    client.force_login(place.owner)
    first = client.post(reverse("api-inspection-appeal", args=[visit.pk]), {"reasons": "ขอทบทวน"})
    assert first.status_code == 201 and first.json()["status"] == "open"
    again = client.post(reverse("api-inspection-appeal", args=[visit.pk]), {"reasons": "อีกครั้ง"})
    today = format_date(clock.today(), "long", "th")
    message = again.json()["errors"]["detail"]
    assert again.status_code == 400
    assert message == f"คำวินิจฉัยนี้ยื่นอุทธรณ์แล้วเมื่อวันที่ {today}: อยู่ระหว่างอุทธรณ์"
    page = client.get(reverse("oversight:appeal_new", args=[visit.pk])).content.decode()
    assert f"ยื่นอุทธรณ์แล้วเมื่อวันที่ {today}" in page and "ส่งคำอุทธรณ์" not in page
    assert Appeal.objects.count() == 1


def test_a_decision_that_cannot_be_appealed_is_refused(certificate, decider):
    visit = decided(certificate.establishment, decider, Decision.CONFIRM)
    with pytest.raises(ValidationError, match="อุทธรณ์ไม่ได้"):
        services.appeal_file(
            actor=certificate.establishment.owner, inspection=visit, reasons="ขอทบทวน"
        )
    assert not services.appeal_possible(visit)


def test_evidence_must_be_a_photo_or_a_pdf(client, certificate, decider):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    client.force_login(place.owner)
    fake = SimpleUploadedFile("scan.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    page = client.post(
        reverse("oversight:appeal_new", args=[visit.pk]), {"reasons": "ขอทบทวน", "evidence": fake}
    )
    assert page.status_code == 400
    assert "ไฟล์นี้ไม่ใช่ PDF" in page.content.decode()  # named .pdf, holds something else
    text = SimpleUploadedFile("note.txt", b"hello", content_type="text/plain")
    api = client.post(
        reverse("api-inspection-appeal", args=[visit.pk]), {"reasons": "ขอทบทวน", "evidence": text}
    )
    assert api.status_code == 400 and "evidence" in api.json()["errors"]
    assert not Appeal.objects.exists()
    pdf = SimpleUploadedFile("scan.pdf", tiny_pdf(), content_type="application/pdf")
    sent = client.post(
        reverse("api-inspection-appeal", args=[visit.pk]), {"reasons": "ขอทบทวน", "evidence": pdf}
    )
    assert sent.status_code == 201 and sent.json()["has_evidence"] is True
    assert Appeal.objects.get().evidence.name.endswith(".pdf")


# --- Deciding -------------------------------------------------------------------------------------


def test_the_deciding_officer_can_never_decide_the_appeal(client, certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    appeal = services.appeal_file(actor=place.owner, inspection=visit, reasons="ขอทบทวน")
    client.force_login(decider)
    queue = client.get(reverse("oversight:queue")).content.decode()
    assert "คุณไม่ใช่ผู้พิจารณา" in queue and reverse("oversight:appeal", args=[appeal.pk]) in queue
    url = reverse("oversight:appeal", args=[appeal.pk])
    page = client.get(url).content.decode()
    assert 'data-testid="decide-appeal"' not in page and "บันทึกผลการพิจารณา" not in page
    assert 'data-testid="not-yours"' in page
    posted = client.post(url, {"status": "overturned", "reason": "เห็นด้วยกับเจ้าของ"})
    assert posted.status_code == 400
    assert "คุณเป็นผู้วินิจฉัยเรื่องนี้" in posted.content.decode()
    api = client.post(
        reverse("api-appeal-decide", args=[appeal.pk]),
        {"status": "overturned", "reason": "เห็นด้วยกับเจ้าของ"},
        content_type="application/json",
    )
    assert api.status_code == 400 and "คุณเป็นผู้วินิจฉัยเรื่องนี้" in api.json()["errors"]["detail"]
    listed = client.get(reverse("api-appeals")).json()["results"]
    assert [(a["id"], a["can_decide"]) for a in listed] == [(appeal.pk, False)]
    appeal.refresh_from_db()
    certificate.refresh_from_db()
    assert appeal.status == AppealStatus.OPEN and certificate.status == "suspended"
    # The second officer sees the button; the owner never decides (404 on the API).
    client.force_login(second)
    assert 'data-testid="decide-appeal"' in client.get(url).content.decode()
    assert client.get(reverse("api-appeals")).json()["results"][0]["can_decide"] is True
    client.force_login(place.owner)
    owner_api = client.post(
        reverse("api-appeal-decide", args=[appeal.pk]),
        {"status": "overturned", "reason": "x"},
        content_type="application/json",
    )
    assert owner_api.status_code == 404


def test_second_officer_overturns_a_suspension(
    client, certificate, decider, second, django_capture_on_commit_callbacks
):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    appeal = services.appeal_file(actor=place.owner, inspection=visit, reasons="ขอทบทวน")
    client.get(f"/v/{certificate.verify_token}")  # cached while under appeal
    client.force_login(second)
    queue = client.get(reverse("oversight:queue")).content.decode()
    assert "คำอุทธรณ์ที่ต้องพิจารณา" in queue and "ร้านอุทธรณ์" in queue
    listed = client.get(reverse("oversight:appeals")).content.decode()
    assert reverse("oversight:appeal", args=[appeal.pk]) in listed
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("oversight:appeal", args=[appeal.pk]),
            {"status": "overturned", "reason": "ตรวจซ้ำแล้วพบว่าจัดการความแออัดได้"},
        )
    assert response.status_code == 302
    appeal.refresh_from_db()
    certificate.refresh_from_db()
    assert appeal.status == AppealStatus.OVERTURNED and appeal.decided_by == second
    assert certificate.status == "valid"
    assert AuditEvent.objects.filter(verb="appeal.decided").count() == 1
    told = Notification.objects.get(user=place.owner, title__startswith="มีผลการพิจารณาคำอุทธรณ์")
    assert "ตรวจซ้ำแล้วพบว่าจัดการความแออัดได้" in told.body and "เพิกถอนคำวินิจฉัย" in told.body
    client.logout()
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert UNDER_APPEAL not in qr
    assert "เพิกถอนคำวินิจฉัย" in qr and "ตรวจซ้ำแล้วพบว่าจัดการความแออัดได้" in qr
    assert "ผ่านมาตรฐาน" in qr  # the outcome that stands now
    record = PlaceRecord.objects.get()
    assert record.outcome == "meets" and not record.under_appeal
    place.refresh_from_db()
    assert place.certification == "certified"


def test_varied_revocation_becomes_a_suspension_through_the_api(
    client, certificate, decider, second
):
    place = certificate.establishment
    visit = decided(place, decider, Decision.REVOKE)
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    # Nothing but an appeal brings a revoked certificate back: not the admin's "reinstate".
    with pytest.raises(ValidationError):
        assessment_services.certificate_set_status(
            actor=None, certificate=certificate, status="valid"
        )
    appeal = services.appeal_file(actor=place.owner, inspection=visit, reasons="ขอทบทวน")
    client.force_login(second)
    url = reverse("api-appeal-decide", args=[appeal.pk])
    harsher = client.post(
        url,
        {"status": "varied", "varied_to": "confirm", "reason": "x"},
        content_type="application/json",
    )
    assert harsher.status_code == 400 and "varied_to" in harsher.json()["errors"]
    no_reason = client.post(
        url, {"status": "varied", "varied_to": "suspend"}, content_type="application/json"
    )
    assert no_reason.status_code == 400 and "reason" in no_reason.json()["errors"]
    done = client.post(
        url,
        {"status": "varied", "varied_to": "suspend", "reason": "ครั้งแรก ระงับชั่วคราวก็พอ"},
        content_type="application/json",
    )
    assert done.status_code == 200
    assert done.json()["status"] == "varied" and done.json()["varied_to"] == "suspend"
    certificate.refresh_from_db()
    assert certificate.status == "suspended"
    assert PlaceRecord.objects.get().outcome == "suspended"
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "แก้ไขคำวินิจฉัย" in qr and UNDER_APPEAL not in qr
    again = client.post(url, {"status": "upheld", "reason": "x"}, content_type="application/json")
    assert again.status_code == 400  # decided once
    assert client.get(reverse("api-appeal", args=[appeal.pk])).json()["status"] == "varied"


def test_overturned_corrections_close_their_case(certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.CORRECTIONS)
    case = CorrectionCase.objects.get(inspection=visit)  # opened with the decision
    appeal = services.appeal_file(actor=place.owner, inspection=visit, reasons="แก้แล้ว")
    assert PlaceRecord.objects.get().under_appeal
    services.appeal_decide(
        actor=second, appeal=appeal, status=AppealStatus.OVERTURNED, reason="ไม่มีข้อบกพร่อง"
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.CLOSED and case.outcome == CaseOutcome.OVERTURNED
    record = PlaceRecord.objects.get()
    assert record.outcome == "meets" and not record.under_appeal


def test_upheld_changes_nothing(certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    appeal = services.appeal_file(actor=place.owner, inspection=visit, reasons="ขอทบทวน")
    services.appeal_decide(
        actor=second, appeal=appeal, status=AppealStatus.UPHELD, reason="ยังแออัดอยู่"
    )
    certificate.refresh_from_db()
    assert certificate.status == "suspended"
    assert PlaceRecord.objects.get().outcome == "suspended"


# --- The right to reply ---------------------------------------------------------------------------


def test_reply_once_published_at_once_beside_the_outcome(client, certificate, decider):
    place = certificate.establishment
    visit = decided(place, decider, Decision.CORRECTIONS)
    client.force_login(place.owner)
    url = reverse("oversight:reply", args=[visit.pk])
    response = client.post(url, {"reply": "เราติดตั้งถังขยะมีฝาปิดครบแล้ว"})
    assert response["Location"] == reverse("places:mine_detail", args=[place.public_id])
    visit.refresh_from_db()
    assert visit.reply_moderation == "published"
    qr = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "คำตอบจากสถานประกอบการ" in qr and "เราติดตั้งถังขยะมีฝาปิดครบแล้ว" in qr
    again = client.post(url, {"reply": "อีกครั้ง"})
    assert again.status_code == 400 and "คุณตอบผลการตรวจนี้แล้ว" in again.content.decode()
    api = client.post(reverse("api-inspection-reply", args=[visit.pk]), {"reply": "อีกครั้ง"})
    assert api.status_code == 400 and "คุณตอบผลการตรวจนี้แล้ว" in api.json()["errors"]["detail"]
    visit.refresh_from_db()
    assert visit.reply == "เราติดตั้งถังขยะมีฝาปิดครบแล้ว"
    assert AuditEvent.objects.filter(verb="inspection.replied").count() == 1


def test_held_reply_waits_then_an_officer_publishes_it(
    client, certificate, decider, second, django_capture_on_commit_callbacks
):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    client.force_login(place.owner)
    api = client.post(
        reverse("api-inspection-reply", args=[visit.pk]),
        {"reply": "สอบถามเพิ่มเติมโทร 081-234-5678"},
        content_type="application/json",
    )
    assert api.status_code == 201 and api.json()["reply_moderation"] == "held"
    assert "081-234-5678" not in client.get(f"/v/{certificate.verify_token}").content.decode()
    mine = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    assert "รอเจ้าหน้าที่ตรวจ" in mine and "081-234-5678" in mine  # the owner sees its state
    assert reverse("oversight:reply", args=[visit.pk]) not in mine
    # The officer who decided does not judge a reply to their own decision.
    client.force_login(decider)
    listed = client.get(reverse("oversight:appeals")).content.decode()
    assert "081-234-5678" in listed and reverse(
        "oversight:reply_moderate", args=[visit.pk]
    ) not in (listed)
    refused = client.post(
        reverse("api-inspection-reply-moderate", args=[visit.pk]),
        {"decision": "approve"},
        content_type="application/json",
    )
    assert refused.status_code == 400
    client.force_login(second)
    listed = client.get(reverse("oversight:appeals")).content.decode()
    assert reverse("oversight:reply_moderate", args=[visit.pk]) in listed
    no_reason = client.post(
        reverse("oversight:reply_moderate", args=[visit.pk]), {"decision": "reject"}
    )
    assert no_reason.status_code == 400 and "โปรดระบุเหตุผลที่ไม่อนุมัติ" in no_reason.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(
            reverse("oversight:reply_moderate", args=[visit.pk]), {"decision": "approve"}
        )
    assert published["Location"] == reverse("oversight:appeals")
    visit.refresh_from_db()
    assert visit.reply_moderation == "published"
    assert "081-234-5678" in client.get(f"/v/{certificate.verify_token}").content.decode()
    assert AuditEvent.objects.filter(verb="inspection.reply_moderated").count() == 1
    client.force_login(place.owner)
    second_reply = client.post(reverse("oversight:reply", args=[visit.pk]), {"reply": "ขอบคุณ"})
    assert second_reply.status_code == 400


def test_a_rejected_reply_may_be_written_again(client, certificate, decider, second):
    place = certificate.establishment
    visit = decided(place, decider, Decision.SUSPEND)
    services.inspection_reply(actor=place.owner, inspection=visit, text="ดูที่ www.example.com")
    client.force_login(second)
    rejected = client.post(
        reverse("api-inspection-reply-moderate", args=[visit.pk]),
        {"decision": "reject", "reason": "มีลิงก์โฆษณา"},
        content_type="application/json",
    )
    assert rejected.status_code == 200 and rejected.json()["reply_moderation"] == "rejected"
    assert Notification.objects.filter(user=place.owner, body__contains="มีลิงก์โฆษณา").exists()
    visit.refresh_from_db()
    services.inspection_reply(actor=place.owner, inspection=visit, text="แก้ไขเรียบร้อยแล้ว")
    visit.refresh_from_db()
    assert visit.reply_moderation == "published"
