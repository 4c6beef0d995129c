"""Spreadsheets that unpack to too much are refused before a cell is parsed, when they are sent
(page and API), and nothing is kept."""

import io
import os
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import member
from tscplus.accounts.choices import Role
from tscplus.places import importing
from tscplus.places.models import Establishment, ImportJob

pytestmark = pytest.mark.usefixtures("geo")

HEADER = [en for _key, _th, en, _required in importing.COLUMNS]
ROW = ["Noodle shop", "", "restaurant", "1 Test Road", "500105", "", "", "", "", "", "", ""]


def spreadsheet() -> bytes:
    """A real XLSX as openpyxl writes it: the template's header and one place."""
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(ROW)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet_rows(data: bytes, repeats: int, *, extra: bytes = b"") -> bytes:
    """The same workbook with its sheet holding the one place `repeats` times (rows written as
    Excel writes them), packed as tightly as deflate can: the attack's file. `extra` adds a member
    that does not compress (to bring the ratio down)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet = source.read("xl/worksheets/sheet1.xml").decode()
    head, rest = sheet.split("<sheetData>")
    first_row, _tail = rest.split("</row>", 1)
    header_row = first_row + "</row>"
    cells = "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in ROW if v)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for member_ in source.infolist():
            if member_.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(member_, source.read(member_))
        with bomb.open("xl/worksheets/sheet1.xml", "w") as stream:
            stream.write(f"{head}<sheetData>{header_row}".encode())
            row = f"<row>{cells}</row>".encode()
            chunk = row * 1000
            for _ in range(repeats // 1000):
                stream.write(chunk)
            stream.write(b"</sheetData></worksheet>")
        if extra:
            bomb.writestr("xl/media/noise.bin", extra)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """198 KB that unpack to about 50 MB, as in the attack."""
    return with_sheet_rows(spreadsheet(), 330_000)


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


def test_the_attack_file_is_what_it_claims(bomb):
    archive = zipfile.ZipFile(io.BytesIO(bomb))
    unpacked = sum(m.file_size for m in archive.infolist())
    assert len(bomb) < 400 * 1024 and unpacked > 50 * 1000 * 1000
    # And it is a spreadsheet openpyxl opens: only its size is wrong.
    book = openpyxl.load_workbook(io.BytesIO(bomb), read_only=True)
    assert next(book.worksheets[0].iter_rows(values_only=True))[0] == "Name (Thai)"


def test_the_page_refuses_it_and_keeps_nothing(client, officer, bomb, settings):
    client.force_login(officer)
    files_before = sum(len(f) for _d, _s, f in os.walk(settings.MEDIA_ROOT))
    response = client.post(
        reverse("places:import"),
        {"file": SimpleUploadedFile("places.xlsx", bomb), "mode": "all"},
    )
    assert response.status_code == 400
    [message] = response.context["form"].errors["file"]
    assert "เท่าของขนาดไฟล์" in message
    assert not ImportJob.objects.exists() and not Establishment.objects.exists()
    assert sum(len(f) for _d, _s, f in os.walk(settings.MEDIA_ROOT)) == files_before


def test_the_api_refuses_it_in_the_callers_language(client, officer, bomb):
    client.force_login(officer)
    response = client.post(
        "/api/v1/imports/",
        {"file": SimpleUploadedFile("places.xlsx", bomb), "mode": "all"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "times its size" in response.json()["errors"]["file"][0]
    assert not ImportJob.objects.exists()


def test_above_the_unpacked_budget_whatever_the_ratio():
    # 3 MB of noise bring the ratio under the limit; 210 MB unpacked are still too many.
    data = with_sheet_rows(spreadsheet(), 1_400_000, extra=os.urandom(3 * 1024 * 1024))
    archive = zipfile.ZipFile(io.BytesIO(data))
    unpacked = sum(m.file_size for m in archive.infolist())
    assert unpacked > importing.XLSX_MAX_UNPACKED
    assert unpacked / len(data) < importing.XLSX_MAX_RATIO
    with pytest.raises(importing.ImportFileError, match="MB"):
        importing.xlsx_check_unpacked(data)


def test_a_file_queued_before_is_refused_by_the_job_too(bomb):
    with pytest.raises(importing.ImportFileError):
        importing.read_rows(bomb, "places.xlsx")


def test_real_spreadsheets_pass(client, officer):
    client.force_login(officer)
    importing.xlsx_check_unpacked(client.get("/en/officer/import/template.xlsx").content)
    importing.xlsx_check_unpacked(spreadsheet())
    # 20,000 rows of one place repeated, as openpyxl writes them (inline strings, about 18 times
    # their zipped size).
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for _ in range(20_000):
        sheet.append(ROW)
    out = io.BytesIO()
    book.save(out)
    importing.xlsx_check_unpacked(out.getvalue())
    header, rows = importing.read_rows(out.getvalue(), "places.xlsx")
    assert header[0] == "Name (Thai)" and sum(1 for _row in rows) == 20_000
