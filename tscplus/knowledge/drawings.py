"""Line drawings for the seeded infographics, each in a box of 300 x 220: a hand with the part
to scrub highlighted, motion arrows, and the few objects the figures show (a tap, bottles, a sign,
a bin, basins, a rack, a stopwatch). Classes come from the figure's stylesheet
(`infographics.STYLE`): `o` an outline, `h` a highlight, `m` a motion line, `a` an arrowhead."""

from __future__ import annotations

import math

INK = "#1b1f23"

# A right hand, palm towards the reader, in a box of about 150 x 215 (fingers, thumb, wrist).
FINGERS = ((38, 22), (64, 8), (90, 16), (116, 38))  # (left, top); each 20 wide, down to 100
FINGER_W = 20
THUMB = '<rect x="32" y="72" width="24" height="80" rx="12" transform="rotate(-38 44 150)"/>'
THUMB_TIP = (3.4, 98.0)  # the thumb's end, where the rotation takes it
PALM = '<rect x="34" y="84" width="108" height="94" rx="24"/>'
WRIST = '<rect x="56" y="166" width="64" height="48"/>'


def fingers(inset: float = 0, top_only: float = 0) -> str:
    return "".join(
        f'<rect x="{x + inset}" y="{top + inset}" width="{FINGER_W - 2 * inset}" '
        f'height="{(top_only or 100 - top) - 2 * inset}" rx="{10 - inset}"/>'
        for x, top in FINGERS
    )


def hand(*, back: bool = False, highlight: str = "", at: tuple[float, float] = (20, 0)) -> str:
    """The hand outline; `back` shows the nails (the back of the hand towards the reader);
    `highlight` is drawn over it, the part to scrub."""
    nails = ""
    if back:
        nails = "".join(
            f'<rect x="{x + 4}" y="{top + 5}" width="12" height="14" rx="5" fill="#eef2f0" '
            f'stroke="{INK}" stroke-width="2.5"/>'
            for x, top in FINGERS
        )
    return (
        f'<g transform="translate({at[0]} {at[1]})">'
        f'<g class="o">{WRIST}{THUMB}{fingers()}{PALM}</g>{nails}'
        f'<g class="h">{highlight}</g></g>'
    )


def arrows_round(cx: float, cy: float, r: float) -> str:
    """Two curved arrows chasing each other round a point: rub in circles."""
    parts = []
    for start in (200.0, 20.0):
        end = start + 130
        a0, a1 = math.radians(start), math.radians(end)
        x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
        x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
        parts.append(f'<path class="m" d="M{x0:.1f} {y0:.1f} A{r} {r} 0 0 1 {x1:.1f} {y1:.1f}"/>')
        parts.append(_head(x1, y1, a1 + math.pi / 2))
    return "".join(parts)


def arrows_line(x0: float, y0: float, x1: float, y1: float) -> str:
    """A double-headed arrow: rub to and fro."""
    angle = math.atan2(y1 - y0, x1 - x0)
    return (
        f'<path class="m" d="M{x0} {y0} L{x1} {y1}"/>'
        f"{_head(x1, y1, angle)}{_head(x0, y0, angle + math.pi)}"
    )


def _head(x: float, y: float, angle: float, size: float = 14) -> str:
    """An arrowhead at (x, y) pointing along `angle`."""
    points = [
        (x + size * math.cos(angle), y + size * math.sin(angle)),
        (x + size * math.cos(angle + 2.4), y + size * math.sin(angle + 2.4)),
        (x + size * math.cos(angle - 2.4), y + size * math.sin(angle - 2.4)),
    ]
    return f'<polygon class="a" points="{" ".join(f"{px:.1f},{py:.1f}" for px, py in points)}"/>'


def gaps() -> str:
    """The spaces between the fingers (and between thumb and hand)."""
    strips = "".join(
        f'<rect x="{x + FINGER_W - 3}" y="{max(top, FINGERS[i + 1][1]) + 14}" width="12" '
        f'height="{100 - max(top, FINGERS[i + 1][1]) - 10}" rx="6"/>'
        for i, (x, top) in enumerate(FINGERS[:-1])
    )
    return strips + '<path d="M30 118 Q36 100 40 90 L40 126 Z"/>'


