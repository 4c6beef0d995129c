"""Reading a PDF as its reader does: each page drawn to pixels by a real renderer (PDFium, through
pypdfium2) and the text layer that a search or a copy reads. Shared by the tests of the
certificate, the door poster and the report PDFs."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2
from PIL import Image

POINTS_PER_MM = 72 / 25.4
SCALE = 1.5  # 108 dpi: fine enough for a QR module of 1 mm, quick to draw
INK = 200  # a pixel darker than this (0-255 grey) is ink; the panels' pale green is not


@dataclass(frozen=True)
class Page:
    image: Image.Image  # greyscale, SCALE pixels per point
    text: str  # the text layer, lines separated by "\r\n" as PDFium returns them
    width_mm: float
    height_mm: float

    def px(self, mm: float) -> int:
        return round(mm * POINTS_PER_MM * SCALE)

    def mm(self, px: float) -> float:
        return px / SCALE / POINTS_PER_MM

    def ink_box(
        self, top_mm: float = 0, bottom_mm: float = 0
    ) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) of the ink, in mm from the page's top-left corner, leaving
        out `top_mm` and `bottom_mm` at the top and bottom of the page (its margins); None when
        that part of the page is blank."""
        box = (0, self.px(top_mm), self.image.width, self.image.height - self.px(bottom_mm))
        mask = self.image.crop(box).point(lambda v: 255 if v < INK else 0)
        found = mask.getbbox()
        if found is None:
            return None
        left, top, right, bottom = found
        return (
            self.mm(left),
            self.mm(top) + top_mm,
            self.mm(right),
            self.mm(bottom) + top_mm,
        )

    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.split("\r\n") if line.strip()]


def pages(pdf: bytes) -> list[Page]:
    document = pypdfium2.PdfDocument(pdf)
    result = []
    for page in document:
        width, height = page.get_size()
        result.append(
            Page(
                image=page.render(scale=SCALE).to_pil().convert("L"),
                text=page.get_textpage().get_text_range(),
                width_mm=width / POINTS_PER_MM,
                height_mm=height / POINTS_PER_MM,
            )
        )
    return result


def skeleton(text: str) -> str:
    """The Thai consonants, Latin letters and digits of `text`, in order.

    Why not the text itself: WeasyPrint writes one Unicode value per glyph in the PDF's text map,
    taken from the first place the glyph was drawn. Sarabun draws SARA AM (ำ) as NIKHAHIT + SARA
    AA, so once "น้ำ" is drawn the SARA AA glyph may read back as "้ำ" everywhere else in the file
    ("ร้าน" comes back "ร้้ำน"). The vowels and tone marks of the text layer are not reliable; the
    consonants, which are each their own glyph, are. A line break keeps or splits consonants
    exactly as it keeps or splits words, so comparing consonants is enough to see where lines end.
    """
    return "".join(re.findall(r"[\u0e01-\u0e2eA-Za-z0-9]", text))


def name_lines(page: Page, name: str) -> list[str]:
    """The consecutive lines of the page's text layer that together spell `name` (compared by
    skeleton), each line's skeleton."""
    target = skeleton(name)
    lines = [skeleton(line) for line in page.lines()]
    for start, first in enumerate(lines):
        if not first or not target.startswith(first):
            continue
        joined = ""
        for end in range(start, len(lines)):
            joined += lines[end]
            if joined == target:
                return lines[start : end + 1]
            if not target.startswith(joined):
                break
    raise AssertionError(f"{name!r} is not on whole lines of the page:\n{page.text}")


def breaks_between_words(page: Page, words: tuple[str, ...]) -> list[int]:
    """Where the name `"".join(words)` is broken into lines (counted in consonants from its start),
    checking that each break falls between two of `words`. Returns the breaks."""
    lines = name_lines(page, "".join(words))
    boundaries, position = set(), 0
    for word in words:
        position += len(skeleton(word))
        boundaries.add(position)
    breaks, position = [], 0
    for line in lines[:-1]:
        position += len(line)
        breaks.append(position)
    inside = [b for b in breaks if b not in boundaries]
    assert not inside, f"a line ends inside a word of {''.join(words)!r}: {lines}"
    return breaks
