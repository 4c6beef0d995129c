"""Writing knowledge items: a new draft, an edit (with its revision), the checklist items an item
explains how to fix. What each kind of item must have is checked here, before anything is saved;
the pieces the editorial workflow shares (the editor's lock, revisions, the search entry) too."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.photos import photo_clean
from tscplus.knowledge.choices import Kind, Status
from tscplus.knowledge.content import markdown_to_html, pdf_text
from tscplus.knowledge.models import FaqEntry, FixLink, KnowledgeItem, Revision, Topic
from tscplus.knowledge.permissions import require_editor

if TYPE_CHECKING:
    from tscplus.accounts.models import User

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
    "source",
    "publish_at",
]
AUDITED = [*EDITABLE, "status", "reviewer_id", "published_at", "reviewed_on"]

Faq = Sequence[tuple[str, str]]


def index_soon(item_id: int) -> None:
    """After the current transaction, bring the item's search entry up to date (a job)."""
    outbox_enqueue("knowledge.index", item_id=item_id)


def _infographic_errors(item: KnowledgeItem, faq: Faq | None) -> dict[str, str]:
    """An infographic is read by people who cannot see it too: its image, described, and its
    text."""
    errors: dict[str, str] = {}
    if not item.image:
        errors["image"] = _("An infographic needs its image.")
    if not item.image_alt.strip():
        errors["image_alt"] = _("Describe the image for people who cannot see it.")
    if not item.body.strip():
        errors["body"] = _("Write the infographic's text version.")
    return errors


def _video_errors(item: KnowledgeItem, faq: Faq | None) -> dict[str, str]:
    """A video is its link and, for people who cannot hear it, its transcript."""
    errors: dict[str, str] = {}
    if not item.video_url:
        errors["video_url"] = _("A video needs its link.")
    if not item.body.strip():
        errors["body"] = _("Write the video's transcript.")
    return errors


def _document_errors(item: KnowledgeItem, faq: Faq | None) -> dict[str, str]:
    if not item.document:
        return {"document": _("A document needs its PDF.")}
    return {}


def _article_errors(item: KnowledgeItem, faq: Faq | None) -> dict[str, str]:
    if not item.body.strip():
        return {"body": _("Write the article.")}
    return {}


def _faq_errors(item: KnowledgeItem, faq: Faq | None) -> dict[str, str]:
    """Only when the questions are being set (None leaves them as they are)."""
    if faq is not None and not faq:
        return {"faq": _("Add at least one question with its answer.")}
    return {}


# What each kind must have, one rule per kind.
_KIND_RULES: dict[str, Callable[[KnowledgeItem, Faq | None], dict[str, str]]] = {
    Kind.INFOGRAPHIC: _infographic_errors,
    Kind.VIDEO: _video_errors,
    Kind.DOCUMENT: _document_errors,
    Kind.ARTICLE: _article_errors,
    Kind.FAQ: _faq_errors,
}


def _check(item: KnowledgeItem, faq: Faq | None) -> None:
    """What each kind must have, as field errors: all of them at once, so that one save shows
    every one."""
    errors: dict[str, str] = {}
    if not item.audiences:
        errors["for_public"] = _("Choose at least one audience.")
    kind_rule = _KIND_RULES.get(item.kind)
    if kind_rule is not None:
        errors.update(kind_rule(item, faq))
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


def _save_parts(item: KnowledgeItem, *, topics: Iterable[Topic] | None, faq: Faq | None) -> None:
    if topics is not None:
        item.topics.set(list(topics))
    if faq is not None:
        item.faq.all().delete()
        FaqEntry.objects.bulk_create(
            FaqEntry(item=item, order=i, question=q.strip(), answer=a.strip())
            for i, (q, a) in enumerate(faq)
        )


def revision_add(item: KnowledgeItem, actor: User, note: str = "") -> Revision:
    """Keep the item's text as it now is, so that every change can be compared and traced."""
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


def item_locked_for_editor(actor: User, item: KnowledgeItem) -> KnowledgeItem:
    """The one access check of every editorial change, and the item's row locked for it."""
    require_editor(actor)
    return KnowledgeItem.objects.select_for_update().get(pk=item.pk)


@transaction.atomic
def item_create(
    *,
    actor: User,
    data: dict[str, Any],
    topics: Iterable[Topic] = (),
    faq: Faq | None = None,
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
    revision_add(item, actor, _("created"))
    audit_record(actor=actor, verb="knowledge.create", obj=item, after=snapshot(item, AUDITED))
    return item


@transaction.atomic
def item_update(
    *,
    actor: User,
    item: KnowledgeItem,
    data: dict[str, Any],
    topics: Iterable[Topic] | None = None,
    faq: Faq | None = None,
    image: Any = None,
    document: Any = None,
    note: str = "",
) -> KnowledgeItem:
    """Edit an item. A published item stays published and its search entry is refreshed. An item
    in review goes back to draft: what a reviewer approves is what was sent for review, never text
    changed since (by the reviewer least of all)."""
    item = item_locked_for_editor(actor, item)
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
    revision_add(item, actor, note)
    audit_record(
        actor=actor, verb="knowledge.update", obj=item, before=before, after=snapshot(item, AUDITED)
    )
    if item.status == Status.PUBLISHED:
        index_soon(item.pk)
    return item


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
