"""What the search does to stay fast on a large index, and what it must not change: a common
word ranks but lists no item on its own; the first page's counts take in every item with some of
the words; a slip is looked for only where one can be. The same on SQLite FTS5 and PostgreSQL
(CI runs both)."""

import pytest

from tscplus.search import selectors, spelling, synonyms
from tscplus.search.backends import Filters, backend
from tscplus.search.models import SynonymSet
from tscplus.search.query import parse
from tscplus.search.registry import Entry
from tscplus.search.selectors import search
from tscplus.search.services import index_entries, refresh_vocabulary

THAI = Filters(scope="knowledge", language="th")
KINDS = {"kind": ["article", "faq"]}


@pytest.fixture
def indexed(db):
    """Ten items about food (อาหาร in each), two about mosquitoes, one of them about both."""
    SynonymSet.objects.all().delete()
    SynonymSet.objects.create(terms="ยากันยุง, ยาทากันยุง, mosquito repellent")
    synonyms.forget()
    food = [Entry("knowledge", i, f"ร้านอาหารที่ {i}", "อาหารสะอาด", kind="faq") for i in range(10)]
    index_entries(
        [
            *food,
            Entry("knowledge", 20, "ยุงลายในร้านอาหาร", "อาหาร และยุงลาย", kind="article"),
            Entry("knowledge", 21, "ยุงลายกัดกลางวัน", "ยุงลาย", kind="article"),
            Entry("knowledge", 22, "ยากันยุงสำหรับเด็ก", "ทายากันยุง", kind="article"),
            Entry("knowledge", 23, "ตุ๊กแกกินยุง", "กินยุง", kind="article"),
        ]
    )
    refresh_vocabulary()
    yield
    synonyms.forget()


def ids(page):
    return [h.document.object_id for h in page.hits]


@pytest.mark.django_db
def test_a_small_index_lists_items_with_any_of_the_words(indexed):
    page = search("ยุงลาย อาหาร", THAI, facets=KINDS)
    assert ids(page)[0] == 20 and set(ids(page)) == {20, 21, *range(8)}
    assert page.total == 12 and page.facets["kind"] == {"article": 2, "faq": 10}


@pytest.mark.django_db
def test_on_a_large_index_a_common_word_ranks_but_lists_no_item(indexed, monkeypatch):
    # As if อาหาร were in more than COMMON of 100,000 items: here, in 11 of 14 (ยุงลาย in 2).
    monkeypatch.setattr(selectors, "COMMON", 0.5)
    monkeypatch.setattr(selectors, "COMMON_AT_LEAST", 1)
    page = search("ยุงลาย อาหาร", THAI, facets=KINDS)
    assert ids(page) == [20, 21]  # every word first, then the rare word alone
    assert page.total == 2 and page.facets["kind"] == {"article": 2, "faq": 0}
    # When every word is common (here: in more than one item), the rarest lists the items.
    monkeypatch.setattr(selectors, "COMMON", 0.1)
    common = search("ยุงลาย อาหาร", THAI, facets=KINDS)
    assert ids(common) == [20, 21] and common.total == 2


@pytest.mark.django_db
def test_a_later_page_goes_on_where_the_first_left_off(indexed):
    pages = [search("ยุงลาย อาหาร", THAI, page=n, per_page=4) for n in (1, 2, 3)]
    assert ids(pages[0])[:2] == [20, 21] and [len(ids(p)) for p in pages] == [4, 4, 4]
    assert len({i for p in pages for i in ids(p)}) == 12
    assert [p.total for p in pages] == [12, 12, 12]


@pytest.mark.django_db
def test_the_words_of_a_synonym_are_not_mended(indexed):
    # กัน + ยุง of ยาทากันยุง, joined, are one slip from กินยุง, which the index has: the words
    # make a term of the dictionary, so they are what was meant.
    page = search("ยาทากันยุงเด็กเล็ก", THAI)
    assert page.corrected == "" and ids(page)[0] == 22


@pytest.mark.django_db
def test_thai_and_latin_letters_are_never_joined_into_one_word(indexed, monkeypatch):
    asked: list[str] = []
    engine = backend()
    vocabulary = engine.vocabulary
    monkeypatch.setattr(
        engine, "vocabulary", lambda terms: asked.extend(terms) or vocabulary(terms)
    )
    spelling.corrections(parse("insomnia แก้ ยุง"), engine)
    assert asked and not [t for t in asked if spelling._mixed(t)]


@pytest.mark.django_db
def test_enough_items_with_every_word_leave_out_those_with_some(indexed):
    # Ten items say อาหารสะอาด: the one with อาหาร alone (20) is neither listed nor counted.
    page = search("อาหาร สะอาด", THAI, facets=KINDS)
    assert set(ids(page)) == set(range(10)) and page.total == 10
    assert page.facets["kind"] == {"article": 0, "faq": 10}
    assert not ids(search("อาหาร สะอาด", THAI, page=2))


@pytest.mark.django_db
def test_a_latin_slip_is_mended_from_the_vocabulary_read_as_a_range(indexed):
    index_entries([Entry("knowledge", 30, "Handwash station", "soap and water", language="en")])
    refresh_vocabulary()
    # One edit from handwsh: hundreds of strings, all starting with h, read as one range.
    assert len(spelling.edits("handwsh")) > 300
    page = search("handwsh", Filters(scope="knowledge"))
    assert page.corrected == "handwash" and ids(page) == [30]
    assert backend().vocabulary(["handwash", *spelling.edits("handwsh")]) == {"handwash": 1}


def test_postgres_weighs_a_group_of_synonyms_as_much_as_one_word(monkeypatch):
    from tscplus.search.backends import Match
    from tscplus.search.postgres import PostgresBackend

    engine = PostgresBackend()
    monkeypatch.setattr(engine, "idf", lambda groups: [2.0] * len(groups))
    match = Match(((("แมส",), ("หน้ากาก", "อนามัย"), ("mask",)), (("ร้าน",),)))
    _score, params = engine._score(match)
    # ts_rank divides a query of alternatives by its terms (4 here): the weight undoes it.
    assert params[1] == 2.0 * 4 and params[3] == 2.0
