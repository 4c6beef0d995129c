"""What an item's body becomes on the page, and the text inside its files.

- Markdown is turned into HTML with markdown-it (CommonMark with tables) and then cleaned by nh3:
  only a fixed list of tags and attributes survives, so no script, no event handler, no style,
  no `javascript:` link, whatever an author pastes.
- A PDF's text is extracted with PDFium; a PDF with no text (a scan) is refused with a message.
- Images are checked by decoding them (Pillow) and re-encoded, as photos are elsewhere.
"""

from __future__ import annotations

import re
from io import BytesIO

import nh3
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "a",
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "blockquote",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
    "figure",
    "figcaption",
    "mark",
    "sub",
    "sup",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"scope"},
    "td": {"colspan", "rowspan"},
}
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_DOCUMENT_PAGES = 300

# Raw HTML is let through to nh3, which keeps the harmless tags (a pasted table) and drops the rest.
_markdown = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")


def markdown_to_html(text: str) -> str:
    """Safe HTML for an item's body (see the module's notes)."""
    html = _markdown.render(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def plain_text(markdown: str) -> str:
    """The words of a Markdown body without its markup (for search and snippets)."""
    html = markdown_to_html(markdown)
    text = nh3.clean(html, tags=set())
    text = re.sub(r"&nbsp;|&#160;", " ", text)
    text = (
        text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    )
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(upload: UploadedFile) -> str:
    """The text of an uploaded PDF, or a ValidationError saying why it cannot be used."""
    import pypdfium2

    if upload.size and upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("The PDF is larger than 20 MB."), code="too_large")
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if not data.startswith(b"%PDF-"):
        raise ValidationError(_("This file is not a PDF."), code="not_pdf")
    try:
        pdf = pypdfium2.PdfDocument(BytesIO(data))
    except pypdfium2.PdfiumError as exc:
        raise ValidationError(
            _("This PDF cannot be read. Is it damaged?"), code="unreadable"
        ) from exc
    try:
        if len(pdf) > MAX_DOCUMENT_PAGES:
            raise ValidationError(_("The PDF has more than 300 pages."), code="too_long")
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "\n".join(pages)).strip()
    if len(text) < 20:
        raise ValidationError(
            _(
                "This PDF has no text to read (it may be a scan). Upload a PDF made from the "
                "document itself, or add its text as an article."
            ),
            code="no_text",
        )
    return text
