"""Thai normalisation and segmentation: one form however it was typed, compounds split."""

from hypothesis import given
from hypothesis import strategies as st

from tscplus.search import thai


def test_normalize_folds_typing_variants():
    assert thai.normalize("ล้าง\u200bมือ") == "ล้างมือ"  # zero-width space
    assert thai.normalize("ข้อ ๑๒") == "ข้อ 12"  # Thai digits
    assert thai.normalize("เเข็ง") == "แข็ง"  # เเ typed for แ
    assert thai.normalize("นำ้") == thai.normalize("น้ำ")  # tone typed after sara am
    assert thai.normalize("ไก่่") == "ไก่"  # doubled tone mark
    assert thai.normalize("COVID Free") == "covid free"
    assert thai.normalize("ร้าน อาหาร", join_thai=True) == "ร้านอาหาร"


def test_segment_keeps_thai_words_whole_and_drops_punctuation():
    assert thai.segment(thai.normalize("ล้างมือ, ใส่หน้ากาก! (COVID-19)")) == [
        "ล้างมือ",
        "ใส่หน้ากาก",
        "covid",
        "19",
    ]


def test_no_word_of_the_list_that_is_none_cuts_a_common_one():
    # แล้ + วจะ are in PyThaiNLP's list; with them, แล้วจะ was read as two non-words.
    assert thai.segment("พ่อแก่แล้วจะ") == ["พ่อ", "แก่", "แล้ว", "จะ"]
    assert not thai.NOT_WORDS & thai.dictionary()


def test_compound_parts():
    assert thai.compound_parts("ร้านอาหาร") == ("ร้าน", "อาหาร")
    assert thai.compound_parts("ล้างมือ") == ("ล้าง", "มือ")
    assert thai.compound_parts("ไก่ทอด") == ("ไก่", "ทอด")
    # Not compounds of words worth finding: no syllable fragments.
    assert thai.compound_parts("สะอาด") == ()
    assert thai.compound_parts("อาหาร") == ()
    assert thai.compound_parts("covid") == ()


def test_index_terms_carry_the_parts():
    terms = thai.index_terms("ขายไก่ทอดในร้านอาหาร")
    assert {"ไก่ทอด", "ไก่", "ร้านอาหาร", "อาหาร"} <= set(terms)


def test_index_terms_carry_the_words_a_compound_starts_or_ends_with():
    # ใบรับรอง splits as ใบรับ + รอง, yet a search for รับรอง must find it; likewise มือถือ at
    # the end of โทรศัพท์มือถือ, and เข้า after นำ.
    assert "รับรอง" in thai.index_terms("ใบรับรอง")
    assert "มือถือ" in thai.index_terms("โทรศัพท์มือถือ")
    assert "เข้า" in thai.index_terms("นำเข้า")
    # Not a chance run of letters beside a broken rest.
    assert thai.index_terms("ร้านอาหาร") == ["ร้านอาหาร", "ร้าน", "อาหาร"]
    assert thai.index_terms("สะอาด") == ["สะอาด"]
    assert "เมิน" not in thai.index_terms("การประเมิน")  # the rest, การประ, is no word
    assert "การ" not in thai.index_terms("สถานประกอบการ")


def _groups(text):
    from tscplus.search.query import parse
    from tscplus.search.synonyms import Thesaurus

    return [(g.word, g.alternatives) for g in parse(text, dictionary=Thesaurus()).groups]


def test_a_query_ignores_syntax_and_keeps_words():
    # "and" is a filler word, left out beside other words; the quotes keep ล้างมือ as typed.
    assert _groups('"ล้างมือ" AND (NEAR*) -') == [
        ("near", (("near",),)),
        ("ล้างมือ", (("ล้างมือ",), ("ล้าง", "มือ"))),
    ]
    assert _groups("!!! ... ???") == []
    assert _groups("ร้าน อาหาร") == _groups("ร้านอาหาร")


@given(st.text(max_size=300))
def test_any_text_gives_words_without_error(text):
    for word, alternatives in _groups(text):
        assert word and word.strip() == word
        assert all(t and t in word for a in alternatives for t in a)
