"""Tables people open in Excel: CSV and XLSX writers that every export shares (officers' exports,
open data, the knowledge inventory, indicator reports, the places import template and report).

One module, so every file behaves alike: text that starts like a formula stays text (CSV injection),
CSV is UTF-8 with a BOM (Excel then shows Thai), a date is a real date cell in XLSX (Excel sorts,
filters and shows it in B.E. with a Thai locale) and YYYY-MM-DD (HH:MM) in CSV, a time is
Bangkok's to the minute, and a sheet name fits Excel's 31 characters."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

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


def _csv_value(value: object) -> object:
    value = defuse(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class _Echo:
    """A file-like object whose write returns the line, so csv.writer yields text to stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """CSV text a row at a time (for a streaming response), starting with the BOM that makes
    Excel read UTF-8, so Thai is intact."""
    writer = csv.writer(_Echo())
    yield "\ufeff"
    for row in rows:
        yield writer.writerow([_csv_value(v) for v in row])


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """The whole CSV file as UTF-8 bytes with a BOM (for a small file kept or sent at once)."""
    return "".join(csv_lines(rows)).encode("utf-8")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its name, its rows (the first is the header) and whether the
    header is set in bold (documents officers read, such as indicator reports)."""

    title: Label
    rows: Iterable[Sequence[object]]
    bold_header: bool = False


def _xlsx_cell(ws: WriteOnlyWorksheet, value: object, *, bold: bool) -> object:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    value = defuse(value)
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
    limit). Text is defused; dates become date cells with a YYYY-MM-DD (hh:mm) format."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.title))
        for number, row in enumerate(sheet.rows):
            bold = sheet.bold_header and number == 0
            ws.append([_xlsx_cell(ws, v, bold=bold) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
