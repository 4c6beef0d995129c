"""Buddhist Era dates and the Thai fiscal year, the one place that knows them.

Django's Thai locale prints the Western year, so B.E. formatting is done here. Aware datetimes are
shown in Asia/Bangkok (the display zone), so 30 Sep 17:30 UTC is already 1 Oct in Thailand and falls
in the next fiscal year. The fiscal year runs October to September and is named by the B.E. year in
which it ends: FY 2565 = 1 Oct 2021 - 30 Sep 2022.
"""

from __future__ import annotations

import datetime
from typing import Literal

from django.utils import timezone

from tscplus.core.language import reader_language

BE_OFFSET = 543

MONTHS_TH = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_TH_ABBR = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

Style = Literal["short", "long", "month", "month_long", "seed", "datetime"]
STYLES: tuple[str, ...] = ("short", "long", "month", "month_long", "seed", "datetime")


def local_date(value: datetime.date | datetime.datetime) -> datetime.date:
    """The calendar date in Thailand of a date or an aware datetime."""
    if isinstance(value, datetime.datetime):
        if timezone.is_naive(value):
            raise ValueError("naive datetime: store and pass timezone-aware datetimes")
        return timezone.localtime(value).date()
    return value


def be_year(value: datetime.date | datetime.datetime | int) -> int:
    """The Buddhist Era year (Gregorian + 543)."""
    year = value if isinstance(value, int) else local_date(value).year
    return year + BE_OFFSET


def format_date(
    value: datetime.date | datetime.datetime, style: Style = "short", language: str = "th"
) -> str:
    """A date for a reader: Thai with B.E. years and Thai month names, or English with Western years.

    Thai styles: short `24 พ.ย. 2569`, long `24 พฤศจิกายน 2569`, month `พ.ย. 2569`,
    month_long `พฤศจิกายน 2569`, seed `ต.ค. 64` (the SOP's own style), datetime `24 พ.ย. 2569 14:05 น.`.
    """
    if style not in STYLES:
        raise ValueError(f"unknown date style {style!r}; use one of {', '.join(STYLES)}")
    d = local_date(value)
    m = d.month - 1
    if language.startswith("en"):
        formats = {
            "short": f"{d.day} {MONTHS_EN[m][:3]} {d.year}",
            "long": f"{d.day} {MONTHS_EN[m]} {d.year}",
            "month": f"{MONTHS_EN[m][:3]} {d.year}",
            "month_long": f"{MONTHS_EN[m]} {d.year}",
            "seed": f"{MONTHS_EN[m][:3]} {d.year % 100:02d}",
        }
        if style == "datetime":
            local = timezone.localtime(value) if isinstance(value, datetime.datetime) else None
            time = f" {local:%H:%M}" if local else ""
            return f"{formats['short']}{time}"
        return formats[style]
    year = d.year + BE_OFFSET
    formats = {
        "short": f"{d.day} {MONTHS_TH_ABBR[m]} {year}",
        "long": f"{d.day} {MONTHS_TH[m]} {year}",
        "month": f"{MONTHS_TH_ABBR[m]} {year}",
        "month_long": f"{MONTHS_TH[m]} {year}",
        "seed": f"{MONTHS_TH_ABBR[m]} {year % 100:02d}",
    }
    if style == "datetime":
        local = timezone.localtime(value) if isinstance(value, datetime.datetime) else None
        time = f" {local:%H:%M} น." if local else ""
        return f"{formats['short']}{time}"
    return formats[style]


def reader_date(value: datetime.date | datetime.datetime, style: Style = "short") -> str:
    """`format_date` in the language being served (Thai unless English is active)."""

    return format_date(value, style, reader_language())


def fiscal_year(value: datetime.date | datetime.datetime) -> int:
    """The Thai fiscal year (B.E.) that a date falls in: October starts the next year's."""
    d = local_date(value)
    year = d.year + 1 if d.month >= 10 else d.year
    return year + BE_OFFSET


def fiscal_year_bounds(fy_be: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of fiscal year `fy_be` (B.E.): FY 2565 -> 2021-10-01 .. 2022-09-30."""
    end_year = fy_be - BE_OFFSET
    return datetime.date(end_year - 1, 10, 1), datetime.date(end_year, 9, 30)


def fiscal_year_label(fy_be: int, language: str = "th") -> str:
    return f"FY {fy_be}" if language.startswith("en") else f"ปีงบประมาณ {fy_be}"
