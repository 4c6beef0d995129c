"""core.language: the reader's language, Thai where none is active (jobs, commands)."""

from django.utils import translation

from tscplus.core.language import reader_is_english, reader_language


def test_the_active_language():
    with translation.override("en"):
        assert reader_language() == "en" and reader_is_english()
    with translation.override("th"):
        assert reader_language() == "th" and not reader_is_english()


def test_thai_when_no_language_is_active():
    with translation.override(None):
        assert reader_language() == "th" and not reader_is_english()
