"""Every change to the learning registers: checked, saved in one transaction, audited, and (for
innovations and lessons) re-indexed for search after commit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Model
from django.forms.models import model_to_dict

from tscplus.core.audit import audit_record
from tscplus.learning import permissions
from tscplus.learning.indexing import INNOVATION, LESSON
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson, LessonComment


def _index_after_commit(scope: str, object_id: int) -> None:
    from tscplus.tasks import learning_index

    transaction.on_commit(lambda: learning_index(scope, object_id))


def _save(
    *, actor: Any, obj: Model, data: dict[str, Any], verb: str, exclude: Iterable[str] = ()
) -> Model:
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
    *, actor: Any, data: dict[str, Any], asset: KnowledgeAsset | None = None
) -> KnowledgeAsset:
    """Add or edit an inventory entry. A platform dataset keeps its identity: only its description,
    owner and scores are edited (its figures are read live)."""
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    asset = asset or KnowledgeAsset()
    if asset.platform_dataset:
        data = {k: v for k, v in data.items() if k in ("description", "owner", "importance", "necessity",
                                                         "access")}  # fmt: skip
    with transaction.atomic():
        _save(actor=actor, obj=asset, data=data, verb="learning.asset_save")
    asset.refresh_from_db(fields=["priority"])  # computed by the database on every save
    return asset


def innovation_save(
    *,
    actor: Any,
    data: dict[str, Any],
    knowledge_items: Iterable[Any] = (),
    innovation: Innovation | None = None,
) -> Innovation:
    if not permissions.is_keeper(actor):
        raise PermissionDenied
    innovation = innovation or Innovation(created_by=actor)
    with transaction.atomic():
        _save(actor=actor, obj=innovation, data=data, verb="learning.innovation_save")
        innovation.knowledge_items.set(list(knowledge_items))
        _index_after_commit(INNOVATION, innovation.pk)
    return innovation


def lesson_post(*, actor: Any, data: dict[str, Any]) -> Lesson:
    if not permissions.is_staff_reader(actor):
        raise PermissionDenied
    with transaction.atomic():
        lesson = _save(
            actor=actor, obj=Lesson(author=actor), data=data, verb="learning.lesson_post"
        )
        _index_after_commit(LESSON, lesson.pk)
    return lesson


def comment_add(*, actor: Any, lesson: Lesson, body: str) -> LessonComment:
    if not permissions.is_staff_reader(actor):
        raise PermissionDenied
    with transaction.atomic():
        return _save(actor=actor, obj=LessonComment(lesson=lesson, author=actor),
                     data={"body": body.strip()}, verb="learning.comment_add")  # fmt: skip
