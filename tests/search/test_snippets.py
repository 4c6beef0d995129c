from tscplus.search.snippets import highlight, snippet


def test_snippet_marks_words_and_adds_no_spaces():
    text = "ร้านควรตั้งจุดล้างมือที่ทางเข้า และวางเจลแอลกอฮอล์ที่จุดชำระเงิน"
    html = snippet(text, ["มือ"])
    assert "จุดล้าง<mark>มือ</mark>ที่ทางเข้า" in html
    assert html.replace("<mark>", "").replace("</mark>", "") == text


def test_snippet_escapes_text():
    html = snippet("<script>alert(1)</script> ล้างมือ", ["ล้างมือ"])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>ล้างมือ</mark>" in html


def test_snippet_of_long_text_is_a_window_around_the_first_match():
    text = "ก" * 500 + " ล้างมือ ทุกครั้ง " + "ข" * 500
    html = snippet(text, ["ล้างมือ"], width=100)
    assert "<mark>ล้างมือ</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 200


def test_highlight_thai_digits_and_case():
    assert highlight("ข้อ ๑๒ COVID", ["12", "covid"]) == "ข้อ <mark>๑๒</mark> <mark>COVID</mark>"
