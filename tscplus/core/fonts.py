"""The web font: Sarabun, cut down to the letters pages use (Thai, Latin, punctuation) and packed as
WOFF2, made from the PyPI package's TTF files the first time static files are looked for.

The TTF files weigh about 90 KB each; the subsets about a quarter of that, which is most of what
keeps a first visit on a phone under 100 KB. Nothing is copied into the repository: the subsets are
built into `VAR_DIR/fonts` (once, then reused while the source font is unchanged) and served like
any static file, by `runserver`, the live test server and `collectstatic` alike. PDFs keep the full
TTF files (`core.pdf.FONT_DIR`): WeasyPrint subsets those itself."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

from tscplus.core.pdf import FONT_DIR

# The weights the stylesheet declares, and the files they come from.
WEIGHTS = {400: "Sarabun-Regular.ttf", 700: "Sarabun-Bold.ttf"}
# Basic Latin and Latin-1, Thai (U+0E00-0E7F, with the baht sign), general punctuation (dashes,
# quotes, ellipsis, bullet), the dotted circle a shaper shows under a lone Thai mark, and the
# minus, multiplication and arrow signs the pages write.
UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x100),
    *range(0x0E00, 0x0E80),
    *range(0x2000, 0x2070),
    0x20AC,
    0x2122,
    *range(0x2190, 0x2194),
    0x2212,
    0x00D7,
    0x25CC,
]
STATIC_PREFIX = "fonts"


def font_dir() -> Path:
    return Path(settings.VAR_DIR) / "fonts"


def web_font_name(weight: int) -> str:
    return f"sarabun-{weight}.woff2"


def subset_build(*, source: Path, target: Path) -> None:
    """Write the WOFF2 subset of `source` to `target`, atomically (two processes may race)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Thai needs its mark placement (mark, mkmk) and ligatures
    options.hinting = False  # screens that need hinting render Thai with the system's anyway
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep the copyright and licence names (OFL)
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        subset.save_font(font, partial, options)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def web_fonts_ensure() -> Path:
    """Build any subset that is missing or older than its source font; return their folder."""
    folder = font_dir()
    for weight, source_name in WEIGHTS.items():
        source = FONT_DIR / source_name
        target = folder / web_font_name(weight)
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subset_build(source=source, target=target)
    return folder


class SubsetFontFinder(BaseFinder):
    """Finds `fonts/sarabun-<weight>.woff2` for the static files machinery."""

    def _storage(self) -> FileSystemStorage:
        storage = FileSystemStorage(location=str(web_fonts_ensure()))
        storage.prefix = STATIC_PREFIX  # type: ignore[attr-defined]
        return storage

    def check(self, **kwargs: Any) -> list[Any]:
        return []

    def find(self, path: str, find_all: bool = False, **kwargs: Any) -> Any:
        names = {f"{STATIC_PREFIX}/{web_font_name(weight)}" for weight in WEIGHTS}
        if path not in names:
            return []  # as Django's own finders answer "not here"
        found = str(web_fonts_ensure() / path.removeprefix(f"{STATIC_PREFIX}/"))
        return [found] if find_all else found

    def list(self, ignore_patterns: Any) -> Any:
        storage = self._storage()
        for weight in WEIGHTS:
            yield web_font_name(weight), storage
