"""People Voice: ratings (anti-abuse, moderation holds, weighting), complaints and their tracking,
in services, pages and the API."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.factories import certify, establishment, image_upload, member
from tscplus.accounts.choices import Role
from tscplus.voice import moderation, ratings, selectors, services
from tscplus.voice.models import Complaint, Rating
from tscplus.voice.visits import visit_token

pytestmark = pytest.mark.usefixtures("geo")

FIVES = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 5)


@pytest.fixture
def place():
    return establishment(name_th="ร้านป้าแดง", subdistrict="500105")


def rate(place, device="d1", **extra):
    kwargs = {"ratings": FIVES, "device": device, "ip": "203.0.113.5", **extra}
    return services.rating_submit(establishment=place, **kwargs)


class TestModerationRules:
    @pytest.mark.parametrize(
        ("text", "reasons"),
        [
            ("อาหารอร่อย สะอาดมาก", []),
            ("แบ่งสัดส่วนโต๊ะดี แม่งานใจดี", []),  # innocent words holding short rude ones
            ("ดูเพิ่มที่ www.example.com", ["link"]),
            ("โทร ๐๘๑-๒๓๔-๕๖๗๘ ได้เลย", ["phone"]),
            ("พนักงานเหี้ยมาก", ["word"]),
            ("staff were shit", ["word"]),
            ("Scunthorpe shitake", []),
            # Separators and spelled-out dots do not slip past.
            ("โทร 081  234  5678", ["phone"]),
            ("081/234/5678", ["phone"]),
            ("0 8 1 - 2 3 4 - 5 6 7 8", ["phone"]),
            ("evil_shop (dot) com", ["link"]),
            ("ราคา 50 บาท เปิด 8 โมง ถึง 20 น.", []),
            ("จุดล้างมือสะอาด", []),
        ],
    )
    def test_hold_reasons(self, text, reasons):
        assert moderation.hold_reasons(text) == reasons


def test_bayesian_average_does_not_let_three_fives_beat_three_hundred_fours():
    few = ratings.bayesian_average(total=3 * 5, weight=3)
    many = ratings.bayesian_average(total=300 * 4, weight=300)
    assert few < many and round(few, 2) == 3.46 and round(many, 2) == 3.97


class TestRatingSubmit:
    def test_one_rating_per_device_a_day(self, place):
        rate(place)
        with pytest.raises(ValidationError) as exc:
            rate(place)
        assert exc.value.code == "repeat"
        rate(place, device="d2")  # another phone may
        Rating.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
        rate(place)  # and the first one again the next day
        assert Rating.objects.count() == 3

    def test_out_of_range_names_each_aspect(self, place):
        with pytest.raises(ValidationError) as exc:
            rate(place, ratings={**FIVES, "staff": 6, "overall": "x"})
        assert set(exc.value.message_dict) == {"staff", "overall"}
        assert not Rating.objects.exists()

    def test_a_comment_with_a_link_waits_and_the_address_is_not_stored(self, place):
        rating = rate(place, comment="ดูรีวิวที่ https://spam.example")
        assert rating.moderation == "held" and rating.held_for == "link"
        assert "203.0.113.5" not in rating.client and len(rating.client) == 64
        assert selectors.rating_summary(establishment_id=place.pk).count == 0

    def test_bad_photo_keeps_nothing(self, place):
        from django.core.files.uploadedfile import SimpleUploadedFile

        fake = SimpleUploadedFile("x.jpg", b"not an image", content_type="image/jpeg")
        with pytest.raises(ValidationError) as exc:
            rate(place, photo=fake)
        assert "photo" in exc.value.message_dict and not Rating.objects.exists()
        assert rate(place, photo=image_upload()).photo.name.endswith(".jpg")

    def test_verified_visits_weigh_double(self, place):
        rate(place, device="a", ratings={**FIVES, "overall": 5}, verified_visit=True)
        rate(place, device="b", ratings={**FIVES, "overall": 2})
        summary = selectors.rating_summary(establishment_id=place.pk)
        assert summary.count == 2 and summary.verified_share == 0.5
        assert summary.averages["overall"] == 4.0  # (5*2 + 2*1) / 3


def test_summaries_follow_moderation_and_the_90_day_window(place):
    held = rate(place, device="a", comment="www.spam.example")
    assert selectors.rating_summary(establishment_id=place.pk).count == 0
    officer = member(Role.AREA_OFFICER, province="50")
    services.rating_moderate(actor=officer, rating=held, part="rating", approve=True)
    assert selectors.rating_summary(establishment_id=place.pk).count == 1
    Rating.objects.update(created_at=timezone.now() - datetime.timedelta(days=91))
    assert services.place_ratings_refresh() == 1  # the nightly job
    summary = selectors.rating_summary(establishment_id=place.pk)
    assert summary.count == 0 and summary.ranking_score == ratings.PRIOR_MEAN


def test_verified_weight_is_capped_per_client_address(place):
    kinds = [
        services.rating_submit(
            establishment=place,
            ratings=dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 1),
            device=f"script-{n}",
            ip="203.0.113.77",
            verified_visit=True,
        ).verified_visit
        for n in range(5)
    ]
    assert kinds == [True, True, True, False, False]  # counted, but not at double weight


def test_reply_once_and_moderated(place):
    rating = rate(place)
    services.rating_reply(actor=place.owner, rating=rating, text="ขอบคุณค่ะ")
    assert rating.reply_moderation == "published"
    with pytest.raises(ValidationError):
        services.rating_reply(actor=place.owner, rating=rating, text="อีกครั้ง")
    other = rate(place, device="d9")
    services.rating_reply(actor=place.owner, rating=other, text="โทร 0812345678")
    assert other.reply_moderation == "held"
    officer = member(Role.AREA_OFFICER, province="50")
    with pytest.raises(ValidationError):
        services.rating_moderate(actor=officer, rating=other, part="reply", approve=False)
    services.rating_moderate(
        actor=officer, rating=other, part="reply", approve=False, reason="มีเบอร์โทร"
    )
    assert other.reply_moderation == "rejected"
    # The owner is told why, and may answer again.
    from tscplus.core.models import Notification

    told = Notification.objects.get(user=place.owner)
    assert "มีเบอร์โทร" in told.body and "#rating-" in told.link
    services.rating_reply(actor=place.owner, rating=other, text="ขอบคุณสำหรับคำแนะนำค่ะ")
    assert other.reply_moderation == "published"


class TestRatingPages:
    def test_rate_from_the_place_page(self, client, place):
        url = reverse("voice:rate", args=[place.public_id])
        response = client.get(url)
        assert response.status_code == 200 and "tscplus_device" in response.cookies
        response = client.post(url, {**FIVES, "comment": "<script>alert(1)</script> สะอาด"})
        assert response.status_code == 302
        rating = Rating.objects.get()
        assert not rating.verified_visit
        html = client.get(reverse("places:public_detail", args=[place.public_id])).content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt; สะอาด" in html and "<script>alert" not in html
        # The same phone again today: told why, in Thai, and nothing more is saved.
        again = client.post(url, FIVES)
        assert again.status_code == 200 and "24 ชั่วโมง" in again.content.decode()
        assert Rating.objects.count() == 1

    def test_missing_stars_rerender_with_the_comment_kept(self, client, place):
        url = reverse("voice:rate", args=[place.public_id])
        response = client.post(url, {"overall": "4", "comment": "ดีมาก"})
        assert response.status_code == 200 and set(response.context["form"].errors) == {
            "cleanliness",
            "distancing",
            "hygiene",
            "staff",
        }
        assert "ดีมาก" in response.content.decode() and not Rating.objects.exists()

    def test_honeypot_stores_nothing(self, client, place):
        url = reverse("voice:rate", args=[place.public_id])
        assert client.post(url, {**FIVES, "website": "http://spam"}).status_code == 302
        assert not Rating.objects.exists()

    def test_a_client_is_throttled_with_a_thai_page(self, client, place, settings):
        settings.RATING_LIMIT_PER_HOUR = 2
        url = reverse("voice:rate", args=[place.public_id])
        codes = [client.post(url, FIVES, REMOTE_ADDR="198.51.100.7").status_code for _ in range(3)]
        assert codes[-1] == 429
        response = client.post(url, FIVES, REMOTE_ADDR="198.51.100.7")
        assert "กรุณาลองใหม่" in response.content.decode() and int(response["Retry-After"]) > 0

    def test_scan_then_rate_counts_as_a_verified_visit(self, client, certified):
        token = certified.verify_token
        verify_html = client.get(f"/v/{token}").content.decode()
        assert f'href="/v/{token}/rate"' in verify_html
        assert reverse("voice:complain", args=[certified.establishment.public_id]) in verify_html
        form = client.get(f"/v/{token}/rate").content.decode()
        assert 'name="visit"' in form and "เยี่ยมชมจริง" in form
        visit = visit_token(certified.establishment.public_id)
        url = reverse("voice:rate", args=[certified.establishment.public_id])
        client.post(url, {**FIVES, "visit": visit})
        assert Rating.objects.get().verified_visit
        assert client.get("/v/not-a-real-token/rate").status_code == 404

    def test_forged_visit_token_is_an_ordinary_rating(self, client, place):
        url = reverse("voice:rate", args=[place.public_id])
        client.post(url, {**FIVES, "visit": visit_token("someoneelse")})
        assert not Rating.objects.get().verified_visit


@pytest.fixture
def certified(place):
    from tscplus.assessments.models import Certificate

    certify(place)
    return Certificate.objects.get()


class TestComplaints:
    def test_contact_needs_consent_and_nothing_is_saved_without(self, client, place):
        url = reverse("voice:complain", args=[place.public_id])
        data = {
            "topic": "no_masks",
            "description": "พนักงานไม่สวมหน้ากาก",
            "contact_phone": "0812345678",
        }
        response = client.post(url, data)
        assert "consent" in response.context["form"].errors and not Complaint.objects.exists()
        assert "พนักงานไม่สวมหน้ากาก" in response.content.decode()
        # Every error at once: no topic, a bad e-mail and no consent in one answer.
        response = client.post(url, {**data, "topic": "", "contact_email": "not-an-address"})
        assert {"topic", "contact_email", "consent"} <= set(response.context["form"].errors)
        response = client.post(url, {**data, "consent": "on"})
        complaint = Complaint.objects.get()
        assert response["Location"].endswith(f"?code={complaint.tracking_code}&new=1")
        assert complaint.contact_consent and complaint.consent_version

    def test_tracking_page_and_guessing(self, client, place, settings):
        complaint = services.complaint_file(
            establishment=place, topic="dirty", description="ห้องน้ำสกปรก", ip="203.0.113.9"
        )
        html = client.get(reverse("voice:track"), {"code": complaint.tracking_code.lower()})
        assert html.status_code == 200 and "ได้รับเรื่องแล้ว" in html.content.decode()
        settings.TRACKING_MISS_LIMIT = 2
        codes = [
            client.get(reverse("voice:track"), {"code": f"WRONG{n}"}).status_code for n in range(3)
        ]
        assert codes == [404, 404, 429]

    def test_only_officers_of_the_area_see_complaints(self, place):
        services.complaint_file(establishment=place, topic="dirty", description="x", ip="1.2.3.4")
        assert not Complaint.objects.visible_to(place.owner).exists()
        assert Complaint.objects.visible_to(member(Role.AREA_OFFICER, province="50")).count() == 1
        assert not Complaint.objects.visible_to(member(Role.AREA_OFFICER, province="83")).exists()

    def test_unknown_place_is_404(self, client):
        assert client.get(reverse("voice:complain", args=["nope000000"])).status_code == 404


class TestApi:
    def test_rate_summary_and_errors(self, client, place):
        url = f"/api/v1/establishments/{place.public_id}/ratings/"
        response = client.post(
            url, FIVES, content_type="application/json", HTTP_X_DEVICE_ID="app-1"
        )
        assert response.status_code == 201 and response.json()["moderation"] == "published"
        again = client.post(url, FIVES, content_type="application/json", HTTP_X_DEVICE_ID="app-1")
        assert again.status_code == 400 and "errors" in again.json()
        bad = client.post(url, {**FIVES, "staff": 9}, content_type="application/json")
        assert bad.status_code == 400 and "staff" in bad.json()["errors"]
        summary = client.get(url).json()
        assert summary["count"] == 1 and summary["averages"]["overall"] == 5.0

    def test_complaint_and_tracking(self, client, place):
        url = f"/api/v1/establishments/{place.public_id}/complaints/"
        response = client.post(
            url, {"topic": "crowding", "description": "คนแน่นมาก"}, content_type="application/json"
        )
        assert response.status_code == 201
        code = response.json()["tracking_code"]
        tracked = client.get(f"/api/v1/complaints/track/{code}/").json()
        assert tracked["status"] == "received" and "contact_phone" not in tracked
        assert client.get("/api/v1/complaints/track/NOPE123456/").status_code == 404
        no_consent = client.post(
            url,
            {"topic": "crowding", "description": "x", "contact_name": "ก"},
            content_type="application/json",
        )
        assert no_consent.status_code == 400 and "consent" in no_consent.json()["errors"]


def test_registry_ranks_by_the_bayesian_score(client):
    few = establishment(name_th="ร้านห้าดาวสามคน", subdistrict="500105")
    many = establishment(name_th="ร้านสี่ดาวสามสิบคน", subdistrict="500105")
    for n in range(3):
        rate(few, device=f"f{n}")
    fours = dict.fromkeys(FIVES, 4)
    for n in range(30):
        rate(many, device=f"m{n}", ratings=fours)
    html = client.get("/places/?sort=rating").content.decode()
    assert html.index("ร้านสี่ดาวสามสิบคน") < html.index("ร้านห้าดาวสามคน")


def test_a_server_that_gives_no_client_address_still_takes_ratings_and_complaints(client, place):
    # Behind a unix socket with no trusted proxy, REMOTE_ADDR is empty: the visitor's rating and
    # complaint are kept (such clients share one allowance), never a 500.
    rate_url = reverse("voice:rate", args=[place.public_id])
    assert client.post(rate_url, FIVES, REMOTE_ADDR="").status_code == 302
    api = f"/api/v1/establishments/{place.public_id}/complaints/"
    filed = client.post(
        api,
        {"topic": "crowding", "description": "คนแน่นมาก"},
        content_type="application/json",
        REMOTE_ADDR="",
    )
    assert filed.status_code == 201
    assert Rating.objects.get().client and Complaint.objects.get().client
