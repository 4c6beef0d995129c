"""The operator's right to reply, and the area officers' moderation queue and complaint workflow,
in pages and API, with area scoping (another province sees nothing: 404)."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import establishment, member, operator
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent, Notification
from tscplus.voice import services
from tscplus.voice.models import Complaint, Rating

pytestmark = pytest.mark.usefixtures("geo")

FIVES = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 5)


@pytest.fixture
def place():
    return establishment(name_th="ร้านป้าแดง", subdistrict="500105")


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


@pytest.fixture
def stranger():
    return member(Role.AREA_OFFICER, province="83")


def rate(place, device="d1", comment=""):
    return services.rating_submit(
        establishment=place, ratings=FIVES, comment=comment, device=device, ip="203.0.113.5"
    )


class TestReply:
    def test_owner_replies_once_from_the_page(self, client, place):
        rating = rate(place, comment="อร่อย สะอาด")
        client.force_login(place.owner)
        assert "อร่อย สะอาด" in client.get(reverse("voice:my_ratings")).content.decode()
        url = reverse("voice:reply", args=[rating.pk])
        assert client.post(url, {f"r{rating.pk}-reply": "ขอบคุณค่ะ"}).status_code == 302
        again = client.post(url, {f"r{rating.pk}-reply": "อีกครั้ง"})
        assert again.status_code == 400 and "คุณตอบคะแนนนี้ไปแล้ว" in again.content.decode()
        rating.refresh_from_db()
        assert rating.reply == "ขอบคุณค่ะ" and rating.reply_moderation == "published"
        public = client.get(
            reverse("places:public_detail", args=[place.public_id])
        ).content.decode()
        assert "ขอบคุณค่ะ" in public

    def test_someone_elses_rating_is_404(self, client, place):
        rating = rate(place)
        client.force_login(operator())
        assert (
            client.post(reverse("voice:reply", args=[rating.pk]), {"reply": "x"}).status_code == 404
        )
        response = client.post(
            f"/api/v1/ratings/{rating.pk}/reply/",
            {"reply": "x"},
            content_type="application/json",
        )
        assert response.status_code == 404

    def test_a_held_reply_or_rating_stays_out_of_the_public_api(self, client, place):
        rating = rate(place, comment="อร่อย")
        client.force_login(place.owner)
        mine = client.post(
            f"/api/v1/ratings/{rating.pk}/reply/",
            {"reply": "โทรหาเราที่ 081 234 5678"},
            content_type="application/json",
        )
        assert mine.json()["reply_moderation"] == "held"  # the owner sees their own reply
        client.logout()
        public = client.get(f"/api/v1/establishments/{place.public_id}/ratings/").json()
        assert "234 5678" not in str(public)  # the number (a timestamp may hold "081")
        # A held rating is not the owner's to read or answer.
        held = rate(place, comment="ติดต่อ 089 999 9999", device="d-held")
        assert held.moderation == "held"
        client.force_login(place.owner)
        response = client.post(
            f"/api/v1/ratings/{held.pk}/reply/", {"reply": "ขอบคุณ"}, content_type="application/json"
        )
        assert response.status_code == 404


class TestModeration:
    def test_officer_of_the_area_publishes_or_rejects_with_a_reason(self, client, place, officer):
        held = rate(place, comment="ติดต่อ 081 234 5678")
        client.force_login(officer)
        url = reverse("voice:moderation")
        assert "081 234 5678" in client.get(url).content.decode()
        response = client.post(url, {"pk": held.pk, "part": "rating", "decision": "reject"})
        assert response.status_code == 400 and "โปรดระบุเหตุผล" in response.content.decode()
        client.post(url, {"pk": held.pk, "part": "rating", "decision": "approve"})
        held.refresh_from_db()
        assert held.moderation == "published" and held.moderated_by == officer
        assert AuditEvent.objects.filter(verb="rating.rating_moderated").exists()

    def test_other_areas_and_non_officers_get_404(self, client, place, stranger):
        held = rate(place, comment="www.example.com")
        client.force_login(stranger)
        assert "www.example.com" not in client.get(reverse("voice:moderation")).content.decode()
        response = client.post(
            reverse("voice:moderation"), {"pk": held.pk, "part": "rating", "decision": "approve"}
        )
        assert response.status_code == 404
        client.force_login(place.owner)
        assert client.get(reverse("voice:moderation")).status_code == 404
        assert client.get("/api/v1/moderation/").status_code == 404

    def test_api(self, client, place, officer):
        held = rate(place, comment="www.example.com")
        client.force_login(officer)
        held_rows = client.get("/api/v1/moderation/").json()["results"]
        assert [row["id"] for row in held_rows] == [held.pk]
        bad = client.post(
            f"/api/v1/moderation/{held.pk}/",
            {"part": "rating", "decision": "reject"},
            content_type="application/json",
        )
        assert bad.status_code == 400 and "reason" in bad.json()["errors"]
        ok = client.post(
            f"/api/v1/moderation/{held.pk}/",
            {"part": "rating", "decision": "reject", "reason": "โฆษณา"},
            content_type="application/json",
        )
        assert ok.status_code == 200 and ok.json()["moderation"] == "rejected"


@pytest.fixture
def complaint(place):
    return services.complaint_file(
        establishment=place,
        topic="dirty",
        description="ห้องน้ำไม่มีสบู่",
        ip="203.0.113.9",
        contact_name="สมใจ",
        contact_email="somjai@example.org",
        consent=True,
    )


class TestComplaintWorkflow:
    def test_take_investigate_resolve_and_the_complainant_follows(
        self, client, complaint, officer, django_capture_on_commit_callbacks
    ):
        client.force_login(officer)
        listing = client.get(reverse("voice:officer_complaints")).content.decode()
        assert complaint.tracking_code in listing
        url = reverse("voice:officer_complaint", args=[complaint.pk])
        page = client.get(url).content.decode()
        assert "somjai@example.org" not in page  # not before it is assigned to this officer
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"action": "take"})
        assert "somjai@example.org" in client.get(url).content.decode()
        complaint.refresh_from_db()
        assert complaint.status == "assigned" and complaint.assignee == officer
        response = client.post(url, {"status": "resolved", "resolution": ""})
        assert response.status_code == 400 and "resolution" in response.context["form"].errors
        assert "อธิบายสิ่งที่พบและสิ่งที่ทำ" in response.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url, {"status": "investigating"})
            client.post(url, {"status": "resolved", "resolution": "ตรวจแล้ว ร้านเติมสบู่ทุกจุด"})
        complaint.refresh_from_db()
        assert complaint.status == "resolved"
        verbs = set(
            AuditEvent.objects.filter(object_id=str(complaint.pk)).values_list("verb", flat=True)
        )
        assert {"complaint.filed", "complaint.assigned", "complaint.status_changed"} <= verbs
        # The complainant heard of each step by email (they consented), in Thai and English.
        assert len(mail.outbox) == 3 and complaint.tracking_code in mail.outbox[-1].subject
        assert "แก้ไขแล้ว" in mail.outbox[-1].body and "Resolved" in mail.outbox[-1].body
        client.logout()
        track = client.get(
            reverse("voice:track"), {"code": complaint.tracking_code}
        ).content.decode()
        assert "แก้ไขแล้ว" in track and "ตรวจแล้ว ร้านเติมสบู่ทุกจุด" in track

    def test_only_the_assigned_officer_moves_it_and_a_closed_one_stays_closed(
        self, complaint, officer
    ):
        with pytest.raises(ValidationError) as exc:
            services.complaint_set_status(
                actor=officer, complaint=complaint, status="dismissed", resolution="ไม่พบตามที่แจ้ง"
            )
        assert exc.value.code == "not_assignee"
        colleague = member(Role.AREA_OFFICER, province="50")
        services.complaint_assign(actor=colleague, complaint=complaint, assignee=colleague)
        services.complaint_assign(actor=officer, complaint=complaint, assignee=officer)
        assert Notification.objects.filter(user=colleague, title__contains="มอบหมายใหม่").exists()
        services.complaint_set_status(
            actor=officer, complaint=complaint, status="dismissed", resolution="ไม่พบตามที่แจ้ง"
        )
        with pytest.raises(ValidationError) as exc:
            services.complaint_set_status(
                actor=officer, complaint=complaint, status="investigating"
            )
        assert "status" in exc.value.message_dict

    def test_a_new_complaint_reaches_the_officers_of_the_area(self, place, officer):
        elsewhere = member(Role.AREA_OFFICER, province="83")
        services.complaint_file(
            establishment=place, topic="crowding", description="แออัด", ip="203.0.113.4"
        )
        told = Notification.objects.get(user=officer)
        assert "ร้านป้าแดง" in told.title and "แออัด" in told.body
        assert not Notification.objects.filter(user__in=[elsewhere, place.owner]).exists()

    def test_assigning_to_another_officer_notifies_them(self, complaint, officer):
        colleague = member(Role.AREA_OFFICER, province="50")
        services.complaint_assign(actor=officer, complaint=complaint, assignee=colleague)
        assert Notification.objects.filter(user=colleague).count() == 1
        with pytest.raises(ValidationError) as exc:
            services.complaint_assign(
                actor=officer,
                complaint=complaint,
                assignee=member(Role.AREA_OFFICER, province="83"),
            )
        assert "assignee" in exc.value.message_dict

    def test_never_the_operator_nor_another_province(self, client, complaint, place, stranger):
        url = reverse("voice:officer_complaint", args=[complaint.pk])
        for user in (place.owner, stranger):
            client.force_login(user)
            assert client.get(url).status_code == 404
            assert client.get(f"/api/v1/complaints/{complaint.pk}/").status_code == 404
        client.force_login(stranger)
        assert client.get("/api/v1/complaints/").json()["results"] == []

    def test_api(self, client, complaint, officer):
        client.force_login(officer)
        detail = client.get(f"/api/v1/complaints/{complaint.pk}/").json()
        assert detail["contact"] is None
        taken = client.post(f"/api/v1/complaints/{complaint.pk}/take/").json()
        assert taken["status"] == "assigned" and taken["contact"]["email"] == "somjai@example.org"
        bad = client.post(
            f"/api/v1/complaints/{complaint.pk}/status/",
            {"status": "resolved"},
            content_type="application/json",
        )
        assert bad.status_code == 400 and "resolution" in bad.json()["errors"]
        Complaint.objects.filter(pk=complaint.pk).update(status="received")
        wrong = client.post(
            f"/api/v1/complaints/{complaint.pk}/status/",
            {"status": "investigating"},
            content_type="application/json",
        )
        assert wrong.status_code == 400 and "status" in wrong.json()["errors"]


def test_navigation_by_role(client, place, officer):
    client.force_login(place.owner)
    html = client.get("/").content.decode()
    assert reverse("voice:my_ratings") in html and reverse("voice:moderation") not in html
    client.force_login(officer)
    html = client.get("/").content.decode()
    assert reverse("voice:moderation") in html and reverse("voice:officer_complaints") in html
    assert Rating.objects.count() == 0
