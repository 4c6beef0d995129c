"""PDFs in the look of Thai official documents: HTML rendered by WeasyPrint in Sarabun (the font
comes from the PyPI package fontpkg-sarabun, never copied into the repository). One module knows
where the font files are and how WeasyPrint is called, so certificates, reports and seeded
documents stack Thai vowels and tone marks alike, and no app borrows another's font set-up."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import fontpkg_sarabun
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# The TTF files (Sarabun-Regular.ttf, Sarabun-Bold.ttf, ...): PDFs embed them, and images drawn
# with Pillow (the demo's sample photos) write Thai with them too.
FONT_DIR: Path = Path(fontpkg_sarabun.ROOT) / "files"

# Included by every PDF template inside its <style>: the @font-face rules that point at FONT_DIR
# (the context names it `font_dir`, a file:// URI).
FONT_FACES_TEMPLATE = "core/_pdf_fonts.html"


def font_context() -> dict[str, str]:
    """What a PDF template needs to find the fonts: `font_dir`, the font files' directory as a URI."""
    return {"font_dir": FONT_DIR.as_uri()}


def page_of_pages_css() -> SafeString:
    """The CSS `content` value of "page X of Y" in the active language, for an @page margin box:
    the translated sentence with its {page} and {pages} replaced by CSS page counters."""
    pieces = re.split(r"\{(pages?)\}", _("Page {page} of {pages}"))
    parts = [
        f"counter({piece})"
        if i % 2
        else '"{}"'.format(piece.replace("\\", "\\\\").replace('"', '\\"'))
        for i, piece in enumerate(pieces)
        if piece
    ]
    return mark_safe(" ".join(parts))  # noqa: S308 - quotes and backslashes escaped above


def font_face_css() -> str:
    """The @font-face rules alone, for a document whose HTML is built in code (seeded documents)."""
    return render_to_string(FONT_FACES_TEMPLATE, font_context())


def html_to_pdf(html: str) -> bytes:
    """PDF bytes of a whole HTML document. Relative URLs resolve against the font directory, so a
    template may name a font file by its bare name."""
    from weasyprint import HTML  # imported here: Pango is only needed when a PDF is made

    data: bytes = HTML(string=html, base_url=str(FONT_DIR)).write_pdf()
    return data


def render_pdf(template_name: str, context: Mapping[str, object]) -> bytes:
    """Render a template (which includes FONT_FACES_TEMPLATE) to PDF bytes, in the language that
    is active, with the font directory and the "page X of Y" counter (`page_of_pages`, for an
    @page margin box) added to its context."""
    extra = {**font_context(), "page_of_pages": page_of_pages_css()}
    return html_to_pdf(render_to_string(template_name, {**context, **extra}))
