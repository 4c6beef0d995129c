"""Every change to the knowledge hub: writing and editing items (with their revisions), the
editorial workflow, feedback and view counts, the self-check. Each change is audited; the search
index follows published items through a job run after the change is committed."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.photos import photo_clean
from tscplus.core.ratelimit import RateLimit
from tscplus.core.services import model_update
from tscplus.knowledge.choices import Kind, Status
from tscplus.knowledge.content import markdown_to_html, pdf_text
from tscplus.knowledge.models import (
    FaqEntry,
    Feedback,
    FixLink,
    KnowledgeItem,
    Revision,
    SearchDay,
    Topic,
    ViewDay,
)
from tscplus.knowledge.permissions import require_editor

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.knowledge.models import HLResponse

EDITABLE = [
    "kind",
    "language",
    "translation_of",
    "title",
    "summary",
    "body",
    "image_alt",
    "video_url",
    "for_public",
    "for_establishments",
    "for_staff",
    "staff_only",
    "tags",
    "publish_at",
]
AUDITED = [*EDITABLE, "status", "reviewer_id", "published_at", "reviewed_on"]
# Crawlers and link previews do not count as reads.
BOTS = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|linepreview|preview|curl|wget|python-|"
    r"headless|lighthouse|monitor",
    re.IGNORECASE,
)


def index_soon(item_id: int) -> None:
    """After the current transaction, bring the item's search entry up to date (a job)."""
    outbox_enqueue("knowledge.index", item_id=item_id)


def _check(item: KnowledgeItem, faq: Sequence[tuple[str, str]] | None) -> None:
    """What each kind must have, as field errors."""
    errors: dict[str, str] = {}
    if not item.audiences:
        errors["for_public"] = _("Choose at least one audience.")
    if item.kind == Kind.INFOGRAPHIC:
        if not item.image:
            errors["image"] = _("An infographic needs its image.")
        if not item.image_alt.strip():
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if not item.body.strip():
            errors["body"] = _("Write the infographic's text version.")
    if item.kind == Kind.VIDEO:
        if not item.video_url:
            errors["video_url"] = _("A video needs its link.")
        if not item.body.strip():
            errors["body"] = _("Write the video's transcript.")
    if item.kind == Kind.DOCUMENT and not item.document:
        errors["document"] = _("A document needs its PDF.")
    if item.kind == Kind.ARTICLE and not item.body.strip():
        errors["body"] = _("Write the article.")
    if item.kind == Kind.FAQ and faq is not None and not faq:
        errors["faq"] = _("Add at least one question with its answer.")
    if item.translation_of_id and item.translation_of_id == item.pk:
        errors["translation_of"] = _("An item cannot translate itself.")
    if errors:
        raise ValidationError(errors)


def _apply_files(item: KnowledgeItem, image: Any, document: Any) -> None:
    if image:
        try:
            cleaned = photo_clean(image)
        except ValidationError as exc:
            raise ValidationError({"image": exc.error_list}) from exc
        item.image.save("infographic.jpg", cleaned, save=False)
    if document:
        try:
            text = pdf_text(document)
        except ValidationError as exc:
            raise ValidationError({"document": exc.error_list}) from exc
        item.document.save("document.pdf", document, save=False)
        item.document_text = text


def _save_parts(
    item: KnowledgeItem, *, topics: Iterable[Topic] | None, faq: Sequence[tuple[str, str]] | None
) -> None:
    if topics is not None:
        item.topics.set(list(topics))
    if faq is not None:
        item.faq.all().delete()
        FaqEntry.objects.bulk_create(
            FaqEntry(item=item, order=i, question=q.strip(), answer=a.strip())
            for i, (q, a) in enumerate(faq)
        )


def _revise(item: KnowledgeItem, actor: User, note: str = "") -> Revision:
    last = item.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    return Revision.objects.create(
        item=item,
        number=last + 1,
        title=item.title,
        summary=item.summary,
        body=item.body,
        editor=actor,
        note=note[:300],
    )


