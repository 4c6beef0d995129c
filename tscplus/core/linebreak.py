"""Lines of text for drawings (charts, infographics), broken only between words.

Thai is written without spaces between words, so a drawing cannot leave line breaking to a
browser's text layout (SVG has none) nor cut after N characters (ร้านสะดวกซ|ื้อ). The words come
from PyThaiNLP's dictionary segmentation (newmm); spaces break as usual, and punctuation stays
with the word it belongs to. A word is never cut: one wider than the line stands on a line of its
own; a text that needs more lines than allowed ends with an ellipsis after its last whole word
(the drawing then carries the whole text in a <title>).

Widths are measured with Sarabun itself (the TTF files that PDFs embed), shaped by Pillow, with
a margin for the fallback fonts a reader's device may use instead."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

ELLIPSIS = "…"
MARGIN = 1.08  # other Thai faces (Noto Sans Thai, Tahoma) run a little wider than Sarabun
_MEASURE_SIZE = 100
# Kept with the word before them (a closing mark, Thai repetition and abbreviation marks) or
# after them (an opening mark).
_CLOSING = frozenset(")]}»\u201d\u2019,.:;!?%ๆฯ")  # with the closing quotes
_OPENING = frozenset("([{«\u201c\u2018")  # with the opening quotes


@functools.cache
def _font(bold: bool) -> FreeTypeFont:
    import fontpkg_sarabun
    from PIL import ImageFont

    name = "Sarabun-Bold.ttf" if bold else "Sarabun-Regular.ttf"
    return ImageFont.truetype(str(Path(fontpkg_sarabun.ROOT) / "files" / name), _MEASURE_SIZE)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide `text` runs at font size `size` (in the drawing's units), margin included."""
    return _font(bold).getlength(text) * size / _MEASURE_SIZE * MARGIN


@functools.lru_cache(maxsize=4096)
def pieces(text: str) -> tuple[str, ...]:
    """The text cut where a line may break: at a space (which stays with the word before it) and
    between two Thai words. Joined, the pieces are the text again."""
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    found: list[str] = []
    glue_next = False
    for token in tokens:
        attach = found and (
            glue_next
            or token.isspace()
            or token[0] in _CLOSING
            or not (found[-1][-1].isspace() or _thai_pair(found[-1][-1], token[0]))
        )
        if attach:
            found[-1] += token
        else:
            found.append(token)
        glue_next = bool(token.strip()) and token.strip()[-1] in _OPENING
    return tuple(found)


def _thai_pair(before: str, after: str) -> bool:
    """Two Thai letters: a word boundary the dictionary found may break the line (between a
    digit or a Latin letter and Thai, only a space may)."""
    return all("\u0e01" <= c <= "\u0e4e" for c in (before, after))


def wrap(
    text: str, width: float, size: float, *, bold: bool = False, max_lines: int = 2
) -> list[str]:
    """`text` in lines no wider than `width` at font size `size`, broken between words, at most
    `max_lines` of them (the last ending in an ellipsis when the text goes on)."""
    lines: list[str] = []
    line = ""
    for piece in pieces(" ".join(text.split())):
        if line and text_width((line + piece).rstrip(), size, bold=bold) > width:
            lines.append(line.rstrip())
            line = piece
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) <= max_lines:
        return lines
    return [*lines[: max_lines - 1], _shorten(lines[max_lines - 1], width, size, bold)]


def _shorten(line: str, width: float, size: float, bold: bool) -> str:
    """The line with whole words dropped from its end until it holds an ellipsis too."""
    kept = list(pieces(line))
    while len(kept) > 1 and text_width("".join(kept).rstrip() + ELLIPSIS, size, bold=bold) > width:
        kept.pop()
    return "".join(kept).rstrip() + ELLIPSIS
