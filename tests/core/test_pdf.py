"""core.pdf: every PDF of the platform is WeasyPrint in Sarabun, from one set-up."""

import re
import zlib

from tscplus.core import pdf


def _thai_document() -> str:
    return (
        f"<html lang='th'><head><meta charset='utf-8'><style>{pdf.font_face_css()}"
        "body{font-family:Sarabun}</style></head><body><p>ใบรับรองมาตรฐาน <b>ผ่านเกณฑ์</b></p>"
        "</body></html>"
    )


def _font_names(data: bytes) -> set[bytes]:
    """The embedded fonts' names: WeasyPrint packs the PDF's objects into compressed streams."""
    text = data
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            text += zlib.decompress(stream)
        except zlib.error:
            continue
    # Subset fonts are named XXXXXX+Sarabun (the regular weight) or XXXXXX+Sarabun-Bold.
    return set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+(Sarabun[-\w]*)", text))


def test_the_font_files_are_there():
    assert (pdf.FONT_DIR / "Sarabun-Regular.ttf").is_file()
    assert (pdf.FONT_DIR / "Sarabun-Bold.ttf").is_file()


def test_font_faces_point_at_the_package_fonts():
    css = pdf.font_face_css()
    assert css.count("@font-face") == 2
    assert f"{pdf.FONT_DIR.as_uri()}/Sarabun-Regular.ttf" in css
    assert f"{pdf.FONT_DIR.as_uri()}/Sarabun-Bold.ttf" in css


def test_thai_html_becomes_a_pdf_that_embeds_sarabun():
    data = pdf.html_to_pdf(_thai_document())
    assert data.startswith(b"%PDF")
    assert _font_names(data) == {b"Sarabun", b"Sarabun-Bold"}


def test_page_of_pages_is_the_translated_sentence_with_css_counters():
    from django.utils import translation

    with translation.override("th"):
        assert pdf.page_of_pages_css() == '"หน้า " counter(page) " จาก " counter(pages)'
    with translation.override("en"):
        assert pdf.page_of_pages_css() == '"Page " counter(page) " of " counter(pages)'
