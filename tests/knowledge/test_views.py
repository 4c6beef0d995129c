"""The hub's pages: front doors, items, search, the self-check, the editors' desk, and the
how-to-fix links on an assessment's result."""

import pytest
from django.urls import reverse

from tests.factories import answer_all, establishment, member
from tscplus.accounts.choices import Role
from tscplus.knowledge.models import HLQuestion, HLResponse, KnowledgeItem

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 12)"}


def item(title):
    return KnowledgeItem.objects.get(title=title)


def test_public_pages(client, seeded):
    for url in [
        "/knowledge/",
        "/knowledge/for/public/",
        "/knowledge/for/establishments/",
        "/knowledge/topics/hand-hygiene/",
        "/en/knowledge/",
    ]:
        assert client.get(url, **BROWSER).status_code == 200, url
    assert client.get("/knowledge/for/everybody/").status_code == 404
    assert client.get("/knowledge/topics/no-such-topic/").status_code == 404


def test_item_page_counts_a_read_and_offers_sharing(client, seeded):
    handwashing = item("ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")
    response = client.get(f"/knowledge/{handwashing.pk}/", **BROWSER)
    html = response.content.decode()
    assert "social-plugins.line.me/lineit/share?url=http" in html
    assert "Read in English" in html  # the linked translation
    assert "<h2>7 ขั้นตอนการล้างมือ</h2>" in html
    handwashing.refresh_from_db()
    assert handwashing.view_count == 1
    client.get(f"/knowledge/{handwashing.pk}/", HTTP_USER_AGENT="facebookexternalhit/1.1")
    handwashing.refresh_from_db()
    assert handwashing.view_count == 1


def test_staff_only_items_need_staff(client, seeded):
    staff_item = item("ถาม-ตอบ สำหรับเจ้าหน้าที่: ตรวจประเมินและเรื่องร้องเรียน")
    assert client.get(f"/knowledge/{staff_item.pk}/").status_code == 404
    assert client.get("/knowledge/for/staff/").status_code == 302  # to log in
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    assert client.get(f"/knowledge/{staff_item.pk}/", **BROWSER).status_code == 200
    assert client.get("/knowledge/for/staff/").status_code == 200


def test_an_items_files_are_served_to_whoever_may_read_it(client, seeded, editor):
    from django.core.files.base import ContentFile

    staff_item = item("ถาม-ตอบ สำหรับเจ้าหน้าที่: ตรวจประเมินและเรื่องร้องเรียน")
    staff_item.document.save("คู่มือ.pdf", ContentFile(b"%PDF-1.4\n"))
    url = f"/knowledge/{staff_item.pk}/file/document/"
    assert client.get(url).status_code == 404  # staff-only: not for visitors
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"].startswith("private")
    assert client.get(f"/knowledge/{staff_item.pk}/file/secret/").status_code == 404
    infographic = item("อินโฟกราฟิก: จุดล้างมือที่ดีต้องมีอะไรบ้าง")
    page = client.get(f"/knowledge/{infographic.pk}/", **BROWSER).content.decode()
    assert f"/knowledge/{infographic.pk}/file/image/" in page and "/media/" not in page
    image = client.get(f"/knowledge/{infographic.pk}/file/image/")
    assert image["Content-Type"] == "image/svg+xml" and image["Cache-Control"].startswith("public")
    # A draft's file is the editors' alone.
    staff_item.status = "draft"
    staff_item.save(update_fields=["status"])
    assert client.get(url).status_code == 404
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_search_page_and_bad_filters(client, seeded):
    response = client.get("/knowledge/search/", {"q": "ล้างมือ"})
    html = response.content.decode()
    assert response.status_code == 200 and "<mark>ล้างมือ</mark>" in html
    # Unknown facet values are dropped, the words are kept.
    response = client.get("/knowledge/search/", {"q": "ล้างมือ", "kind": "poster", "page": "x"})
    assert response.status_code == 200 and "<mark>ล้างมือ</mark>" in response.content.decode()
    response = client.get("/knowledge/search/", {"q": '"(NEAR AND *'})
    assert response.status_code == 200
    partial = client.get("/knowledge/search/", {"q": "มือ"}, HTTP_HX_REQUEST="true")
    assert b"<html" not in partial.content and b"<mark>" in partial.content
    suggestions = client.get("/knowledge/suggest/", {"q": "ล้าง"})
    assert "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน" in suggestions.content.decode()


def test_feedback(client, seeded):
    handwashing = item("ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")
    url = reverse("knowledge:feedback", args=[handwashing.pk])
    bad = client.post(url, {"comment": "ไม่ได้เลือก"})
    assert bad.status_code == 400 and "ไม่ได้เลือก" in bad.content.decode()
    assert client.post(url, {"helpful": "yes", "comment": "ชัดเจน"}).status_code == 302
    handwashing.refresh_from_db()
    assert handwashing.helpful_yes == 1


def test_self_check(client, seeded):
    questions = list(HLQuestion.objects.all())
    answers = {f"q{q.pk}": "5" for q in questions}
    answers[f"q{questions[0].pk}"] = ""
    response = client.post("/knowledge/self-check/", {"audience": "public", **answers})
    assert response.status_code == 400
    assert "โปรดเลือกคำตอบ 1 ถึง 5" in response.content.decode()
    assert not HLResponse.objects.exists()
    # Low on "question and verify", high elsewhere: a recommendation for that skill only.
    answers = {f"q{q.pk}": "1" if q.skill == "question" else "5" for q in questions}
    response = client.post(
        "/knowledge/self-check/", {"audience": "public", "province": "50", **answers}
    )
    assert response.status_code == 302
    result = client.get(response["Location"]).content.decode()
    assert "การไต่ถามและตรวจสอบ" in result and "ข่าวสุขภาพจริงหรือปลอม ตรวจได้ใน 4 ขั้น" in result
    saved = HLResponse.objects.get()
    assert saved.scores["question"] == 0 and saved.scores["apply"] == 100
    assert saved.level == "excellent" and saved.overall == 83 and saved.province_id == "50"
    # Another browser cannot see it.
    from django.test import Client

    assert Client().get("/knowledge/self-check/result/").status_code == 302


