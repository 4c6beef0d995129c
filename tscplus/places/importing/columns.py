"""The import template's columns (Thai and English headers, which are required, how long a value
may be) and the error for a file that cannot be read at all."""

from __future__ import annotations

import re

# (key, Thai header, English header, required)
COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("name_th", "ชื่อสถานที่ (ภาษาไทย)", "Name (Thai)", True),
    ("name_en", "ชื่อสถานที่ (ภาษาอังกฤษ)", "Name (English)", False),
    ("category", "ประเภทสถานที่", "Type of place", True),
    ("address", "ที่อยู่", "Address", True),
    ("subdistrict", "รหัสตำบล", "Subdistrict code", True),
    ("district", "อำเภอ", "District", False),
    ("province", "จังหวัด", "Province", False),
    ("phone", "โทรศัพท์", "Phone", False),
    ("opening_hours", "เวลาเปิดทำการ", "Opening hours", False),
    ("latitude", "ละติจูด", "Latitude", False),
    ("longitude", "ลองจิจูด", "Longitude", False),
    ("owner_email", "อีเมลเจ้าของ", "Owner's email", False),
)
MAX_ROWS = 200_000
LIMITS = {"name_th": 200, "name_en": 200, "address": 300, "opening_hours": 200}


def column_label(key: str, language: str) -> str:
    """A column's header in the reader's language, as in the template."""
    for k, th, en, _required in COLUMNS:
        if k == key:
            return en if language.startswith("en") else th
    return key


class ImportFileError(Exception):
    """The file cannot be read at all (format, encoding, headers): said in one message."""


def norm(text: str) -> str:
    """A cell as it is compared: runs of white space made one space, trimmed."""
    return re.sub(r"\s+", " ", str(text or "")).strip()


def header_key(text: str) -> str | None:
    """The column a header names, by key or by its Thai or English header, in any case."""
    wanted = norm(text).casefold()
    for key, th, en, _required in COLUMNS:
        if wanted in (key, th.casefold(), en.casefold()):
            return key
    return None
