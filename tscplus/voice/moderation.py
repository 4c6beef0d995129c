"""When a public text waits for an officer before it is shown: it holds a link, a phone number or an
abusive word (from `abusive_words.txt`, Thai and English, one per line). Held is not rejected: an
officer reads it and decides (the moderation queue), so a false alarm costs a short delay only."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from django.utils.translation import gettext_lazy as _

WORDS_FILE = Path(__file__).with_name("abusive_words.txt")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
LINK = re.compile(
    r"(https?://|www\.|\b[\w-]+\.(com|net|org|co|th|io|ly|me|info|biz|xyz|shop|app)\b|line\.me|@[\w.]{3,})",
    re.IGNORECASE,
)
# Nine or more digits, however they are spaced or separated (0812345678, 081-234-5678,
# +66 81 234 5678, 081  234  5678, 081/234/5678, 0 8 1 - 2 3 4 - 5 6 7 8).
PHONE = re.compile(r"(?:\+?\d[\s\-./()]{0,3}){9,}")
# A dot spelled out to slip a link past the check: "shop (dot) com", "shop dot com", "shop[.]com".
SPELLED_DOT = re.compile(
    r"\s*(?:\(\s*dot\s*\)|\[\s*\.?\s*dot\s*\]|\[\.\]|\bdot\b|จุด)\s*", re.IGNORECASE
)
REASONS = {
    "link": _("a link"),
    "phone": _("a phone number"),
    "word": _("a word on the abusive words list"),
}


@functools.cache
def _words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    english: list[str] = []
    thai: list[str] = []
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            (english if word.isascii() else thai).append(word)
    # English words match whole words; Thai is written without spaces, so Thai words match anywhere
    # (the list keeps only words that are not part of innocent longer ones).
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, english)) + r")\b", re.IGNORECASE)
    return pattern, tuple(thai)


def hold_reasons(text: str) -> list[str]:
    """Why this text must wait for a moderator (codes of REASONS), or [] to publish it now."""
    if not text:
        return []
    normal = text.translate(THAI_DIGITS)
    reasons = []
    if LINK.search(normal) or LINK.search(SPELLED_DOT.sub(".", normal)):
        reasons.append("link")
    if PHONE.search(normal):
        reasons.append("phone")
    english, thai = _words()
    lowered = normal.lower()
    if english.search(lowered) or any(word in lowered for word in thai):
        reasons.append("word")
    return reasons


REPLY_MAX = 1000  # a place's reply, to a rating or to an inspection's outcome


def reply_checked(text: str) -> tuple[str, str, list[str]]:
    """A place's reply, trimmed, with the moderation it starts in and why it is held (if it is):
    the rule for every reply a place writes. An empty or overlong reply is refused on `reply`."""
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext

    from tscplus.voice.choices import Moderation

    text = (text or "").strip()
    if not text:
        raise ValidationError({"reply": gettext("Write your reply.")})
    if len(text) > REPLY_MAX:
        raise ValidationError({"reply": gettext("Keep the reply to 1,000 characters.")})
    held = hold_reasons(text)
    return text, (Moderation.HELD if held else Moderation.PUBLISHED), held