def test_editor_desk_and_forms(client, seeded, editor):
    assert client.get("/knowledge/editor/").status_code == 302
    client.force_login(member(Role.OPERATOR))
    assert client.get("/knowledge/editor/").status_code == 403
    client.force_login(editor)
    desk = client.get("/knowledge/editor/").content.decode()
    assert "ข้อประเมินที่ยังไม่มีความรู้วิธีแก้ไข" in desk
    bad = client.post(
        "/knowledge/editor/new/",
        {
            "kind": "faq",
            "title": "ถาม-ตอบใหม่",
            "for_public": "on",
            "topics": [],
            "faq_text": "Q: ทำไม\nQ: อีกข้อ",
            "fix_codes": "tsc-food 9.9",
        },
    )
    html = bad.content.decode()
    assert bad.status_code == 400
    assert "ถาม-ตอบใหม่" in html and "ไม่พบข้อประเมิน 9.9" in html and "บรรทัดที่ 2" in html
    from tscplus.knowledge.models import Topic

    topic = Topic.objects.get(code="covid-prevention")
    good = client.post(
        "/knowledge/editor/new/",
        {
            "kind": "faq",
            "title": "ถาม-ตอบใหม่",
            "for_public": "on",
            "topics": [topic.pk],
            "faq_text": "Q: ล้างมือนานแค่ไหน\nA: อย่างน้อย 20 วินาที",
            "fix_codes": "tsc-* 1.1",
            "language": "th",
        },
    )
    assert good.status_code == 302
    new = KnowledgeItem.objects.get(title="ถาม-ตอบใหม่")
    assert new.faq.get().answer == "อย่างน้อย 20 วินาที"
    assert new.fix_links.count() == 11  # item 1.1 of each TSC+ standard
    page = client.get(f"/knowledge/editor/{new.pk}/").content.decode()
    assert "ส่งตรวจทาน" in page
    assert client.get(f"/knowledge/editor/{new.pk}/revisions/1/").status_code == 200
    # A seeded item has no author: its page names the Department instead.
    seeded_item = KnowledgeItem.objects.filter(author=None).first()
    page = client.get(f"/en/knowledge/editor/{seeded_item.pk}/")
    assert page.status_code == 200 and "Department of Health" in page.content.decode()


def test_an_item_is_scheduled_with_a_b_e_date_and_time(client, seeded, editor):
    """Issue 15: the editor types 05/01/2570 09:30 (Bangkok), never the browser's calendar."""
    import datetime

    from tscplus.core import clock
    from tscplus.knowledge.models import Topic

    client.force_login(editor)
    with clock.fixed_at(datetime.date(2026, 12, 4)):
        page = client.get("/knowledge/editor/new/").content.decode()
        assert 'type="datetime-local"' not in page
        assert "วว/ดด/ปปปป พ.ศ. ชช:นน เช่น 04/12/2569 09:30" in page
        data = {
            "kind": "faq",
            "title": "ตั้งเวลาเผยแพร่",
            "for_public": "on",
            "topics": [Topic.objects.get(code="covid-prevention").pk],
            "faq_text": "Q: ล้างมือนานแค่ไหน\nA: อย่างน้อย 20 วินาที",
            "language": "th",
        }
        bad = client.post("/knowledge/editor/new/", {**data, "publish_at": "5 ม.ค. 70"})
        assert bad.status_code == 400
        assert "กรอกวันที่และเวลาเป็น วัน/เดือน/ปี พ.ศ. ชั่วโมง:นาที" in bad.content.decode()
        client.post("/knowledge/editor/new/", {**data, "publish_at": "05/01/2570 09:30"})
        new = KnowledgeItem.objects.get(title="ตั้งเวลาเผยแพร่")
        assert new.publish_at == datetime.datetime(2027, 1, 5, 2, 30, tzinfo=datetime.UTC)
        edit = client.get(f"/knowledge/editor/{new.pk}/edit/").content.decode()
        assert 'value="05/01/2570 09:30"' in edit


def test_the_staff_door_is_not_offered_to_signed_in_non_staff(client, seeded):
    assert "/knowledge/for/staff/" in client.get("/knowledge/").content.decode()  # asks to log in
    client.force_login(member(Role.OPERATOR))
    assert "/knowledge/for/staff/" not in client.get("/knowledge/").content.decode()
    client.force_login(member(Role.AREA_OFFICER))
    assert "/knowledge/for/staff/" in client.get("/knowledge/").content.decode()


def test_failed_item_links_to_how_to_fix(client, seeded):
    from tscplus.assessments import services as assessment_services
    from tscplus.standards.models import StandardVersion

    owner = member(Role.OPERATOR)
    place = establishment(owner)
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    assessment = assessment_services.assessment_start(
        actor=owner, establishment=place, version=version
    )
    answer_all(assessment, fail=("1.1",), actor=owner)
    assessment_services.assessment_submit(actor=owner, assessment=assessment)
    client.force_login(owner)
    html = client.get(f"/my/assessments/{assessment.pk}/").content.decode()
    assert "วิธีแก้ไข:" in html and "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน" in html
    # In English, the item's English translation stands in for it.
    html = client.get(f"/en/my/assessments/{assessment.pk}/").content.decode()
    assert "Washing hands properly: 7 steps" in html
    assert "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน" not in html
