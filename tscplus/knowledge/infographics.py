"""The seeded infographics, drawn here as SVG: numbered panels, each a simple line drawing with a
short Thai caption, two to a row so that a 390 px phone shows them at a readable size.

Every figure is an image for assistive technology (`role="img"`, a <title> and a <desc> that
carry the words in Thai and in English). Its text is set in Sarabun through CSS, with the Thai
faces devices have as fallbacks. An <img> cannot load the page's web font, and a computer without
a Thai font would show empty boxes, so the figure carries Sarabun itself: a WOFF2 cut down to the
letters it writes (about 5 KB a weight), inside its stylesheet. Captions are broken between words
(`core.linebreak`), never inside one."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape

from tscplus.core.linebreak import wrap
from tscplus.core.pdf import FONT_DIR
from tscplus.knowledge import drawings as d

WIDTH, MARGIN, GAP = 720, 16, 8
PANEL_W, PANEL_H = (WIDTH - 2 * MARGIN - GAP) // 2, 340
HEAD = 150
GREEN, LINE = "#006b3f", "#c9d1d9"
CAPTION_SIZE = 32  # about 16 px when the figure fills a 390 px phone
RULES = (
    "text{font-family:Sarabun,'Noto Sans Thai','Leelawadee UI',Tahoma,'Noto Sans',sans-serif}"
    f".c{{font-size:{CAPTION_SIZE}px;font-weight:700;fill:#1b1f23}}"
    ".n{font-size:28px;font-weight:700;fill:#fff}.t{font-size:40px;font-weight:700;fill:#006b3f}"
    ".s{font-size:24px;font-weight:400;fill:#4a5560}"
    ".o{fill:#fff;stroke:#1b1f23;stroke-width:4;stroke-linejoin:round}"
    ".h{fill:#2f9e6a;fill-opacity:.45}"
    ".m{fill:none;stroke:#006b3f;stroke-width:5;stroke-linecap:round}.a{fill:#006b3f}"
)
FONT_FILES = {400: "Sarabun-Regular.ttf", 700: "Sarabun-Bold.ttf"}


@dataclass(frozen=True)
class Panel:
    """One panel: its caption (Thai), what it says in English (for the description), and its
    drawing (SVG in a 300 x 220 box). A step is numbered; a note (`step=False`) after the steps
    is marked with a tick."""

    caption: str
    english: str
    drawing: str
    step: bool = True


@dataclass(frozen=True)
class Figure:
    title: str
    english_title: str
    subtitle: str
    panels: Sequence[Panel]


def figure_svg(figure: Figure) -> str:
    """The whole SVG document of an infographic."""
    count = len(figure.panels)
    height = HEAD + -(-count // 2) * (PANEL_H + GAP) + MARGIN
    said = [(p.caption, p.english) for p in figure.panels]
    thai = " ".join(f"{i}. {th}" for i, (th, _en) in enumerate(said, 1))
    english = " ".join(f"{i}. {en}." for i, (_th, en) in enumerate(said, 1))
    body = [
        f'<rect width="{WIDTH}" height="{height}" fill="#f6f8f7"/>',
        f'<text class="t" x="{WIDTH / 2:g}" y="66" text-anchor="middle">'
        f"{escape(figure.title)}</text>",
        f'<text class="s" x="{WIDTH / 2:g}" y="110" text-anchor="middle">'
        f"{escape(figure.subtitle)}</text>",
    ]
    number = 0
    for i, panel in enumerate(figure.panels):
        alone = i == count - 1 and count % 2  # the last of an odd number: centred
        x = (WIDTH - PANEL_W) / 2 if alone else MARGIN + (i % 2) * (PANEL_W + GAP)
        y = HEAD + (i // 2) * (PANEL_H + GAP)
        number += panel.step
        body.append(_panel(str(number) if panel.step else "✓", panel, x, y))
    drawn = "".join(body)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" lang="th" '
        'aria-labelledby="figure-title figure-desc">'
        f'<title id="figure-title">{escape(figure.title)} ({escape(figure.english_title)})</title>'
        f'<desc id="figure-desc">{escape(figure.subtitle)} {escape(thai)} {escape(english)}</desc>'
        f"<style>{_font_faces(drawn)}{RULES}</style>{drawn}</svg>"
    )


def _font_faces(drawn: str) -> str:
    """@font-face rules carrying Sarabun's letters that the figure writes, in each weight (the
    regular weight writes the subtitle and the `s` texts, the bold one the rest)."""
    regular = "".join(re.findall(r'class="s"[^>]*>([^<]*)<', drawn))
    every = "".join(re.findall(r">([^<>]+)<", drawn))
    rules = []
    for weight, letters in ((400, regular), (700, every)):
        data = base64.b64encode(_subset(FONT_FILES[weight], letters)).decode()
        rules.append(
            f"@font-face{{font-family:Sarabun;font-weight:{weight};"
            f"src:url(data:font/woff2;base64,{data}) format('woff2')}}"
        )
    return "".join(rules)


def _subset(name: str, letters: str) -> bytes:
    """Sarabun cut down to `letters`, as WOFF2, its mark placement kept (Thai needs it)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # the copyright and licence names (OFL) stay
    font = subset.load_font(str(FONT_DIR / name), options)
    subsetter = subset.Subsetter(options)
    if "\u0e33" in letters:  # shapers write ำ as its two parts, nikhahit and sara aa
        letters += "\u0e4d\u0e32"
    subsetter.populate(text="".join(sorted(set(letters))) or " ")
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def _panel(mark: str, panel: Panel, x: float, y: float) -> str:
    lines = wrap(panel.caption, PANEL_W - 24, CAPTION_SIZE, bold=True)
    first = y + (298 if len(lines) == 1 else 280)
    caption = "".join(
        f'<tspan x="{x + PANEL_W / 2:.0f}" y="{first + i * 38:.0f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    kind = f'class="step" data-step="{mark}"' if panel.step else 'class="note"'
    return (
        f"<g {kind}>"
        f'<rect x="{x:g}" y="{y}" width="{PANEL_W}" height="{PANEL_H}" rx="18" fill="#fff" '
        f'stroke="{LINE}" stroke-width="2"/>'
        f'<g transform="translate({x + (PANEL_W - 300) / 2:.0f} {y + 24})">{panel.drawing}</g>'
        f'<circle cx="{x + 34:g}" cy="{y + 34}" r="24" fill="{GREEN}"/>'
        f'<text class="n" x="{x + 34:g}" y="{y + 44}" text-anchor="middle">{mark}</text>'
        f'<text class="c" text-anchor="middle">{caption}</text></g>'
    )


HAND_AT = (40, 0)  # the hand's place in a panel's drawing; the motion arrows sit to its right
HAND_WASHING_STEPS: list[tuple[str, str, Callable[[], str]]] = [
    (
        "ฝ่ามือถูฝ่ามือ",
        "Rub palm to palm",
        lambda: d.hand(highlight=d.palm(), at=HAND_AT) + d.arrows_round(240, 110, 30),
    ),
    (
        "ฝ่ามือถูหลังมือ",
        "Rub the back of each hand",
        lambda: d.hand(back=True, highlight=d.palm(), at=HAND_AT) + d.arrows_round(240, 110, 30),
    ),
    (
        "ถูซอกนิ้วมือ",
        "Rub between the fingers",
        lambda: d.hand(highlight=d.gaps(), at=HAND_AT) + d.arrows_line(240, 40, 240, 150),
    ),
    (
        "หลังนิ้วถูฝ่ามือ",
        "Rub the backs of the fingers",
        lambda: (
            d.hand(back=True, highlight=d.fingers(), at=HAND_AT) + d.arrows_line(205, 60, 275, 60)
        ),
    ),
    (
        "ถูนิ้วหัวแม่มือ",
        "Rub each thumb",
        lambda: d.hand(highlight=d.thumb(), at=HAND_AT) + d.arrows_round(240, 110, 30),
    ),
    (
        "ปลายนิ้วถูฝ่ามือ",
        "Rub the fingertips on the palm",
        lambda: d.hand(highlight=d.tips(), at=HAND_AT) + d.arrows_round(240, 60, 30),
    ),
    (
        "ถูรอบข้อมือ",
        "Rub around each wrist",
        lambda: d.hand(highlight=d.wrist(), at=HAND_AT) + d.arrows_round(240, 175, 30),
    ),
]


def hand_washing() -> str:
    """Hand-washing in seven steps (the WHO's steps, as the Department of Health teaches them),
    and a closing panel: at least 20 seconds."""
    panels = [Panel(th, en, draw()) for th, en, draw in HAND_WASHING_STEPS]
    panels.append(Panel("อย่างน้อย 20 วินาที", "At least 20 seconds in all", d.stopwatch(), step=False))
    return figure_svg(
        Figure(
            title="ล้างมือให้สะอาด 7 ขั้นตอน",
            english_title="Hand-washing in 7 steps",
            subtitle="ใช้สบู่และน้ำ ถูขั้นตอนละ 5 ครั้ง แล้วเช็ดมือให้แห้ง",
            panels=panels,
        )
    )


def handwash_station() -> str:
    """What a good hand-washing point has: five things."""
    return figure_svg(
        Figure(
            title="จุดล้างมือที่ดีต้องมี 5 อย่าง",
            english_title="A good hand-washing point has five things",
            subtitle="ตรวจทุกเช้า เติมของใช้ให้พร้อมก่อนเปิดร้าน",
            panels=[
                Panel("น้ำสะอาดเปิดใช้ได้ตลอด", "Clean running water", d.tap()),
                Panel("สบู่เหลว เติมไม่ให้ขาด", "Liquid soap, kept filled", d.bottle("สบู่")),
                Panel("เจลแอลกอฮอล์ 70% ขึ้นไป", "Alcohol gel of 70% or more", d.bottle("70%")),
                Panel("ป้ายขั้นตอนล้างมือ ระดับสายตา", "A sign of the steps at eye level", d.sign()),
                Panel("กระดาษเช็ดมือ ถังขยะมีฝาปิด", "Paper towels, a bin with a lid", d.bin_with_lid()),
            ],
        )
    )


def covid_measures() -> str:
    """The six measures D-M-H-T-T-A."""
    measures = [
        ("D", "Distancing", "เว้นระยะ 1-2 เมตร"),
        ("M", "Mask wearing", "สวมหน้ากากตลอดเวลา"),
        ("H", "Hand washing", "ล้างมือบ่อย ๆ"),
        ("T", "Temperature", "วัดไข้ก่อนเข้าสถานที่"),
        ("T", "Testing", "ตรวจหาเชื้อเมื่อเสี่ยง"),
        ("A", "Application", "ใช้แอปติดตามความเสี่ยง"),
    ]
    return figure_svg(
        Figure(
            title="มาตรการ D-M-H-T-T-A",
            english_title="The D-M-H-T-T-A measures",
            subtitle="หกมาตรการหลักป้องกันโควิด 19",
            panels=[Panel(th, f"{en}", d.letter(mark, en)) for mark, en, th in measures],
        )
    )


def dish_washing() -> str:
    """Washing dishes in three steps, then drying them off the floor."""
    return figure_svg(
        Figure(
            title="ล้างภาชนะ 3 ขั้นตอน",
            english_title="Washing dishes in 3 steps",
            subtitle="แล้วผึ่งให้แห้ง ไม่ใช้ผ้าเช็ดจาน",
            panels=[
                Panel("ขจัดเศษอาหารลงถังขยะ", "Scrape food into the bin", d.plate_scraped()),
                Panel("ล้างด้วยน้ำยาล้างจาน", "Wash in water with detergent", d.bubbles()),
                Panel("ล้างด้วยน้ำสะอาด", "Rinse in clean water", d.rinse()),
                Panel(
                    "ผึ่งบนชั้นสูงจากพื้น 60 ซม.",
                    "Dry on a rack 60 cm above the floor",
                    d.rack(),
                    step=False,
                ),
            ],
        )
    )
