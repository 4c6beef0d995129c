"""Snippets for search results: a stretch of the original text around the first words found, with
those words marked. Built from the text as written (no spaces put between Thai words), escaped.

One `Highlighter` per search: its terms become a single regular expression (longest first, Latin
letters in any case, digits Thai or Arabic), so each result's text is scanned once, in C."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_THAI_DIGIT = dict(zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True))


def _pattern(term: str) -> str:
    return "".join(f"[{c}{_THAI_DIGIT[c]}]" if c in _THAI_DIGIT else re.escape(c) for c in term)


class Highlighter:
    def __init__(self, terms: Iterable[str]) -> None:
        unique = sorted({t for t in terms if t}, key=len, reverse=True)
        self.regex = (
            re.compile("|".join(_pattern(t) for t in unique), re.IGNORECASE) if unique else None
        )

    def _marked(self, text: str) -> str:
        if self.regex is None:
            return escape(text)
        out: list[str] = []
        at = 0
        for found in self.regex.finditer(text):
            out.append(escape(text[at : found.start()]))
            out.append(f"<mark>{escape(found.group())}</mark>")
            at = found.end()
        out.append(escape(text[at:]))
        return "".join(out)

    def highlight(self, text: str) -> SafeString:
        """The whole of a short text (a title) with its terms marked."""
        return mark_safe(self._marked(text))  # noqa: S308 (every piece escaped)

    def snippet(self, text: str, width: int = 180) -> SafeString:
        """Up to `width` characters of `text` around the first place a term appears."""
        first = self.regex.search(text) if self.regex is not None else None
        start = 0
        if first is not None and first.start() > width // 3:
            start = first.start() - width // 3
            # Start after a space when there is one near: Thai breaks phrases with spaces.
            space = text.rfind(" ", start - 20, first.start())
            start = space + 1 if space > 0 else start
        end = min(len(text), start + width)
        if end < len(text):
            # End at a space too, and never inside a marked word.
            space = text.find(" ", end - 20, end + 20)
            end = space if space != -1 else end
            if self.regex is not None:
                for found in self.regex.finditer(text, max(start, end - 40), end + 40):
                    if found.start() < end < found.end():
                        end = found.end()
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(prefix + self._marked(text[start:end]).strip() + suffix)  # noqa: S308


def snippet(text: str, terms: Iterable[str], width: int = 180) -> SafeString:
    return Highlighter(terms).snippet(ZERO_WIDTH.sub("", text), width)


def highlight(text: str, terms: Iterable[str]) -> SafeString:
    return Highlighter(terms).highlight(ZERO_WIDTH.sub("", text))
