"""Tables people open in Excel: CSV and XLSX writers that every export shares (officers' exports,
open data, the knowledge inventory, indicator reports, the places import template and report).

One module, so every file behaves alike: text that starts like a formula stays text (CSV injection),
CSV is UTF-8 with a BOM (Excel then shows Thai), a time is Bangkok's to the minute, and a sheet
name fits Excel's 31 characters.

Dates are written for whoever reads the file. A Thai reader's file says `4 ธ.ค. 2569` (and
`4 ธ.ค. 2569 14:05 น.`), the pages' own style from `thaidate.format_date`, as text: a date cell's
B.E. number format is shown by Excel but not by Google Sheets or LibreOffice in every set-up, and
a CSV date such as 04/12/2569 is turned by Excel into a date of the year 2569 C.E.; text with a
Thai month name is shown as written by every program. An English reader's file keeps real date
cells (YYYY-MM-DD) in XLSX and YYYY-MM-DD (HH:MM) in CSV. Machine data (the open-data files, the
API) asks for `machine=True` and always gets ISO 8601, whatever the language."""

from __future__ import annotations

import csv
import datetime
import io
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tscplus.core import thaidate
from tscplus.core.language import reader_language

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

T = TypeVar("T")
Label = str | Promise  # a column or sheet name, often a lazy translation

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"

# What Excel and LibreOffice read as the start of a formula (tab and CR too: some strip them first).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_TITLE_MAX = 31  # Excel refuses longer sheet names


def defuse(value: T) -> T | str:
    """Text typed by the public or operators (a place's name, a reason) that starts like a formula
    would run as one in Excel: such cells get a leading apostrophe and stay text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def date_cell(
    value: datetime.date | datetime.datetime | None,
) -> datetime.date | datetime.datetime | str:
    """A date, or a time in Bangkok to the minute (naive, as spreadsheets hold no zone); empty
    when there is none. The writers then make it a real date cell or YYYY-MM-DD (HH:MM) text."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None, second=0, microsecond=0)
    return value


def for_reader(value: object, language: str) -> object:
    """A date or a (Bangkok, zone-less) time as a Thai reader's text; anything else, and every
    value for an English reader, unchanged."""
    if language.startswith("en") or not isinstance(value, datetime.date):
        return value
    if isinstance(value, datetime.datetime):
        bangkok = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        aware = value if timezone.is_aware(value) else value.replace(tzinfo=bangkok)
        return thaidate.format_date(aware, "datetime", language)
    return thaidate.format_date(value, "short", language)


def _language(machine: bool) -> str:
    """The language dates are written in: English (ISO) for machine data."""
    return "en" if machine else reader_language()


def yes_no(value: bool | None) -> str:
    """A yes/no column in the reader's language; empty when unknown."""
    return "" if value is None else str(_("yes") if value else _("no"))


def sheet_title(label: Label) -> str:
    """A sheet name within Excel's 31 characters, cut at a word rather than mid-word."""
    text = str(label)
    if len(text) <= SHEET_TITLE_MAX:
        return text
    cut = text[:SHEET_TITLE_MAX]
    return cut[: cut.rfind(" ")].rstrip(" (") if " " in cut else cut


Columns = Sequence[tuple[Label, Callable[[T], object]]]


def table_rows(columns: Columns[T], objects: Iterable[T]) -> Iterator[list[object]]:
    """The header (each column's label, in the active language), then one row per object, each
    value read by its column's getter. Lazy: a chunked queryset iterator keeps memory constant."""
    yield [str(label) for label, _get in columns]
    for obj in objects:
        yield [get(obj) for _label, get in columns]


def _csv_value(value: object, language: str) -> object:
    value = defuse(for_reader(value, language))
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class Echo:
    """A file-like object whose write returns the line, so csv.writer yields text to stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Sequence[object]], *, machine: bool = False) -> Iterator[str]:
    """CSV text a row at a time (for a streaming response), starting with the BOM that makes
    Excel read UTF-8, so Thai is intact. The language is read now, not while streaming."""
    return _csv_lines(rows, _language(machine))


def _csv_lines(rows: Iterable[Sequence[object]], language: str) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield "\ufeff"
    for row in rows:
        yield writer.writerow([_csv_value(v, language) for v in row])


def csv_bytes(rows: Iterable[Sequence[object]], *, machine: bool = False) -> bytes:
    """The whole CSV file as UTF-8 bytes with a BOM (for a small file kept or sent at once)."""
    return "".join(csv_lines(rows, machine=machine)).encode("utf-8")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its name, its rows (the first is the header), whether the
    header is set in bold (documents officers read, such as indicator reports) and whether it is
    machine data (ISO dates whatever the language)."""

    title: Label
    rows: Iterable[Sequence[object]]
    bold_header: bool = False
    machine: bool = False


def _xlsx_cell(ws: WriteOnlyWorksheet, value: object, *, bold: bool, language: str) -> object:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    value = defuse(for_reader(value, language))
    if not bold and not isinstance(value, datetime.date):
        return value
    written = WriteOnlyCell(ws, value=value)
    if bold:
        written.font = Font(bold=True)
    if isinstance(value, datetime.date):
        written.number_format = (
            "yyyy-mm-dd hh:mm" if isinstance(value, datetime.datetime) else "yyyy-mm-dd"
        )
    return written


def xlsx_bytes(sheets: Iterable[Sheet]) -> bytes:
    """An XLSX workbook built in openpyxl's write-only mode (memory stays flat up to Excel's row
    limit). Text is defused; dates are a Thai reader's text, or date cells with a YYYY-MM-DD
    (hh:mm) format for English readers and machine data."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.title))
        language = _language(sheet.machine)
        for number, row in enumerate(sheet.rows):
            bold = sheet.bold_header and number == 0
            ws.append([_xlsx_cell(ws, v, bold=bold, language=language) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
