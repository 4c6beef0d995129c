"""Reading an import file: a CSV (UTF-8, with or without BOM, or Thai Windows-874) or an XLSX,
whose zip is measured before a cell is parsed."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _

from tscplus.places.importing.columns import ImportFileError

# An XLSX file is a zip: what it unpacks to is checked before a cell is parsed. MAX_ROWS rows of
# the template's 12 columns unpack to 60 MB (Excel's shared strings) to 200 MB (inline strings, as
# openpyxl and some exports write them), at 5 to 20 times their zipped size; a sheet of one value
# repeated reached 18. A crafted file of repeated cells packs 250 times and more (a 198 KB file
# held a consumer thread 20 s with its 50 MB; a 50 MB upload would have made 12 GB).
XLSX_MAX_UNPACKED = 200 * 1024 * 1024
XLSX_MAX_RATIO = 100


def xlsx_check_unpacked(source: Any) -> None:
    """Refuse an XLSX (bytes or a file) that unpacks to more than XLSX_MAX_UNPACKED or more than
    XLSX_MAX_RATIO times its zipped size, from the sizes its zip directory declares; nothing is
    unpacked. A member cannot lie about its size: zipfile, which openpyxl reads through, never
    gives more than the declared size (a member that holds more fails its CRC check)."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    try:
        source.seek(0)
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(_("This is not an Excel (.xlsx) file we can open.")) from exc
    finally:
        source.seek(0)
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > XLSX_MAX_UNPACKED:
        raise ImportFileError(
            _(
                "This file unpacks to {size} MB, more than the {limit} MB a spreadsheet may hold "
                "here. Split it into smaller files, or save it as CSV."
            ).format(size=f"{unpacked / 1024 / 1024:,.0f}", limit=XLSX_MAX_UNPACKED // 1024 // 1024)
        )
    if unpacked / packed > XLSX_MAX_RATIO:
        raise ImportFileError(
            _(
                "This file unpacks to {ratio} times its size, which a list of places never does. "
                "Copy the rows into a new spreadsheet, or save it as CSV."
            ).format(ratio=f"{unpacked // packed:,}")
        )


def read_rows(data: bytes, filename: str) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of a CSV (UTF-8, with or without BOM, or Thai Windows-874) or XLSX."""
    if filename.lower().endswith(".xlsx"):
        import openpyxl

        xlsx_check_unpacked(data)
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
            raise ImportFileError(_("This is not an Excel (.xlsx) file we can open.")) from exc
        sheet = book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        header = [str(v or "") for v in next(values, ())]
        rows = (["" if v is None else str(v) for v in row] for row in values)
        return header, rows
    if not filename.lower().endswith(".csv"):
        raise ImportFileError(_("Send a .csv or .xlsx file (the template is both)."))
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(_("The file's characters cannot be read: save it as CSV UTF-8."))
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    return header, reader
