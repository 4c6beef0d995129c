"""Snippets for search results: a stretch of the original text around the first words found, with
those words marked. Built from the text as written (no spaces put between Thai words), escaped."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from tscplus.search.thai import normalize

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_FOLD = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _fold(text: str) -> str:
    """Same length as `text`, so positions found in it hold in the original."""
    return text.translate(_FOLD).lower()


def _spans(folded: str, terms: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term in sorted(set(terms), key=len, reverse=True):
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = folded.find(term, end)
    return sorted(spans)


def snippet(text: str, terms: list[str], width: int = 180) -> SafeString:
    """Up to `width` characters of `text` around the first place a term appears, terms marked."""
    text = _ZERO_WIDTH.sub("", text)
    folded = _fold(text)
    terms = [normalize(t) for t in terms if t]
    spans = _spans(folded, terms)
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
        # Start after a space when there is one near: Thai breaks phrases with spaces.
        space = text.rfind(" ", max(0, start - 20), first)
        start = space + 1 if space > 0 and start > 0 else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end - 20, end + 20)
        end = space if space != -1 else end
    out, at = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(escape(text[at:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        at = e
    out.append(escape(text[at:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out).strip() + suffix)  # noqa: S308 (every piece escaped)


def highlight(text: str, terms: list[str]) -> SafeString:
    """The whole of a short text (a title) with its terms marked."""
    return snippet(text, terms, width=max(len(text), 1))
