"""Chart labels break between words, never inside a Thai word (ร้านสะดวกซ|ื้อ, สถานบันเทิ|ง were
what the dashboard showed); a label still too long ends with an ellipsis and keeps its whole
text in a <title>."""

import re

import pytest
from defusedxml import ElementTree

from tscplus.core import charts
from tscplus.core.linebreak import pieces, text_width, wrap

SVG = "{http://www.w3.org/2000/svg}"
# The place categories of the seeded classification, the longest included.
CATEGORIES = [
    "ร้านอาหาร",
    "ร้านสะดวกซื้อ",
    "ร้านค้าปลีกและค้าส่ง",
    "สถานบันเทิงและมหรสพ",
    "สถานบันเทิง",
    "ร้านเสริมสวยและร้านตัดผม",
    "ศูนย์พัฒนาเด็กเล็กและสถานรับเลี้ยงเด็ก",
    "โรงงานและสถานประกอบกิจการ",
    "พิพิธภัณฑ์และแหล่งท่องเที่ยว",
]


def labels(svg):
    """Each label of a chart: (its lines, its <title> or None)."""
    root = ElementTree.fromstring(str(svg))
    found = []
    for text in root.iter(f"{SVG}text"):
        lines = [t.text for t in text.iter(f"{SVG}tspan")]
        title = text.find(f"{SVG}title")
        if lines:
            found.append((lines, None if title is None else title.text))
    return found


def test_pieces_are_whole_words():
    assert pieces("ร้านสะดวกซื้อ") == ("ร้าน", "สะดวก", "ซื้อ")
    assert pieces("สถานบันเทิงและมหรสพ") == ("สถานบันเทิง", "และ", "มหรสพ")
    # A break needs a space next to a digit or a Latin word; ๆ stays with its word.
    assert pieces("3อ 2ส ง่าย ๆ นะ") == ("3อ ", "2ส ", "ง่าย ๆ ", "นะ")
    for text in CATEGORIES:
        assert "".join(pieces(text)) == text


@pytest.mark.parametrize("text", CATEGORIES)
@pytest.mark.parametrize("width", [40, 60, 90, 140])
def test_wrapped_lines_end_between_words(text, width):
    lines = wrap(text, width, 10)
    # wrap() promises one or two lines at any width (which depends on the width and the text):
    # this checks the promise over every category and width; where each line ends is checked below.
    assert len(lines) in (1, 2)
    words = pieces(text)
    boundaries = {len("".join(words[:i])) for i in range(len(words) + 1)}
    shown = "".join(line.removesuffix("…") for line in lines)
    assert text.startswith(shown)
    at = 0
    for line in lines:
        at += len(line.removesuffix("…"))
        assert at in boundaries, (text, lines)  # no line stops inside a word
    if shown != text:
        assert lines[-1].endswith("…")
    for line in lines:  # each line fits unless it is one word wider than the line
        assert text_width(line, 10) <= width or len(pieces(line.removesuffix("…"))) == 1


def test_category_chart_keeps_every_word_whole():
    svg = charts.hbar_chart(
        bars=[(name, 10 + i) for i, name in enumerate(CATEGORIES)], maximum=20, label="หมวด"
    )
    found = labels(svg)
    assert len(found) == len(CATEGORIES)
    for (lines, title), name in zip(found, CATEGORIES, strict=True):
        assert "".join(lines) == name and title is None  # whole, on one or two lines
    assert (["ร้านสะดวกซื้อ"], None) in found
    assert "ร้านสะดวกซ<" not in svg and "สถานบันเทิ<" not in svg
    assert any(len(lines) == 2 for lines, _t in found)  # the longest wrap


def test_a_label_too_long_for_two_lines_ends_in_an_ellipsis_with_its_title():
    name = CATEGORIES[6]
    svg = charts.bar_chart(bars=[(name, 3), ("ตลาดสด", 2)], maximum=5, label="x", width=200)
    (lines, title), (short, no_title) = labels(svg)[-2:]
    assert len(lines) == 2 and lines[-1].endswith("…") and title == name
    assert short == ["ตลาดสด"] and no_title is None
    assert name.startswith("".join(lines).removesuffix("…"))


def test_timeline_steps_wrap_instead_of_being_cut():
    step = "1. จัดประชุมชี้แจงผู้ประกอบการร้านอาหารและแผงลอยในเขตเทศบาลทุกแห่ง"
    svg = charts.gantt(
        months=["ต.ค.", "พ.ย."],
        rows=[charts.GanttRow(step, 0, 1, "done")],
        today_index=None,
        label="แผน",
    )
    lines, title = next((lines, t) for lines, t in labels(svg) if lines[0].startswith("1."))
    assert "".join(lines) == step and len(lines) == 2 and title is None
    assert not re.search(r"[\u0e00-\u0e7f]…", svg)


@pytest.mark.django_db
def test_the_dashboard_names_each_category_whole(client, geo):
    from tests.factories import establishment, operator
    from tscplus.insights.services import stats_refresh

    owner = operator()
    establishment(owner, name_th="ร้านปากซอย", category="convenience-store")
    establishment(owner, name_th="ร้านคาราโอเกะ", category="nightlife")
    stats_refresh()
    chart = str(client.get("/dashboard/").context["d"]["category_chart"])
    names = ["".join(lines) for lines, _t in labels(chart)]
    assert "ร้านสะดวกซื้อ" in names
    assert "สถานบันเทิง ผับ บาร์ และคาราโอเกะ".replace(" ", "") in [n.replace(" ", "") for n in names]