def stopwatch() -> str:
    """A stopwatch with a third of its face (20 of 60 seconds) filled."""
    cx, cy, r = 150, 110, 78
    end = math.radians(-90 + 120)
    x1, y1 = cx + r * math.cos(end), cy + r * math.sin(end)
    return (
        f'<rect x="{cx - 14}" y="{cy - r - 26}" width="28" height="18" rx="4" class="o"/>'
        f'<circle cx="{cx}" cy="{cy}" r="{r}" class="o"/>'
        f'<path class="h" d="M{cx} {cy} L{cx} {cy - r} A{r} {r} 0 0 1 {x1:.1f} {y1:.1f} Z"/>'
        f'<text x="{cx}" y="{cy + 14}" text-anchor="middle" '
        f'style="font-size:52px;font-weight:700;fill:{INK}">20</text>'
        f'<text x="{cx}" y="{cy + 48}" text-anchor="middle" class="s">วินาที</text>'
    )


def thumb() -> str:
    return THUMB


def tips() -> str:
    tips = "".join(f'<circle cx="{x + 10}" cy="{top + 12}" r="13"/>' for x, top in FINGERS)
    return tips + f'<circle cx="{THUMB_TIP[0]}" cy="{THUMB_TIP[1]}" r="13"/>'


def wrist() -> str:
    return '<rect x="56" y="178" width="64" height="36"/>'


def palm() -> str:
    return '<rect x="44" y="94" width="88" height="74" rx="18"/>'


# --- Things ------------------------------------------------------------------------------------
def drops(*points: tuple[float, float]) -> str:
    """Water drops falling at the given points."""
    return "".join(
        f'<path class="h" d="M{x} {y - 14} Q{x + 9} {y - 2} {x + 7} {y + 4} A8 8 0 1 1 {x - 7} '
        f'{y + 4} Q{x - 9} {y - 2} {x} {y - 14} Z" stroke="{INK}" stroke-width="2"/>'
        for x, y in points
    )


def tap() -> str:
    """A tap over a basin, running."""
    return (
        '<g class="o"><rect x="40" y="38" width="130" height="24" rx="6"/>'
        '<path d="M146 50 h22 a14 14 0 0 1 14 14 v30 h-24 v-20 h-12 z"/>'
        '<rect x="96" y="16" width="16" height="22"/><rect x="76" y="8" width="56" height="12" '
        'rx="6"/><path d="M60 170 h200 a10 10 0 0 1 -10 14 q-90 22 -180 0 a10 10 0 0 1 -10 -14 z"/>'
        "</g>" + drops((170, 122), (170, 150))
    )


def bottle(label: str, *, pump: bool = True) -> str:
    """A pump bottle with a word on its label (soap, gel)."""
    head = (
        '<rect x="126" y="36" width="48" height="14" rx="5"/><rect x="170" y="38" width="36" '
        'height="9" rx="4"/><rect x="140" y="50" width="20" height="22"/>'
        if pump
        else '<rect x="132" y="44" width="36" height="28" rx="6"/>'
    )
    return (
        f'<g class="o">{head}<rect x="100" y="70" width="100" height="136" rx="18"/></g>'
        '<rect x="112" y="112" width="76" height="58" rx="8" class="h"/>'
        f'<text x="150" y="152" text-anchor="middle" style="font-size:28px;font-weight:700;'
        f'fill:{INK}">{label}</text>'
    )