def _last_writer(item: KnowledgeItem) -> int | None:
    """Who last changed the text (a revision that only records a note, such as "sent back", changes
    nothing): they cannot be the one who approves it."""
    writer, previous = None, None
    for editor, *text in item.revisions.order_by("number").values_list(
        "editor_id", "title", "summary", "body"
    ):
        if text != previous:
            writer = editor
        previous = text
    return writer


@transaction.atomic
def item_create(
    *,
    actor: User,
    data: dict[str, Any],
    topics: Iterable[Topic] = (),
    faq: Sequence[tuple[str, str]] | None = None,
    image: Any = None,
    document: Any = None,
) -> KnowledgeItem:
    """A new draft, written by `actor` (an editor)."""
    require_editor(actor)
    item = KnowledgeItem(
        author=actor, status=Status.DRAFT, **{k: v for k, v in data.items() if k in EDITABLE}
    )
    _apply_files(item, image, document)
    _check(item, faq if item.kind == Kind.FAQ else None)
    item.body_html = markdown_to_html(item.body)
    item.save()
    _save_parts(item, topics=topics, faq=faq)
    _revise(item, actor, _("created"))
    audit_record(actor=actor, verb="knowledge.create", obj=item, after=snapshot(item, AUDITED))
    return item


@transaction.atomic
def item_update(
    *,
    actor: User,
    item: KnowledgeItem,
    data: dict[str, Any],
    topics: Iterable[Topic] | None = None,
    faq: Sequence[tuple[str, str]] | None = None,
    image: Any = None,
    document: Any = None,
    note: str = "",
) -> KnowledgeItem:
    """Edit an item. A published item stays published and its search entry is refreshed. An item
    in review goes back to draft: what a reviewer approves is what was sent for review, never text
    changed since (by the reviewer least of all)."""
    item = _locked_for_editor(actor, item)
    if item.status == Status.ARCHIVED:
        raise ValidationError(_("An archived item cannot be edited. Restore it as a draft first."))
    before = snapshot(item, AUDITED)
    if item.status == Status.IN_REVIEW:
        item.status, item.reviewer, item.reviewed_on = Status.DRAFT, None, None
    for name, value in data.items():
        if name in EDITABLE:
            setattr(item, name, value)
    _apply_files(item, image, document)
    _check(item, faq if item.kind == Kind.FAQ else None)
    item.body_html = markdown_to_html(item.body)
    item.save()
    _save_parts(item, topics=topics, faq=faq)
    _revise(item, actor, note)
    audit_record(
        actor=actor, verb="knowledge.update", obj=item, before=before, after=snapshot(item, AUDITED)
    )
    if item.status == Status.PUBLISHED:
        index_soon(item.pk)
    return item


