"""The editorial workflow, content safety, files, feedback and views."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.factories import image_upload, member, operator
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent
from tscplus.knowledge import services
from tscplus.knowledge.choices import Kind, Status
from tscplus.knowledge.content import markdown_to_html
from tscplus.knowledge.models import KnowledgeItem, Revision, Topic, ViewDay
from tscplus.search.backends import Filters
from tscplus.search.selectors import search

pytestmark = pytest.mark.django_db


def article(editor, **extra):
    data = {
        "kind": Kind.ARTICLE,
        "title": "วิธีล้างผักให้สะอาด",
        "for_public": True,
        "body": "แช่ผักในน้ำสะอาด แล้วล้างผ่านน้ำไหลอย่างน้อย 2 นาที",
        **extra,
    }
    return services.item_create(
        actor=editor, data=data, topics=Topic.objects.filter(code="food-sanitation")
    )


def found(query):
    return {h.document.object_id for h in search(query, Filters(scope="knowledge")).hits}


def test_draft_review_publish_and_search(editor, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        item = article(editor)
        assert item.status == Status.DRAFT and item.revisions.count() == 1
        services.item_submit(actor=editor, item=item)
        with pytest.raises(ValidationError) as own:
            services.item_review(actor=editor, item=item, approve=True)
        assert own.value.error_list[0].code == "own_item"
        assert item.pk not in found("ผัก")
        services.item_review(actor=reviewer, item=item, approve=True)
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED and item.reviewer == reviewer
    assert item.reviewed_on == timezone.localdate()
    assert item.pk in found("ผัก")
    verbs = set(AuditEvent.objects.filter(object_id=str(item.pk)).values_list("verb", flat=True))
    assert {"knowledge.create", "knowledge.submit", "knowledge.publish"} <= verbs

    # Edited while published: a new revision, the index follows.
    with django_capture_on_commit_callbacks(execute=True):
        services.item_update(
            actor=editor, item=item, data={"title": "วิธีล้างผักและผลไม้"}, note="เพิ่มผลไม้"
        )
    assert Revision.objects.filter(item=item).count() == 2
    assert "ผลไม้" in search("ผลไม้", Filters(scope="knowledge")).hits[0].document.title

    # Archived: gone from search and from the public list.
    with django_capture_on_commit_callbacks(execute=True):
        services.item_archive(actor=editor, item=item)
    assert item.pk not in found("ผัก")


def test_returning_needs_a_note(editor, reviewer):
    item = article(editor)
    services.item_submit(actor=editor, item=item)
    with pytest.raises(ValidationError) as exc:
        services.item_review(actor=reviewer, item=item, approve=False)
    assert "note" in exc.value.message_dict
    services.item_review(actor=reviewer, item=item, approve=False, note="เพิ่มแหล่งอ้างอิง")
    item.refresh_from_db()
    assert item.status == Status.DRAFT
    assert item.revisions.first().note.endswith(": เพิ่มแหล่งอ้างอิง")


def test_a_reviewer_does_not_approve_their_own_changes(editor, reviewer):
    item = article(editor)
    services.item_submit(actor=editor, item=item)
    # The reviewer changes the text while it waits: it goes back to draft...
    services.item_update(actor=reviewer, item=item, data={"body": "ข้อความของผู้ตรวจเอง"})
    item.refresh_from_db()
    assert item.status == Status.DRAFT
    services.item_submit(actor=reviewer, item=item)
    # ...and whoever wrote the text last cannot approve it; another editor can.
    with pytest.raises(ValidationError) as own:
        services.item_review(actor=reviewer, item=item, approve=True)
    assert own.value.error_list[0].code == "own_item"
    # A third editor sends it back (a note-only revision, which makes nobody a writer)...
    third = member(Role.KNOWLEDGE_EDITOR)
    services.item_review(actor=third, item=item, approve=False, note="แก้คำผิด")
    services.item_submit(actor=editor, item=item)
    with pytest.raises(ValidationError):  # the text is still the reviewer's
        services.item_review(actor=reviewer, item=item, approve=True)
    services.item_review(actor=third, item=item, approve=True)
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED


def test_scheduled_publishing(editor, reviewer, django_capture_on_commit_callbacks):
    later = timezone.now() + datetime.timedelta(hours=2)
    item = article(editor, publish_at=later)
    services.item_submit(actor=editor, item=item)
    services.item_review(actor=reviewer, item=item, approve=True)
    item.refresh_from_db()
    assert item.status == Status.IN_REVIEW and item.reviewed_on
    assert services.publish_due() == 0
    # Its time comes.
    due = timezone.now() - datetime.timedelta(minutes=1)
    KnowledgeItem.objects.filter(pk=item.pk).update(publish_at=due)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.publish_due() == 1
    assert services.publish_due() == 0  # idempotent
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED and item.published_at == due
    assert item.pk in found("ผัก")


def test_only_editors_write():
    with pytest.raises(PermissionDenied):
        services.item_create(
            actor=operator(),
            data={"kind": Kind.ARTICLE, "title": "x", "for_public": True, "body": "y"},
        )


def test_scripts_and_event_handlers_are_removed():
    html = markdown_to_html(
        "ข้อความ <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
        '<a href="javascript:alert(1)" onclick="x()">ลิงก์</a> **ตัวหนา** <style>p{}</style>\n\n'
        "| ก | ข |\n|---|---|\n| 1 | 2 |"
    )
    assert "script" not in html and "alert" not in html and "onerror" not in html
    assert "onclick" not in html and "javascript" not in html and "style" not in html
    assert '<img src="x">' in html and "<strong>ตัวหนา</strong>" in html and "<table>" in html


def test_each_kind_needs_its_parts(editor):
    with pytest.raises(ValidationError) as exc:
        services.item_create(
            actor=editor, data={"kind": Kind.INFOGRAPHIC, "title": "ภาพ", "for_public": True}
        )
    assert {"image", "image_alt", "body"} <= set(exc.value.message_dict)
    with pytest.raises(ValidationError) as exc:
        services.item_create(actor=editor, data={"kind": Kind.VIDEO, "title": "วิดีโอ"})
    assert {"video_url", "body", "for_public"} <= set(exc.value.message_dict)
    assert not KnowledgeItem.objects.exists()


def test_fake_image_and_pdf_without_text_are_refused_and_nothing_is_saved(editor):
    fake = SimpleUploadedFile("x.png", b"not an image at all", "image/png")
    with pytest.raises(ValidationError) as exc:
        services.item_create(
            actor=editor,
            image=fake,
            data={
                "kind": Kind.INFOGRAPHIC,
                "title": "ภาพ",
                "for_public": True,
                "image_alt": "ภาพ",
                "body": "ข้อความ",
            },
        )
    assert "image" in exc.value.message_dict
    blank_pdf = SimpleUploadedFile("blank.pdf", _blank_pdf(), "application/pdf")
    with pytest.raises(ValidationError) as exc:
        services.item_create(
            actor=editor,
            document=blank_pdf,
            data={"kind": Kind.DOCUMENT, "title": "เอกสาร", "for_public": True},
        )
    assert exc.value.error_dict["document"][0].code == "no_text"
    not_pdf = SimpleUploadedFile("a.pdf", b"hello", "application/pdf")
    with pytest.raises(ValidationError) as exc:
        services.item_create(
            actor=editor,
            document=not_pdf,
            data={"kind": Kind.DOCUMENT, "title": "เอกสาร", "for_public": True},
        )
    assert exc.value.error_dict["document"][0].code == "not_pdf"
    assert not KnowledgeItem.objects.exists()


def _blank_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string="<html><body></body></html>").write_pdf()


def test_infographic_image_is_cleaned(editor):
    item = services.item_create(
        actor=editor,
        image=image_upload(exif_gps=True),
        data={
            "kind": Kind.INFOGRAPHIC,
            "title": "ภาพ",
            "for_public": True,
            "image_alt": "ภาพจุดล้างมือ",
            "body": "ข้อความ",
        },
    )
    from PIL import Image

    with Image.open(item.image.path) as img:
        assert max(img.size) <= 1600 and not img.getexif()


def test_feedback_and_views(editor):
    item = article(editor)
    services.feedback_submit(item=item, helpful=True, comment="ดีมาก")
    services.feedback_submit(item=item, helpful=False)
    assert services.item_viewed(item=item, user_agent="Mozilla/5.0 (Linux; Android 10)")
    assert not services.item_viewed(item=item, user_agent="Googlebot/2.1")
    assert not services.item_viewed(item=item, user_agent="")
    item.refresh_from_db()
    assert (item.helpful_yes, item.helpful_no, item.view_count) == (1, 1, 1)
    assert ViewDay.objects.get(item=item).count == 1


def test_review_due_editors_hear_once(editor, reviewer, settings):
    from tscplus.core.models import Notification

    item = article(editor)
    services.item_submit(actor=editor, item=item)
    services.item_review(actor=reviewer, item=item, approve=True)
    KnowledgeItem.objects.filter(pk=item.pk).update(
        reviewed_on=timezone.localdate()
        - datetime.timedelta(days=settings.KNOWLEDGE_REVIEW_DAYS + 1)
    )
    assert services.review_due_notify() == 1
    assert services.review_due_notify() == 0
    assert Notification.objects.filter(user=editor).count() == 1
