"""Thai and English catalogues are complete, compiled, and keep their placeholders."""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[1] / "tscplus" / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|\{\w*\}")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_catalogue_complete_and_compiled(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    assert not po.untranslated_entries(), [e.msgid for e in po.untranslated_entries()][:5]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()][:5]
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    # Keyed by context and msgid: the same English word may read differently in Thai by context.
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    for entry in po.translated_entries():
        key = (entry.msgctxt, entry.msgid)
        assert key in compiled, f"{lang}: .mo is stale, run `make messages` ({entry.msgid!r})"
        assert compiled[key] == (entry.msgstr or entry.msgstr_plural), entry.msgid


def test_thai_keeps_every_placeholder():
    po = polib.pofile(str(LOCALE / "th" / "LC_MESSAGES" / "django.po"))
    for entry in po.translated_entries():
        wanted = sorted(set(PLACEHOLDER.findall(entry.msgid)))
        for text in [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values():
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, entry.msgid


def test_django_validation_messages_are_thai():
    from django.contrib.auth.password_validation import CommonPasswordValidator

    with translation.override("th"):
        assert CommonPasswordValidator().get_help_text() == "รหัสผ่านต้องไม่ใช่รหัสผ่านที่ใช้กันทั่วไป"