def sign() -> str:
    """A sign on the wall: numbered steps."""
    rows = "".join(
        f'<circle cx="96" cy="{70 + i * 40}" r="13" class="h"/>'
        f'<text x="96" y="{79 + i * 40}" text-anchor="middle" style="font-size:22px;'
        f'font-weight:700;fill:{INK}">{i + 1}</text>'
        f'<rect x="120" y="{64 + i * 40}" width="{100 - i * 18}" height="12" rx="6" fill="{INK}"/>'
        for i in range(3)
    )
    return (
        '<g class="o"><rect x="66" y="22" width="170" height="176" rx="10"/></g>'
        f'<rect x="66" y="22" width="170" height="22" rx="10" fill="{INK}"/>{rows}'
    )


def bin_with_lid(*, scraps: bool = False) -> str:
    """A bin with its lid closed (or, with `scraps`, open under a plate being scraped)."""
    lid = (
        '<rect x="104" y="90" width="92" height="14" rx="6" transform="rotate(-24 104 97)"/>'
        if scraps
        else '<rect x="96" y="84" width="108" height="16" rx="6"/><rect x="134" y="72" '
        'width="32" height="14" rx="6"/>'
    )
    return (
        f'<g class="o">{lid}<path d="M104 104 h92 l-10 100 h-72 z"/></g>'
        '<path class="m" d="M130 124 v60 M150 124 v60 M170 124 v60" stroke-width="3"/>'
    )


def plate_scraped() -> str:
    """A plate tipped over a bin, scraps falling."""
    scraps = "".join(
        f'<circle cx="{x}" cy="{y}" r="6" fill="{INK}"/>' for x, y in ((176, 70), (160, 86))
    )
    return (
        '<g transform="translate(0 10)">'
        + bin_with_lid(scraps=True)
        + '</g><ellipse cx="196" cy="46" rx="58" ry="16" class="o" '
        'transform="rotate(18 196 46)"/>' + scraps
    )


def basin(contents: str) -> str:
    """A basin of water with something in it (bubbles, waves, plates)."""
    return (
        '<path class="o" d="M40 96 h220 l-22 110 h-176 z"/>'
        '<path class="h" d="M46 116 h208 l-18 86 h-172 z"/>' + contents
    )


def bubbles() -> str:
    """A basin of soapy water, a plate in it."""
    return basin(
        "".join(
            f'<circle cx="{x}" cy="{y}" r="14" class="o" stroke-width="3"/>'
            for x, y in ((90, 90), (120, 70), (150, 92), (186, 66), (214, 90))
        )
        + '<ellipse cx="150" cy="150" rx="64" ry="18" class="o"/>'
    )


def rinse() -> str:
    """A basin of clean water under a running tap."""
    return (
        basin(
            '<path class="m" d="M70 140 q20 -12 40 0 t40 0 t40 0 t40 0" stroke-width="4"/>'
            '<ellipse cx="150" cy="170" rx="64" ry="16" class="o"/>'
        )
        + '<g class="o"><rect x="120" y="6" width="90" height="18" rx="6"/>'
        '<path d="M196 14 h12 a10 10 0 0 1 10 10 v16 h-18 z"/></g>' + drops((209, 62))
    )


def rack() -> str:
    """Plates drying on a rack, well above the floor."""
    plates = "".join(
        f'<ellipse cx="{x}" cy="64" rx="10" ry="40" class="o"/>' for x in (108, 138, 168, 198)
    )
    return (
        f'<g class="o"><rect x="80" y="98" width="150" height="12" rx="4"/>'
        '<rect x="88" y="110" width="10" height="96"/><rect x="212" y="110" width="10" '
        f'height="96"/></g>{plates}<path class="m" d="M20 210 h260" stroke="{INK}"/>'
        + arrows_line(50, 118, 50, 198)
    )


def letter(mark: str, word: str) -> str:
    """A measure's letter in a ring, its English word beneath."""
    return (
        '<circle cx="150" cy="80" r="66" class="o"/><circle cx="150" cy="80" r="55" class="h"/>'
        f'<text x="150" y="107" text-anchor="middle" style="font-size:78px;font-weight:700;'
        f'fill:{INK}">{mark}</text>'
        f'<text x="150" y="186" text-anchor="middle" class="s" lang="en">{word}</text>'
    )
