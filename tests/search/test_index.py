"""Writing the index: an entry indexed again replaces what it said, in the same batch as new ones."""

import pytest

from tscplus.search.backends import Filters
from tscplus.search.models import SearchDocument
from tscplus.search.registry import Entry
from tscplus.search.selectors import search
from tscplus.search.services import index_entries

pytestmark = pytest.mark.django_db


def entry(object_id: int, title: str, text: str) -> Entry:
    return Entry(
        scope="knowledge",
        object_id=object_id,
        title=title,
        text=text,
        kind="article",
        audiences=("public",),
        topics=(),
    )


def found(q: str) -> list[int]:
    page = search(q, Filters(scope="knowledge"), per_page=10)
    return sorted(hit.document.object_id for hit in page.hits)


def test_an_entry_indexed_again_says_only_its_new_words():
    index_entries([entry(1, "ล้างมือ", "สบู่และน้ำสะอาด"), entry(2, "หน้ากากอนามัย", "สวมให้มิดจมูก")])
    assert found("หน้ากาก") == [2]
    # The edited entry first, a new one after it: each keeps its own document.
    index_entries([entry(2, "เว้นระยะห่าง", "ยืนห่างกันหนึ่งเมตร"), entry(3, "หน้ากากผ้า", "ซักทุกวัน")])
    assert found("หน้ากาก") == [3]
    assert found("ระยะห่าง") == [2] and found("สบู่") == [1]
    assert SearchDocument.objects.filter(scope="knowledge", object_id__in=[1, 2, 3]).count() == 3
