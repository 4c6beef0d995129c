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


def test_a_long_run_cut_in_a_second_process_indexes_what_one_process_would(monkeypatch):
    from tscplus.search import services
    from tscplus.search.backends import backend
    from tscplus.search.thai import cut_texts

    started = []
    real = services.multiprocessing.get_context
    monkeypatch.setattr(
        services.multiprocessing, "get_context", lambda m: started.append(m) or real(m)
    )
    monkeypatch.setattr(services, "BATCH", 3)
    monkeypatch.setattr(services, "PARALLEL_AT", 2)
    entries = [entry(i, f"ล้างมือ {i}", f"ร้านอาหารสะอาด ยุงลาย {i}") for i in range(10)]
    assert index_entries(entries) == 10
    assert started == ["forkserver"]  # the texts were cut in a second process
    assert found("อาหาร") == found("ยุงลาย") == list(range(10))  # a compound's part too
    # Each document has exactly the terms this process cuts.
    ids = dict(SearchDocument.objects.values_list("object_id", "id"))
    for e, (title, body) in zip(entries, cut_texts(services._texts(entries)), strict=True):
        terms = [*title, *body, "ไม่มีคำนี้"]
        groups = tuple(((t,),) for t in terms)
        named, anywhere = backend().found_where([ids[e.object_id]], groups)[ids[e.object_id]]
        assert named == {i for i, t in enumerate(terms) if t in title}
        assert anywhere == set(range(len(terms) - 1))


def test_a_second_process_that_does_not_answer_in_time_loses_nothing(monkeypatch):
    from tscplus.search import services

    monkeypatch.setattr(services, "BATCH", 3)
    monkeypatch.setattr(services, "PARALLEL_AT", 2)
    monkeypatch.setattr(services, "CUT_SECONDS", 0)  # no answer is waited for: cut here
    entries = [entry(i, f"ล้างมือ {i}", f"ร้านอาหารสะอาด {i}") for i in range(7)]
    assert index_entries(entries) == 7
    assert found("อาหาร") == found("ล้างมือ") == list(range(7))