def _locked_for_editor(actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """The one access check of every editorial change, and the item's row locked for it."""
    require_editor(actor)
    return KnowledgeItem.objects.select_for_update().get(pk=item.pk)


def _move(actor: User | None, item: KnowledgeItem, verb: str, **changes: Any) -> KnowledgeItem:
    """A step of the editorial workflow (checked by the caller); the search entry follows it."""
    model_update(instance=item, data=changes, actor=actor, verb=verb, audited=AUDITED, clean=False)
    index_soon(item.pk)
    return item


@transaction.atomic
def item_submit(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """The author (or another editor) sends a draft for review."""
    item = _locked_for_editor(actor, item)
    if item.status != Status.DRAFT:
        raise ValidationError(_("Only a draft can be sent for review."))
    return _move(actor, item, "knowledge.submit", status=Status.IN_REVIEW, reviewer=None)


@transaction.atomic
def item_review(
    *, actor: User, item: KnowledgeItem, approve: bool, note: str = ""
) -> KnowledgeItem:
    """A reviewer who is not the author approves (publishing now, or at `publish_at`) or sends the
    item back to draft with a note."""
    item = _locked_for_editor(actor, item)
    if item.status != Status.IN_REVIEW:
        raise ValidationError(_("This item is not waiting for review."))
    if actor.pk in (item.author_id, _last_writer(item)):
        raise ValidationError(
            _("The author cannot review their own item; ask another editor."), code="own_item"
        )
    if not approve:
        if not note.strip():
            raise ValidationError({"note": _("Say what should change.")})
        _revise(item, actor, _("sent back: {note}").format(note=note))
        return _move(actor, item, "knowledge.return", status=Status.DRAFT, reviewer=actor)
    now = clock.now()
    today = clock.today()
    if item.publish_at and item.publish_at > now:
        # Approved and waiting for its time: the job `knowledge_publish_due` publishes it.
        return _move(actor, item, "knowledge.schedule", reviewer=actor, reviewed_on=today)
    return _move(
        actor,
        item,
        "knowledge.publish",
        status=Status.PUBLISHED,
        reviewer=actor,
        published_at=now,
        reviewed_on=today,
    )


def publish_due(*, now: datetime.datetime | None = None) -> int:
    """Publish approved items whose time has come (idempotent: run it as often as you like)."""
    now = now or clock.now()
    due = KnowledgeItem.objects.filter(
        status=Status.IN_REVIEW,
        reviewer__isnull=False,
        reviewed_on__isnull=False,
        publish_at__lte=now,
    )
    count = 0
    for item_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            item = KnowledgeItem.objects.select_for_update().get(pk=item_id)
            if (
                item.status == Status.IN_REVIEW
                and item.reviewed_on
                and item.publish_at is not None
                and item.publish_at <= now
            ):
                _move(
                    None,
                    item,
                    "knowledge.publish",
                    status=Status.PUBLISHED,
                    published_at=item.publish_at,
                )
                count += 1
    return count


@transaction.atomic
def item_archive(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    item = _locked_for_editor(actor, item)
    if item.status == Status.ARCHIVED:
        return item
    return _move(actor, item, "knowledge.archive", status=Status.ARCHIVED)


@transaction.atomic
def item_restore(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """An archived item back to draft, to be edited and reviewed again."""
    item = _locked_for_editor(actor, item)
    if item.status != Status.ARCHIVED:
        raise ValidationError(_("Only an archived item can be restored."))
    return _move(
        actor, item, "knowledge.restore", status=Status.DRAFT, reviewer=None, reviewed_on=None
    )


@transaction.atomic
def item_mark_reviewed(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """An editor confirms a published item is still right (its "reviewed on" date moves)."""
    item = _locked_for_editor(actor, item)
    if item.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published item can be marked as reviewed."))
    return _move(actor, item, "knowledge.reviewed", reviewed_on=clock.today())


@transaction.atomic
def fix_links_set(*, actor: User, item: KnowledgeItem, links: Iterable[tuple[int, str]]) -> None:
    """The checklist items (standard, item code) this knowledge item explains how to fix."""
    require_editor(actor)
    wanted = {(standard_id, code.strip()) for standard_id, code in links if code.strip()}
    have = set(item.fix_links.values_list("standard_id", "item_code"))
    for standard_id, code in have - wanted:
        item.fix_links.filter(standard_id=standard_id, item_code=code).delete()
    FixLink.objects.bulk_create(
        FixLink(item=item, standard_id=standard_id, item_code=code)
        for standard_id, code in wanted - have
    )
    if wanted != have:
        audit_record(
            actor=actor,
            verb="knowledge.fix_links",
            obj=item,
            before={"links": sorted(have)},
            after={"links": sorted(wanted)},
        )


# "Was this helpful?" answers and self-checks from one address an hour. The page and the API
# share each count, so neither skews the public figures.
FEEDBACK_LIMIT = RateLimit(scope="knowledge-feedback", limit=30, seconds=3600)
SELF_CHECK_LIMIT = RateLimit(scope="knowledge-selfcheck", limit=20, seconds=3600)


def feedback_submit(*, item: KnowledgeItem, helpful: bool, comment: str = "") -> Feedback:
    """ "Was this helpful?" from anyone; nothing about the person is kept."""
    comment = comment.strip()[:1000]
    with transaction.atomic():
        feedback = Feedback.objects.create(item=item, helpful=helpful, comment=comment)
        field = "helpful_yes" if helpful else "helpful_no"
        KnowledgeItem.objects.filter(pk=item.pk).update(**{field: F(field) + 1})
        audit_record(
            actor=None,
            verb="knowledge.feedback",
            obj=feedback,
            after={"item": item.pk, "helpful": helpful},
        )
    return feedback


def item_viewed(*, item: KnowledgeItem, user_agent: str) -> bool:
    """Count a read by a person (not by a crawler or a link preview); True when counted."""
    if not user_agent or BOTS.search(user_agent):
        return False
    today = clock.today()
    with transaction.atomic():
        KnowledgeItem.objects.filter(pk=item.pk).update(view_count=F("view_count") + 1)
        if not ViewDay.objects.filter(item=item, day=today).update(count=F("count") + 1):
            ViewDay.objects.bulk_create(
                [ViewDay(item=item, day=today, count=1)], ignore_conflicts=True
            )
    return True


def search_counted() -> None:
    """Count one search for today's figure (the monthly reports show searches per month)."""
    today = clock.today()
    if not SearchDay.objects.filter(day=today).update(count=F("count") + 1):
        SearchDay.objects.bulk_create([SearchDay(day=today, count=1)], ignore_conflicts=True)


def review_due_before() -> datetime.date:
    return clock.today() - datetime.timedelta(days=settings.KNOWLEDGE_REVIEW_DAYS)


def review_due_notify() -> int:
    """Tell the editors, once per item and review, which published items are due for review
    (reviewed longer ago than KNOWLEDGE_REVIEW_DAYS). Idempotent."""
    from django.db.models import Q

    from tscplus.accounts.choices import Role
    from tscplus.accounts.selectors import users_with_role
    from tscplus.core.notifications import notify

    due = KnowledgeItem.objects.filter(status=Status.PUBLISHED, reviewed_on__lt=review_due_before())
    due = due.filter(Q(review_flagged_on__isnull=True) | Q(review_flagged_on__lt=F("reviewed_on")))
    titles = list(due.values_list("title", flat=True)[:20])
    count = due.count()
    if not count:
        return 0
    for editor in users_with_role(Role.KNOWLEDGE_EDITOR):
        notify(
            user=editor,
            title=lambda: _("%(count)s knowledge items are due for review") % {"count": count},
            body=lambda: "\n".join(titles),
            link=reverse("knowledge:editor"),
        )
    due.update(review_flagged_on=clock.today())
    return count


def selfcheck_submit(
    *, audience: str, province_id: str | None, answers: dict[int, int]
) -> HLResponse:
    """Score one self-check and keep it, anonymously (no account, no address, no identifier).
    Every active statement must be answered from 1 to 5."""
    from tscplus.knowledge.choices import Audience
    from tscplus.knowledge.models import HLQuestion, HLResponse
    from tscplus.knowledge.selfcheck import level, score

    if audience not in Audience.values:
        raise ValidationError({"audience": _("Choose who you are answering as.")})
    skills = dict(HLQuestion.objects.filter(active=True).values_list("pk", "skill"))
    missing = [pk for pk in skills if answers.get(pk) not in {1, 2, 3, 4, 5}]
    if missing:
        raise ValidationError({f"q{pk}": _("Choose an answer from 1 to 5.") for pk in missing})
    kept = {pk: answers[pk] for pk in skills}
    scores, overall = score(kept, skills)
    with transaction.atomic():
        response = HLResponse.objects.create(
            audience=audience,
            province_id=province_id or None,
            answers={str(k): v for k, v in kept.items()},
            scores=scores,
            overall=overall,
            level=level(overall),
        )
        audit_record(
            actor=None,
            verb="knowledge.self_check",
            obj=response,
            after={"audience": audience, "level": response.level},
        )
    return response
