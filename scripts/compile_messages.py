"""Compile locale/*/LC_MESSAGES/django.po to .mo with polib (no GNU gettext needed).

The source strings are English, so the English catalogue is filled from them (msgstr = msgid)
and any guess that msgmerge marked fuzzy there is replaced. Thai entries are translated by hand;
this script reports any left empty or fuzzy, and `tests/test_locale.py` fails on them."""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def fill_english(po: polib.POFile) -> None:
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()


for po_path in sorted((ROOT / "tscplus" / "locale").glob("*/LC_MESSAGES/*.po")):
    po = polib.pofile(str(po_path))
    if po_path.parts[-3] == "en":
        fill_english(po)
    po.save_as_mofile(str(po_path.with_suffix(".mo")))
    missing = len(po.untranslated_entries()) + len(po.fuzzy_entries())
    note = f", {missing} to translate" if missing else ""
    print(f"{po_path.relative_to(ROOT)}: {len(po.translated_entries())} translated{note}")
