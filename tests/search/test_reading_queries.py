"""Queries as people type them: synonyms, filler words of questions, quotes, slips mended from
the index's own vocabulary. The same on SQLite FTS5 and PostgreSQL (CI runs both)."""

import pytest

from tscplus.search import synonyms
from tscplus.search.backends import Filters, backend
from tscplus.search.models import SynonymSet
from tscplus.search.query import parse
from tscplus.search.registry import Entry
from tscplus.search.selectors import search
from tscplus.search.services import index_entries, refresh_vocabulary
from tscplus.search.spelling import edits
from tscplus.search.synonyms import Thesaurus, seed_sets, split_terms

DICTIONARY = Thesaurus.of(
    [["หน้ากากอนามัย", "หน้ากาก", "มาสก์", "mask"], ["โควิด 19", "โควิด", "covid-19", "covid"]]
)


def words(query, **options):
    return [g.word for g in parse(query, dictionary=DICTIONARY, **options).groups]


def test_filler_words_of_a_question_are_left_out_and_said():
    parsed = parse("ล้างมือที่ถูกวิธีทำอย่างไร", dictionary=DICTIONARY)
    assert [g.word for g in parsed.groups] == ["ล้างมือ"]
    assert {"ที่", "อย่างไร"} <= set(parsed.ignored)
    assert words("how to wear a mask properly") == ["wear", "mask"]


def test_a_query_of_filler_words_only_is_searched_as_it_is():
    assert words("อย่างไร") == ["อย่างไร"]


def test_words_in_quotes_are_searched_as_typed():
    parsed = parse('"ที่ไหน" ดี', dictionary=DICTIONARY)
    assert [g.word for g in parsed.groups] == ["ที่ไหน"] and parsed.ignored == ["ดี"]
    quoted = parse('"มาสก์"', dictionary=DICTIONARY).groups[0]
    assert quoted.synonyms == () and quoted.alternatives == (("มาสก์",),)


def test_a_synonym_is_found_as_a_run_of_words_and_brings_its_set():
    group = parse("covid-19 ATK", dictionary=DICTIONARY).groups[0]
    assert group.word == "covid 19"
    assert ("โควิด",) in group.alternatives and ("covid",) in group.alternatives


def test_synonyms_keep_to_the_pages_language_but_the_typed_word_always_counts():
    thai = parse("mask", dictionary=DICTIONARY, language="th").groups[0]
    assert ("mask",) in thai.alternatives and ("มาสก์",) in thai.alternatives
    assert thai.synonyms == ("หน้ากากอนามัย", "หน้ากาก", "มาสก์")
    english = parse("มาสก์", dictionary=DICTIONARY, language="en").groups[0]
    assert english.alternatives == (("มาสก์",), ("mask",))


def test_the_seed_file_merges_lines_that_share_a_term():
    sets = seed_sets()
    assert len(sets) >= 150
    seen: dict[str, int] = {}
    for index, terms in enumerate(sets):
        assert len(terms) >= 2
        for term in terms:
            assert seen.setdefault(term, index) == index, term
    assert split_terms(" มาสก์ ,แมส\nMask,,มาสก์") == ["มาสก์", "แมส", "mask"]


def test_one_edit_costs_less_when_it_is_a_thai_typists_slip():
    found = edits("ไขเลือดออก")
    assert found["ไข้เลือดออก"] == 1  # a tone mark left out
    assert edits("หนาท้อง")["หน้าท้อง"] == 1
    assert edits("ลาง")["ล้าง"] == 1 and edits("ลาง")["ลาก"] == 2  # a consonant costs more
    assert edits("covd")["covid"] == 2


