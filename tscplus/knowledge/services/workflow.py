"""The editorial workflow of a knowledge item: sent for review, reviewed by another editor
(published now or at its time, or sent back), archived and restored, confirmed still right; and
the jobs that publish items whose time has come and tell editors what is due for review."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from tscplus.core import clock
from tscplus.core.services import model_update
from tscplus.knowledge.choices import Status
from tscplus.knowledge.models import KnowledgeItem
from tscplus.knowledge.services.items import (
    AUDITED,
    index_soon,
    item_locked_for_editor,
    revision_add,
)

if TYPE_CHECKING:
    from tscplus.accounts.models import User


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


def _move(actor: User | None, item: KnowledgeItem, verb: str, **changes: Any) -> KnowledgeItem:
    """A step of the editorial workflow (checked by the caller); the search entry follows it."""
    model_update(instance=item, data=changes, actor=actor, verb=verb, audited=AUDITED, clean=False)
    index_soon(item.pk)
    return item


@transaction.atomic
def item_submit(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """The author (or another editor) sends a draft for review."""
    item = item_locked_for_editor(actor, item)
    if item.status != Status.DRAFT:
        raise ValidationError(_("Only a draft can be sent for review."))
    return _move(actor, item, "knowledge.submit", status=Status.IN_REVIEW, reviewer=None)


@transaction.atomic
def item_review(
    *, actor: User, item: KnowledgeItem, approve: bool, note: str = ""
) -> KnowledgeItem:
    """A reviewer who is not the author approves (publishing now, or at `publish_at`) or sends the
    item back to draft with a note."""
    item = item_locked_for_editor(actor, item)
    if item.status != Status.IN_REVIEW:
        raise ValidationError(_("This item is not waiting for review."))
    if actor.pk in (item.author_id, _last_writer(item)):
        raise ValidationError(
            _("The author cannot review their own item; ask another editor."), code="own_item"
        )
    if not approve:
        if not note.strip():
            raise ValidationError({"note": _("Say what should change.")})
        revision_add(item, actor, _("sent back: {note}").format(note=note))
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
    item = item_locked_for_editor(actor, item)
    if item.status == Status.ARCHIVED:
        return item
    return _move(actor, item, "knowledge.archive", status=Status.ARCHIVED)


@transaction.atomic
def item_restore(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """An archived item back to draft, to be edited and reviewed again."""
    item = item_locked_for_editor(actor, item)
    if item.status != Status.ARCHIVED:
        raise ValidationError(_("Only an archived item can be restored."))
    return _move(
        actor, item, "knowledge.restore", status=Status.DRAFT, reviewer=None, reviewed_on=None
    )


@transaction.atomic
def item_mark_reviewed(*, actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """An editor confirms a published item is still right (its "reviewed on" date moves)."""
    item = item_locked_for_editor(actor, item)
    if item.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published item can be marked as reviewed."))
    return _move(actor, item, "knowledge.reviewed", reviewed_on=clock.today())


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
