"""Every change to the learning registers: checked, saved in one transaction, audited, and (for
innovations and lessons) re-indexed for search after commit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.forms.models import model_to_dict
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record
from tscplus.core.outbox import outbox_enqueue
from tscplus.knowledge.selectors import items_public
from tscplus.learning import permissions
from tscplus.learning.indexing import INNOVATION, LESSON
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson, LessonComment

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.knowledge.models import KnowledgeItem

M = TypeVar("M", bound=Model)


def _index_after_commit(scope: str, object_id: int) -> None:
    outbox_enqueue("learning.index", scope=scope, object_id=object_id)


def _save(
    *, actor: User, obj: M, data: dict[str, Any], verb: str, exclude: Iterable[str] = ()
) -> M:
    """Apply `data` to `obj`, check it, save it and audit what changed."""
    fields = [f for f in data if f not in exclude]
    before = model_to_dict(obj, fields=fields) if obj.pk else {}
    for name, value in data.items():
        setattr(obj, name, value)
    obj.full_clean()
    obj.save()
    audit_record(
        actor=actor, verb=verb, obj=obj, before=before, after=model_to_dict(obj, fields=fields)
    )
    return obj


def asset_save(
    *, actor: User, data: dict[str, Any], asset: KnowledgeAsset | None = None
) -> KnowledgeAsset:
    """Add or edit an inventory entry. A platform dataset keeps its identity: only its description,
    owner and scores are edited (its figures are read live)."""
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    asset = asset or KnowledgeAsset()
    if asset.platform_dataset:
        data = {
            k: v
            for k, v in data.items()
            if k in ("description", "owner", "importance", "necessity", "access")
        }
    with transaction.atomic():
        _save(actor=actor, obj=asset, data=data, verb="learning.asset_save")
    asset.refresh_from_db(fields=["priority"])  # computed by the database on every save
    return asset


def innovation_save(
    *,
    actor: User,
    data: dict[str, Any],
    knowledge_items: Iterable[KnowledgeItem] = (),
    innovation: Innovation | None = None,
) -> Innovation:
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    knowledge_items = list(knowledge_items)
    public = set(
        items_public().filter(pk__in=[k.pk for k in knowledge_items]).values_list("pk", flat=True)
    )
    if any(k.pk not in public for k in knowledge_items):
        # The register is public: it may only point to knowledge everyone can read.
        raise ValidationError({"knowledge_items": _("Choose published knowledge for everyone.")})
    innovation = innovation or Innovation(created_by=actor)
    with transaction.atomic():
        _save(actor=actor, obj=innovation, data=data, verb="learning.innovation_save")
        innovation.knowledge_items.set(knowledge_items)
        _index_after_commit(INNOVATION, innovation.pk)
    return innovation


def _delete(*, actor: User, obj: Model, verb: str) -> None:
    """Remove an entry, keeping what it said in the audit log."""
    fields = [f.name for f in obj._meta.concrete_fields if f.name != "id"]
    audit_record(actor=actor, verb=verb, obj=obj, before=model_to_dict(obj, fields=fields))
    obj.delete()


def innovation_delete(*, actor: User, innovation: Innovation) -> None:
    """Take an innovation off the public register (a keeper's mistake, a test, a duplicate)."""
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    pk = innovation.pk
    with transaction.atomic():
        _delete(actor=actor, obj=innovation, verb="learning.innovation_delete")
        _index_after_commit(INNOVATION, pk)  # indexing a missing innovation removes it


def asset_delete(*, actor: User, asset: KnowledgeAsset) -> None:
    """Remove an inventory entry; the platform's own datasets stay (their figures are live)."""
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    if asset.platform_dataset:
        raise ValidationError(_("A dataset of the platform itself stays in the inventory."))
    with transaction.atomic():
        _delete(actor=actor, obj=asset, verb="learning.asset_delete")


def lesson_post(*, actor: User, data: dict[str, Any]) -> Lesson:
    if not permissions.is_staff_reader(actor):
        raise PermissionDenied
    with transaction.atomic():
        lesson = _save(
            actor=actor, obj=Lesson(author=actor), data=data, verb="learning.lesson_post"
        )
        _index_after_commit(LESSON, lesson.pk)
    return lesson


def comment_add(*, actor: User, lesson: Lesson, body: str) -> LessonComment:
    if not permissions.is_staff_reader(actor):
        raise PermissionDenied
    with transaction.atomic():
        return _save(
            actor=actor,
            obj=LessonComment(lesson=lesson, author=actor),
            data={"body": body.strip()},
            verb="learning.comment_add",
        )
