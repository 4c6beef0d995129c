"""core.tabular: the CSV and XLSX writers every export shares."""

import csv
import datetime
import io
import zoneinfo

import openpyxl
import pytest
from django.utils import translation

from tscplus.core import tabular

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")


def _wall_clock(*parts: int) -> datetime.datetime:
    """A Bangkok time as a spreadsheet holds it: without a zone."""
    return datetime.datetime(*parts, tzinfo=BANGKOK).replace(tzinfo=None)


@pytest.mark.parametrize("text", ["=1+1", "+66 81", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_starts_like_a_formula_is_defused(text):
    assert tabular.defuse(text) == "'" + text


@pytest.mark.parametrize("value", ["ร้านข้าว", "a=b", "", -2, 3.5, None])
def test_other_values_are_left_alone(value):
    assert tabular.defuse(value) == value


def test_dates_and_times():
    utc = datetime.datetime(2025, 11, 23, 17, 30, 45, tzinfo=datetime.UTC)
    # Bangkok's wall clock, to the minute, with no zone (spreadsheets hold none).
    assert tabular.date_cell(utc) == _wall_clock(2025, 11, 24, 0, 30)
    assert tabular.date_cell(datetime.date(2026, 1, 2)) == datetime.date(2026, 1, 2)
    assert tabular.date_cell(None) == ""


def test_yes_no_in_the_reader_language():
    with translation.override("en"):
        assert [tabular.yes_no(v) for v in (True, False, None)] == ["yes", "no", ""]
    with translation.override("th"):
        assert tabular.yes_no(True) != "yes"


def test_sheet_title_fits_excel():
    assert tabular.sheet_title("Establishments") == "Establishments"
    title = tabular.sheet_title("Complaints (without contact details)")
    assert title == "Complaints (without contact"
    assert len(tabular.sheet_title("x" * 40)) == 31


def _rows():
    columns = (
        ("name", lambda r: r[0]),
        ("at", lambda r: tabular.date_cell(r[1])),
        ("score", lambda r: r[2]),
    )
    objects = [
        ("ร้านเชียงใหม่", datetime.datetime(2026, 3, 1, 9, 5, tzinfo=BANGKOK), 92.5),
        ('=HYPERLINK("http://evil.example")', datetime.date(2026, 3, 2), -1),
    ]
    return tabular.table_rows(columns, objects)


@pytest.mark.parametrize(("language", "machine"), [("en", False), ("th", True)])
def test_csv_round_trip(language, machine):
    """An English reader's file, and machine data in any language: ISO dates."""
    with translation.override(language):
        data = tabular.csv_bytes(_rows(), machine=machine)
    assert data.startswith("\ufeff".encode())  # Excel then reads UTF-8 and shows Thai
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["name", "at", "score"],
        ["ร้านเชียงใหม่", "2026-03-01 09:05", "92.5"],
        ['\'=HYPERLINK("http://evil.example")', "2026-03-02", "-1"],
    ]
    with translation.override(language):
        assert "".join(tabular.csv_lines(_rows(), machine=machine)).encode() == data


@pytest.mark.parametrize(("language", "machine"), [("en", False), ("th", True)])
def test_xlsx_round_trip(language, machine):
    with translation.override(language):
        data = tabular.xlsx_bytes(
            [
                tabular.Sheet("Establishments", _rows(), bold_header=True, machine=machine),
                tabular.Sheet("other", [["a"], [1]]),
            ]
        )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Establishments", "other"]
    sheet = book["Establishments"]
    assert [c.value for c in sheet[1]] == ["name", "at", "score"]
    assert all(c.font.bold for c in sheet[1]) and not sheet["A2"].font.bold
    assert sheet["A2"].value == "ร้านเชียงใหม่" and sheet["C2"].value == 92.5
    # Dates are real date cells (Excel sorts and filters them), shown YYYY-MM-DD.
    assert sheet["B2"].value == _wall_clock(2026, 3, 1, 9, 5)
    assert sheet["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["B3"].value == _wall_clock(2026, 3, 2)
    assert sheet["B3"].number_format == "yyyy-mm-dd"
    assert sheet["A3"].value == '\'=HYPERLINK("http://evil.example")'
    assert sheet["A3"].data_type == "s"
    assert not book["other"]["A1"].font.bold


def test_a_thai_readers_files_write_b_e_dates_as_text():
    """Text with a Thai month name: every spreadsheet program shows it as written, and none turns
    it into a date of the year 2569 C.E. (as Excel does with 01/03/2569 in a CSV)."""
    with translation.override("th"):
        rows = list(csv.reader(io.StringIO(tabular.csv_bytes(_rows()).decode("utf-8-sig"))))
        book = openpyxl.load_workbook(io.BytesIO(tabular.xlsx_bytes([tabular.Sheet("x", _rows())])))
    assert [r[1] for r in rows] == ["at", "1 มี.ค. 2569 09:05 น.", "2 มี.ค. 2569"]
    sheet = book["x"]
    assert [sheet["B2"].value, sheet["B3"].value] == ["1 มี.ค. 2569 09:05 น.", "2 มี.ค. 2569"]
    assert sheet["B2"].data_type == "s"


def test_the_language_is_read_when_the_csv_is_asked_for_not_while_it_streams():
    with translation.override("th"):
        lines = tabular.csv_lines(_rows())
    with translation.override("en"):
        text = "".join(lines)
    assert "2 มี.ค. 2569" in text and "2026" not in text


def test_for_reader_leaves_other_values_and_english_alone():
    day = datetime.date(2024, 2, 29)
    assert tabular.for_reader(day, "th") == "29 ก.พ. 2567"
    assert tabular.for_reader(day, "en") == day
    assert tabular.for_reader("2024-02-29", "th") == "2024-02-29"  # text is never re-read
    assert tabular.for_reader(2024, "th") == 2024
