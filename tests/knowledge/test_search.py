"""Thai search over the seeded hub. The expected results are the same on SQLite FTS5 and on
PostgreSQL (CI runs this file on both): the test set pins them."""

import pytest

from tscplus.knowledge.choices import Audience, Kind
from tscplus.search.backends import Filters
from tscplus.search.selectors import search

pytestmark = pytest.mark.django_db
PUBLIC = Filters(scope="knowledge")
THAI = Filters(scope="knowledge", language="th")
FACETS = {"kind": Kind.values, "audience": Audience.values}


def titles(query, filters=PUBLIC):
    result = search(query, filters, per_page=100)
    return {hit.document.title for hit in result.hits}


# (query, a title that must be found, a title that must not)
CASES = [
    ("ไก่", "เก็บและขายอาหารปรุงสุกให้ปลอดภัย ตั้งแต่ไก่ทอดถึงแกงถุง", "3อ 2ส สูตรง่าย ๆ ของสุขภาพดี"),
    ("มือ", "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน", "ลดเค็มวันละนิด ห่างไกลความดันโลหิตสูง"),
    ("ล้างมือ", "อินโฟกราฟิก: จุดล้างมือที่ดีต้องมีอะไรบ้าง", "รู้ทันความเครียด และดูแลใจตัวเอง"),
    ("อาหาร", "ผู้สัมผัสอาหารต้องแต่งกายอย่างไร", "ห้องส้วมสะอาด ได้มาตรฐาน HAS"),
    ("ร้านอาหาร", "ช้อนกลางส่วนตัว: กินร่วมกันอย่างปลอดภัย", "ห้องส้วมสะอาด ได้มาตรฐาน HAS"),
    ("ร้าน อาหาร", "ช้อนกลางส่วนตัว: กินร่วมกันอย่างปลอดภัย", "ห้องส้วมสะอาด ได้มาตรฐาน HAS"),
    ("ล้า งมือ", "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน", "ลดเค็มวันละนิด ห่างไกลความดันโลหิตสูง"),
    ("ล้าง\u200bมือ", "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน", "ลดเค็มวันละนิด ห่างไกลความดันโลหิตสูง"),
    ("นำ้ดื่ม", "เลือกน้ำดื่มและใช้ตู้น้ำหยอดเหรียญอย่างปลอดภัย (PDF)", "ถาม-ตอบ วัคซีนโควิด 19"),
    ("วัคซีน ATK", "วัคซีนและการตรวจ ATK สำหรับพนักงานร้าน", "ถาม-ตอบ วัคซีนโควิด 19"),
    ("hand washing", "Washing hands properly: 7 steps", "ลดเค็มวันละนิด ห่างไกลความดันโลหิตสูง"),
    # An English term of the synonym dictionary finds the Thai items too (no language filter).
    ("hand washing", "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน", "ถาม-ตอบ วัคซีนโควิด 19"),
    ("ห้องส้วม", "ห้องส้วมสะอาด ได้มาตรฐาน HAS", "ถาม-ตอบ วัคซีนโควิด 19"),
    ("1323", "รู้ทันความเครียด และดูแลใจตัวเอง", "ห้องส้วมสะอาด ได้มาตรฐาน HAS"),
    ("๑๓๒๓", "รู้ทันความเครียด และดูแลใจตัวเอง", "ห้องส้วมสะอาด ได้มาตรฐาน HAS"),
]


@pytest.mark.parametrize(("query", "found", "not_found"), CASES)
def test_finds_words_however_typed(seeded, query, found, not_found):
    got = [hit.document.title for hit in search(query, PUBLIC, per_page=100).hits]
    assert found in got
    # Items with only some of the words come after those with every word, if at all.
    assert not_found not in got or got.index(found) < got.index(not_found)


def test_text_inside_a_pdf_is_found(seeded):
    # "กรมอนามัย กระทรวงสาธารณสุข" is written only in the PDF itself, not in the item's fields.
    assert "คู่มือย่อ: มาตรการป้องกันโรคสำหรับร้านอาหาร (PDF)" in titles("กระทรวงสาธารณสุข")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "AND",
        "NEAR(",
        "-ล้างมือ",
        "(มือ OR",
        "'; DROP",
        "x" * 1000,
        "ล้างมือ" * 200,
        "!!!",
        "   ",
        "\u200b",
    ],
)
def test_any_query_answers_without_error(seeded, query):
    result = search(query, PUBLIC, facets=FACETS)
    assert result.total >= 0


def test_title_matches_rank_first_and_snippets_read_as_thai(seeded):
    result = search("ช้อนกลาง", THAI)
    assert result.hits[0].document.title == "ช้อนกลางส่วนตัว: กินร่วมกันอย่างปลอดภัย"
    assert "<mark>ช้อนกลาง</mark>" in result.hits[0].title_html
    snippet = str(result.hits[0].snippet_html)
    assert "<mark>ช้อนกลาง</mark>" in snippet
    assert "ช้อน กลาง" not in snippet


def test_topic_facet(seeded):
    result = search("มือ", PUBLIC, facets={"topic": ["hand-hygiene", "mental-health"]})
    assert result.facets["topic"]["hand-hygiene"] >= 2
    narrowed = search("มือ", Filters(scope="knowledge", topic="hand-hygiene"))
    assert narrowed.total == result.facets["topic"]["hand-hygiene"]


def test_facets_count_and_narrow(seeded):
    result = search("มือ", PUBLIC, facets=FACETS)
    assert result.facets["kind"]["article"] >= 1
    assert sum(result.facets["kind"].values()) == result.total
    videos = search("มือ", Filters(scope="knowledge", kind="video"), facets=FACETS)
    assert videos.total == result.facets["kind"]["video"] >= 1
    assert {h.document.kind for h in videos.hits} == {"video"}


def test_staff_only_items_are_for_staff(seeded):
    title = "ถาม-ตอบ สำหรับเจ้าหน้าที่: ตรวจประเมินและเรื่องร้องเรียน"
    assert title not in titles("ร้องเรียน")
    assert title in titles("ร้องเรียน", Filters(scope="knowledge", include_restricted=True))


def test_when_no_item_has_every_word_some_words_do(seeded):
    result = search("ช้อนกลาง ดาวอังคาร", PUBLIC)
    assert result.any_word and result.total >= 1


def test_reindex_rebuilds_the_same_index(seeded):
    from django.core.management import call_command

    before = titles("มือ")
    call_command("reindex", "knowledge")
    assert titles("มือ") == before
