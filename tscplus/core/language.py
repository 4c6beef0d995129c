"""The reader's language, the one answer to "which language is this page, mail or file in?".

Django's `get_language()` is None where no language is active (jobs, commands, some tests); the
platform then speaks Thai, its default, so every caller asks here instead of repeating the
fallback."""

from __future__ import annotations

from django.utils.translation import get_language


def reader_language() -> str:
    """The active language code ("th", "en"), Thai when none is active."""
    return get_language() or "th"


def reader_is_english() -> bool:
    """Whether the reader is served in English (names then use their English spelling)."""
    return reader_language().startswith("en")