@pytest.fixture
def indexed(db):
    SynonymSet.objects.all().delete()
    SynonymSet.objects.create(terms="หน้ากากอนามัย, หน้ากาก, มาสก์, mask")
    synonyms.forget()
    index_entries(
        [
            Entry("knowledge", 1, "สวมหน้ากากอนามัยอย่างไรให้ถูกวิธี", "ปิดจมูกและปาก", kind="article"),
            Entry("knowledge", 2, "ไข้เลือดออกและยุงลาย", "ป้องกันไข้เลือดออก", kind="article"),
            Entry("knowledge", 3, "ผู้สูงอายุหกล้มในบ้าน", "ป้องกันการหกล้ม", kind="article"),
            Entry("knowledge", 4, "Wearing a mask", "Cover your nose", language="en"),
            Entry("knowledge", 5, "ตู้น้ำดื่ม", "ล้างตู้", keywords=("ตู้น้ำหยอดเหรียญ",)),
        ]
    )
    refresh_vocabulary()
    yield
    synonyms.forget()


THAI = Filters(scope="knowledge", language="th")


@pytest.mark.django_db
def test_a_loanword_finds_the_thai_items_and_the_page_says_so(indexed):
    page = search("มาสก์", THAI)
    assert [h.document.object_id for h in page.hits] == [1]
    assert page.expanded == [("มาสก์", ("หน้ากากอนามัย", "หน้ากาก"))]
    assert "<mark>หน้ากาก</mark>" in page.hits[0].title_html


@pytest.mark.django_db
def test_a_slip_is_mended_from_the_index_and_the_typed_words_can_be_had(indexed):
    page = search("ไขเลือดออก", THAI)
    assert page.corrected == "ไข้เลือดออก" and [h.document.object_id for h in page.hits] == [2]
    # A slip that cut its word in two (หกลม reads as หก + ลม) is mended too.
    assert search("ผู้สูงอายุหกลม", THAI).corrected == "ผู้สูงอายุหกล้ม"
    as_typed = search("ไขเลือดออก", THAI, exact=True)
    assert as_typed.corrected == "" and as_typed.terms == ["ไข", "เลือด", "ออก"]


@pytest.mark.django_db
def test_a_page_with_nothing_offers_the_nearest_words(indexed):
    page = search("ตู้เย็น", THAI)
    assert page.total == 0 and page.nearest and all(w.startswith("ตู") for w in page.nearest)


@pytest.mark.django_db
def test_tags_rank_as_the_title(indexed):
    page = search("ตู้น้ำหยอดเหรียญ", THAI)
    assert [h.document.object_id for h in page.hits] == [5]


@pytest.mark.django_db
def test_the_vocabulary_knows_what_the_index_has(indexed):
    engine = backend()
    assert engine.known(["ยุงลาย", "ไม่มีคำนี้เลย"]) == {"ยุงลาย"}
    assert engine.vocabulary(["ยุงลาย"]) == {"ยุงลาย": 1}


@pytest.mark.django_db
def test_items_with_every_word_come_before_those_with_only_some(indexed):
    index_entries(
        [
            Entry("knowledge", 11, "ยุงลาย ยุงลาย ยุงลาย", "ยุงลาย กัด ยุงลาย วางไข่ ยุงลาย"),
            Entry("knowledge", 12, "แหล่งเพาะพันธุ์ในบ้าน", "ยุงลาย ชอบน้ำนิ่ง"),
        ]
    )
    page = search("ยุงลายในบ้าน", THAI)
    found = [h.document.object_id for h in page.hits]
    assert found[0] == 12 and 11 in found  # 11 has ยุงลาย six times, but not บ้าน
    assert page.ignored == ["ใน"] and not page.any_word


@pytest.mark.django_db
def test_a_compounds_parts_come_after_the_whole_word(indexed):
    index_entries(
        [
            Entry("knowledge", 21, "ร้าน ขาย อาหาร ริมทาง", "แผงลอย"),
            Entry("knowledge", 22, "ร้านอาหารสะอาด", "ร้านอาหาร"),
        ]
    )
    page = search("ร้านอาหาร", THAI)
    assert [h.document.object_id for h in page.hits] == [22, 21]
