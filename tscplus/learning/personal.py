"""What a person wrote in the learning registers, for their data export (see
accounts.personal_data)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tscplus.accounts.personal_data import iso
from tscplus.learning.models import Innovation, Lesson, LessonComment

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def innovations(user: User) -> list[dict[str, Any]]:
    return [
        {"title": i.title, "unit": i.unit, "stage": i.stage, "updated_at": iso(i.updated_at)}
        for i in Innovation.objects.filter(created_by=user).order_by("pk")
    ]


def lessons(user: User) -> list[dict[str, Any]]:
    return [
        {"title": x.title, "body": x.body, "tags": x.tags, "created_at": iso(x.created_at)}
        for x in Lesson.objects.filter(author=user).order_by("created_at")
    ]


def lesson_comments(user: User) -> list[dict[str, Any]]:
    return [
        {"lesson": c.lesson_id, "body": c.body, "created_at": iso(c.created_at)}
        for c in LessonComment.objects.filter(author=user).order_by("created_at")
    ]
