"""What the search index holds for the registers: innovations (public) and lessons (staff only),
searched with the same Thai search as the knowledge hub."""

from __future__ import annotations

from collections.abc import Iterator

from tscplus.learning.models import Innovation, Lesson
from tscplus.search.registry import Entry

INNOVATION, LESSON = "innovation", "lesson"


def innovation_entry(item: Innovation) -> Entry:
    text = "\n".join(
        p for p in (item.problem, item.solution, item.results, item.measures, item.unit) if p
    )
    return Entry(scope=INNOVATION, object_id=item.pk, title=item.title, text=text, kind=item.stage)


def lesson_entry(lesson: Lesson) -> Entry:
    text = "\n".join(
        p for p in (lesson.body, " ".join(lesson.tag_list), lesson.community.name) if p
    )
    return Entry(
        scope=LESSON,
        object_id=lesson.pk,
        title=lesson.title,
        text=text,
        kind=lesson.kind,
        topics=(str(lesson.community_id),),
        restricted=True,
    )


def innovation_entries() -> Iterator[Entry]:
    for item in Innovation.objects.order_by("pk").iterator(chunk_size=500):
        yield innovation_entry(item)


def lesson_entries() -> Iterator[Entry]:
    for lesson in (
        Lesson.objects.select_related("community").order_by("pk").iterator(chunk_size=500)
    ):
        yield lesson_entry(lesson)


def index_one(scope: str, object_id: int) -> bool:
    from tscplus.search.services import index_entries, unindex

    entry: Entry | None
    if scope == INNOVATION:
        item = Innovation.objects.filter(pk=object_id).first()
        entry = innovation_entry(item) if item else None
    else:
        lesson = Lesson.objects.select_related("community").filter(pk=object_id).first()
        entry = lesson_entry(lesson) if lesson else None
    if entry:
        index_entries([entry])
        return True
    unindex(scope, [object_id])
    return False
