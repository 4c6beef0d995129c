"""Charts drawn on the server as SVG: the same markup in pages, printouts and PDF reports, no
JavaScript. Each chart carries a title for screen readers; pages put the figures in a table
beside it, so nothing is only in the picture. Labels are broken into lines between words
(`core.linebreak`), never inside a Thai word; one still too long ends with an ellipsis and keeps
its whole text in a <title>."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from tscplus.core.linebreak import wrap

INK, MUTED, GRID = "#1f2933", "#52606d", "#d9e2ec"
COLOURS = {"done": "#2f855a", "late": "#c53030", "open": "#2b6cb0", "planned": "#9fb3c8"}
FONT = "font-family=\"Sarabun, 'Noto Sans Thai', sans-serif\""


def _svg(
    width: float,
    height: float,
    label: str,
    body: list[str],
    min_width: int = 0,
    kind: str = "",
) -> SafeString:
    """`min_width` keeps a dense chart legible on a phone: its box scrolls sideways instead."""
    style = f' style="min-width:{min_width}px"' if min_width else ""
    classes = f"chart chart-{kind}" if kind else "chart"
    return mark_safe(  # noqa: S308 - every text inside went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="100%" role="img" aria-label="{escape(label)}" class="{classes}"{style}>'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def _label(
    text: str,
    x: float,
    y: float,
    lines: list[str],
    *,
    size: int,
    fill: str = MUTED,
    anchor: str = "start",
    leading: float = 1.25,
) -> str:
    """A label of one or more lines, the first on baseline `y`; its whole text in a <title>
    (shown on hover, read by screen readers) when the lines had to shorten it."""
    tspans = "".join(
        f'<tspan x="{x:.1f}" y="{y + i * size * leading:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    shortened = "".join("".join(lines).split()) != "".join(text.split())
    title = f"<title>{escape(text)}</title>" if shortened else ""
    return (
        f'<text text-anchor="{anchor}" font-size="{size}" fill="{fill}" {FONT}>'
        f"{title}{tspans}</text>"
    )


def bar_chart(
    *,
    bars: Sequence[tuple[str, float | None]],
    maximum: float,
    label: str,
    width: int = 520,
    height: int = 170,
) -> SafeString:
    """Vertical bars, one per (label, value); a missing value leaves a gap marked with a dash."""
    left, top = 30, 12
    step = (width - left - 6) / max(len(bars), 1)
    labels = [wrap(text, step * 0.96, 10) for text, _v in bars]
    lines = max((len(lines) for lines in labels), default=1)
    bottom = 12 + 12 * lines  # the labels' lines below the axis
    height += 12 * (lines - 1)
    plot_h = height - bottom - top
    maximum = maximum or max((v or 0 for _l, v in bars), default=1) or 1
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}" '
        f'stroke="{INK}" stroke-width="1"/>'
    ]
    for tick in range(0, 5):
        tick_value = maximum * tick / 4
        y = top + plot_h - plot_h * tick / 4
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="0.5"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="10" '
            f'fill="{MUTED}" {FONT}>{tick_value:g}</text>'
        )
    for i, (text, value) in enumerate(bars):
        x = left + i * step + step * 0.15
        w = step * 0.7
        cx = x + w / 2
        if value is None:
            body.append(
                f'<text x="{cx:.1f}" y="{top + plot_h - 4}" text-anchor="middle" '
                f'font-size="11" fill="{MUTED}" {FONT}>\u2013</text>'
            )
        else:
            h = plot_h * min(float(value), maximum) / maximum
            body.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{w:.1f}" '
                f'height="{h:.1f}" fill="{COLOURS["open"]}"/>'
                f'<text x="{cx:.1f}" y="{top + plot_h - h - 3:.1f}" text-anchor="middle" '
                f'font-size="10" fill="{INK}" {FONT}>{float(value):g}</text>'
            )
        body.append(_label(text, cx, top + plot_h + 14, labels[i], size=10, anchor="middle"))
    return _svg(width, height, label, body)


def hbar_chart(
    *,
    bars: Sequence[tuple[str, float]],
    maximum: float,
    label: str,
    width: int = 400,
) -> SafeString:
    """Horizontal bars, one row per (label, value): for categories with long names, which get
    the left part of the chart on up to two lines, whole words only."""
    name_w, size, gap = int(width * 0.42), 13, 8
    labels = [wrap(text, name_w - gap, size) for text, _v in bars]
    row_h = 40 if any(len(lines) > 1 for lines in labels) else 26
    height = row_h * max(len(bars), 1) + 4
    maximum = maximum or max((v for _l, v in bars), default=1) or 1
    plot_w = width - name_w - 40  # room for the value after the longest bar
    body = [
        f'<line x1="{name_w}" y1="0" x2="{name_w}" y2="{height}" stroke="{INK}" stroke-width="1"/>'
    ]
    for i, (text, value) in enumerate(bars):
        y = i * row_h + 2
        lines = labels[i]
        first = y + row_h / 2 + size * 0.35 - (len(lines) - 1) * size * 0.6
        body.append(_label(text, name_w - gap, first, lines, size=size, fill=INK, anchor="end"))
        w = plot_w * min(float(value), maximum) / maximum
        body.append(
            f'<rect x="{name_w}" y="{y + 5}" width="{w:.1f}" height="{row_h - 10}" '
            f'fill="{COLOURS["open"]}"/>'
            f'<text x="{name_w + w + 4:.1f}" y="{y + row_h / 2 + size * 0.35:.1f}" '
            f'font-size="{size}" fill="{INK}" {FONT}>{float(value):g}</text>'
        )
    return _svg(width, height, label, body, kind="hbar")


@dataclass(frozen=True)
class GanttRow:
    """One bar of a timeline: months `start`..`end` (indexes into the chart's months, inclusive)."""

    label: str
    start: int
    end: int
    state: str  # done, late, open (under way), planned


def gantt(
    *,
    months: Sequence[str],
    rows: Sequence[GanttRow],
    today_index: float | None,
    label: str,
    width: int = 720,
) -> SafeString:
    """A timeline: a row per step, a column per month, today as a line; late steps in red."""
    name_w, head = 230, 22
    labels = [wrap(row.label, name_w - 10, 11) for row in rows]
    row_h = 22 if all(len(lines) == 1 for lines in labels) else 36
    height = head + row_h * len(rows) + 8
    col = (width - name_w - 4) / max(len(months), 1)
    body = []
    for i, month in enumerate(months):
        x = name_w + i * col
        body.append(
            f'<line x1="{x:.1f}" y1="{head - 4}" x2="{x:.1f}" y2="{height - 6}" '
            f'stroke="{GRID}" stroke-width="0.5"/>'
            f'<text x="{x + col / 2:.1f}" y="{head - 8}" text-anchor="middle" '
            f'font-size="10" fill="{MUTED}" {FONT}>{escape(month)}</text>'
        )
    for r, row in enumerate(rows):
        y = head + r * row_h
        first = y + row_h / 2 + 4 - (len(labels[r]) - 1) * 7
        body.append(_label(row.label, 4, first, labels[r], size=11, fill=INK, leading=14 / 11))
        x = name_w + row.start * col + 1
        w = max(col * (row.end - row.start + 1) - 2, 3)
        colour = COLOURS.get(row.state, COLOURS["planned"])
        body.append(
            f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" rx="3" '
            f'fill="{colour}"><title>{escape(row.label)}</title></rect>'
        )
    if today_index is not None and 0 <= today_index <= len(months):
        x = name_w + today_index * col
        body.append(
            f'<line x1="{x:.1f}" y1="{head - 4}" x2="{x:.1f}" y2="{height - 4}" '
            f'stroke="{INK}" stroke-width="1.5" stroke-dasharray="4 2"/>'
        )
    return _svg(width, height, label, body, min_width=int(width * 0.85))
