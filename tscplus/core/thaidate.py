"""Buddhist Era dates and the Thai fiscal year, the one place that knows them.

Django's Thai locale prints the Western year, so B.E. formatting is done here. Aware datetimes are
shown in Asia/Bangkok (the display zone), so 30 Sep 17:30 UTC is already 1 Oct in Thailand and falls
in the next fiscal year. The fiscal year runs October to September and is named by the B.E. year in
which it ends: FY 2565 = 1 Oct 2021 - 30 Sep 2022.
"""

from __future__ import annotations

import datetime
import re
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


# Dates typed by a reader. A form shows a date as DD/MM/YYYY in the reader's calendar (04/12/2569
# in Thai, 04/12/2026 in English) and reads it back whichever calendar it was typed in: a year from
# 2400 on is B.E. (2400 B.E. is 1857 C.E., before any date this platform holds), a year from 1900
# to 2399 is C.E. (B.E. 2399 is 1856), so the two never overlap and nothing has to be guessed.
# Thai digits, and a date typed as 8 digits (the phone's number pad has no slash), are read too.

BE_FROM = 2400
CE_FROM = 1900
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SEP = r"\s*[/.\-\s]\s*"
_DAY_FIRST = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})")
_YEAR_FIRST = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_PACKED = re.compile(r"(\d{2})(\d{2})(\d{4})")
_TIME = re.compile(r"\s(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*น\.?)?$")
_ERA_MARKS = re.compile(r"\s*(?:พ\.\s*ศ\.|ค\.\s*ศ\.|B\.?E\.?|C\.?E\.?|A\.?D\.?)\s*", re.IGNORECASE)


class DateTextError(ValueError):
    """Typed text that is not a date: `code` says why ("shape", "year", "calendar", "time")."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _typed(text: str) -> str:
    return _ERA_MARKS.sub(" ", text.translate(THAI_DIGITS)).strip()


def western_from_typed(year: int) -> int:
    """The C.E. year of a year typed in either calendar (see BE_FROM); DateTextError if neither."""
    if CE_FROM <= year < BE_FROM:
        return year
    if BE_FROM <= year < BE_FROM + 600:
        return year - BE_OFFSET
    raise DateTextError("year")


def _day(year: str, month: str, day: str) -> datetime.date:
    western = western_from_typed(int(year))
    try:
        return datetime.date(western, int(month), int(day))
    except ValueError:
        raise DateTextError("calendar") from None


def parse_date(text: str) -> datetime.date:
    """A date typed as DD/MM/YYYY (or - . space), DDMMYYYY, or YYYY-MM-DD, B.E. or C.E."""
    typed = _typed(text)
    if m := _DAY_FIRST.fullmatch(typed) or _PACKED.fullmatch(typed):
        return _day(m[3], m[2], m[1])
    if m := _YEAR_FIRST.fullmatch(typed):
        return _day(m[1], m[2], m[3])
    raise DateTextError("shape")


def parse_datetime(text: str) -> datetime.datetime:
    """A Bangkok date and time typed as `DD/MM/YYYY HH:MM` (HH.MM น. too), made aware."""
    typed = _typed(text)
    time = _TIME.search(typed)
    if time is None:
        raise DateTextError("shape")
    day = parse_date(typed[: time.start()])
    try:
        clock_time = datetime.time(int(time[1]), int(time[2]))
    except ValueError:
        raise DateTextError("time") from None
    return timezone.make_aware(datetime.datetime.combine(day, clock_time))


def numeric_date(value: datetime.date | datetime.datetime, language: str = "th") -> str:
    """DD/MM/YYYY as a form shows it: B.E. in Thai (04/12/2569), C.E. in English (04/12/2026);
    an aware datetime adds its Bangkok time (04/12/2569 09:30)."""
    d = local_date(value)
    year = d.year if language.startswith("en") else d.year + BE_OFFSET
    text = f"{d.day:02d}/{d.month:02d}/{year}"
    if isinstance(value, datetime.datetime):
        text += f" {timezone.localtime(value):%H:%M}"
    return text


def file_stamp(value: datetime.date, language: str = "th", *, month: bool = False) -> str:
    """A day (or a month) in a file's name, year first so names sort by date, the year in the
    reader's calendar: 2569-12-04 (2569-12) for a Thai reader, 2026-12-04 for an English one."""
    year = value.year if language.startswith("en") else value.year + BE_OFFSET
    return f"{year}-{value:%m}" if month else f"{year}-{value:%m-%d}"
