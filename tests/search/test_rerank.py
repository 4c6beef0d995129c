"""The second look at the best matches (search/rerank.py): the item whose title names what is
asked comes before one that only repeats the words; pages stay whole across the window; when few
items have every word, the ones about the question lead. The same on SQLite FTS5 and PostgreSQL
(CI runs both)."""

import pytest

from tscplus.search import rerank
from tscplus.search.backends import Filters, backend
from tscplus.search.models import SearchDocument, SynonymSet
from tscplus.search.query import parse
from tscplus.search.registry import Entry
from tscplus.search.selectors import search
from tscplus.search.services import index_entries, refresh_vocabulary
from tscplus.search.synonyms import forget

THAI = Filters(scope="knowledge", language="th")


@pytest.fixture
def no_synonyms(db):
    SynonymSet.objects.all().delete()
    forget()
    yield
    forget()


def ids(page):
    return [h.document.object_id for h in page.hits]


def pk(object_id):
    return SearchDocument.objects.get(scope="knowledge", object_id=object_id).pk


@pytest.mark.django_db
def test_the_item_whose_title_names_the_words_comes_before_one_that_repeats_them(no_synonyms):
    index_entries(
        [
            Entry("knowledge", 1, "ถาม-ตอบ เรื่องบ้าน", "ยุงลาย กลางวัน " * 6),
            Entry("knowledge", 2, "ยุงลายกัดกลางวัน", "ยุงลายออกหากินกลางวัน"),
            Entry("knowledge", 3, "ยุงลาย", "ยุงลาย กลางวัน"),
            *[Entry("knowledge", 10 + i, f"บ้านสะอาด {i}", "กวาดบ้าน") for i in range(12)],
        ]
    )
    refresh_vocabulary()
    groups = parse("ยุงลาย กลางวัน", language="th").alternatives
    # As if the full-text rank had put the item that repeats the words first.
    rows = [(pk(1), -10.0), (pk(3), -9.5), (pk(2), -9.0)]
    again = rerank.reranked(backend(), rows, groups)
    # Both words in the title, then one, then none; the scores stay the database's.
    assert again == [(pk(2), -9.0), (pk(3), -9.5), (pk(1), -10.0)]
    # An item far ahead on the rank keeps its place over one slightly behind it.
    assert rerank.reranked(backend(), [(pk(2), -10.0), (pk(3), -1.0)], groups)[0][0] == pk(2)


@pytest.mark.django_db
def test_pages_across_the_window_neither_repeat_nor_leave_out_an_item(no_synonyms):
    index_entries(
        Entry(
            "knowledge", i, f"เรื่องที่ {i}" + (" ล้างมือ" if i % 7 == 0 else ""), "ล้างมือ " * (1 + i % 5)
        )
        for i in range(45)
    )
    refresh_vocabulary()
    seen = []
    for number in range(1, 6):
        page = search("ล้างมือ", THAI, page=number, per_page=10)
        assert page.total == 45
        seen += ids(page)
    assert len(seen) == len(set(seen)) == 45
    # The titles that name the word lead the first page.
    assert set(seen[:7]) == {i for i in range(45) if i % 7 == 0}


@pytest.mark.django_db
def test_when_few_items_have_every_word_the_one_about_the_question_leads(no_synonyms):
    index_entries(
        [
            # Every word of the question, each in passing, in an item about something else.
            Entry(
                "knowledge",
                1,
                "ตารางเวรทำความสะอาด",
                "กวาดพื้น เช็ดโต๊ะ " * 5 + "น้ำท่วม ส้วม ขับถ่าย",
            ),
            # About the question: its title names its rare words; the common ขับถ่าย is not in it.
            Entry("knowledge", 2, "ส้วมใช้ไม่ได้ช่วงน้ำท่วม", "ทำส้วมฉุกเฉินเองได้ น้ำท่วม"),
            *[Entry("knowledge", 10 + i, f"ลำไส้ดี {i}", "ขับถ่ายทุกวัน") for i in range(12)],
        ]
    )
    refresh_vocabulary()
    page = search("น้ำท่วม ส้วม ขับถ่าย", THAI)
    assert ids(page)[:2] == [2, 1]
    assert not page.any_word  # one item has every word
