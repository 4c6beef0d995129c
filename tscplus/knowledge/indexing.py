"""What the search index holds for a knowledge item: its title and tags (its keywords, ranked as
the title), and as text its summary, body (the infographic's text version, the video's
transcript), questions and answers and the PDF's text. Only published items are in the index."""

from __future__ import annotations

from collections.abc import Iterator

from tscplus.core import clock
from tscplus.knowledge.choices import Status
from tscplus.knowledge.content import plain_text
from tscplus.knowledge.models import KnowledgeItem
from tscplus.search.registry import Entry

SCOPE = "knowledge"


def entry_for(item: KnowledgeItem) -> Entry:
    parts = [item.summary, plain_text(item.body)]
    parts += [f"{q.question} {q.answer}" for q in item.faq.all()]
    parts += [item.document_text]
    return Entry(
        scope=SCOPE,
        object_id=item.pk,
        title=item.title,
        text="\n".join(p for p in parts if p),
        keywords=tuple(item.tag_list),
        language=item.language,
        kind=item.kind,
        audiences=tuple(item.audiences),
        topics=tuple(t.code for t in item.topics.all()),
        restricted=item.staff_only,
    )


def is_listed(item: KnowledgeItem) -> bool:
    return item.status == Status.PUBLISHED and (
        item.published_at is None or item.published_at <= clock.now()
    )


def entries() -> Iterator[Entry]:
    items = KnowledgeItem.objects.published().prefetch_related("faq", "topics").order_by("pk")
    for item in items.iterator(chunk_size=500):
        yield entry_for(item)


def index_item(item_id: int) -> bool:
    """Bring one item's entry up to date: indexed when published, gone otherwise."""
    from tscplus.search.services import index_entries, unindex

    item = KnowledgeItem.objects.filter(pk=item_id).prefetch_related("faq", "topics").first()
    if item is not None and is_listed(item):
        index_entries([entry_for(item)])
        return True
    unindex(SCOPE, [item_id])
    return False
