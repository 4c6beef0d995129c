"""Officers' exports: their areas only, CSV streamed and XLSX, complaints without contact details,
every download audited."""

import datetime
import io

import pytest
from django.urls import reverse

from tests.factories import establishment, member
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent
from tscplus.voice import services as voice_services

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


def csv_text(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_establishments_and_complaints_of_the_area_only(client, officer):
    mine = establishment(name_th="ร้านเชียงใหม่", subdistrict="500105")
    establishment(name_th="ร้านภูเก็ต", subdistrict="830101")
    voice_services.complaint_file(
        establishment=mine,
        topic="dirty",
        description="ห้องน้ำสกปรก",
        contact_name="สมใจ",
        contact_phone="0812345678",
        consent=True,
        ip="203.0.113.2",
    )
    client.force_login(officer)
    text = csv_text(client.get(reverse("oversight:export", args=["establishments", "csv"])))
    assert text.splitlines()[0].startswith("รหัสสาธารณะ,") and "ร้านเชียงใหม่" in text
    assert "ร้านภูเก็ต" not in text
    complaints = csv_text(client.get(reverse("oversight:export", args=["complaints", "csv"])))
    assert "0812345678" not in complaints and "สมใจ" not in complaints
    assert complaints.count("\n") == 2  # header and the one complaint
    assert AuditEvent.objects.filter(verb="export.downloaded", actor=officer).count() == 2


def test_xlsx_opens_in_excel(client, officer):
    import openpyxl

    establishment(name_th="ร้านเชียงใหม่", subdistrict="500105")
    client.force_login(officer)
    response = client.get("/en/officer/export/establishments.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["A1"].value == "public id" and sheet["B2"].value == "ร้านเชียงใหม่"
    # "registered at" is a real date cell, so Excel sorts and reformats it.
    registered = [c.value for c in sheet[1]].index("registered at")
    assert isinstance(sheet.cell(row=2, column=registered + 1).value, datetime.datetime)


def test_others_get_404(client, officer):
    client.force_login(officer)
    assert client.get(reverse("oversight:export", args=["users", "csv"])).status_code == 404
    assert (
        client.get(reverse("oversight:export", args=["establishments", "pdf"])).status_code == 404
    )
    client.force_login(member(Role.OPERATOR))
    assert (
        client.get(reverse("oversight:export", args=["establishments", "csv"])).status_code == 404
    )


def test_api_csv(client, officer):
    establishment(name_th="ร้านเชียงใหม่", subdistrict="500105")
    client.force_login(officer)
    response = client.get("/api/v1/exports/establishments.csv", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200 and "ร้านเชียงใหม่" in csv_text(response)
    assert client.get("/api/v1/exports/users.csv").status_code == 404


def test_a_large_xlsx_is_built_in_the_job_queue(
    client, officer, monkeypatch, django_capture_on_commit_callbacks
):
    import openpyxl

    from tscplus.oversight import exports

    monkeypatch.setattr(exports, "XLSX_INLINE_ROWS", 2)
    for n in range(3):
        establishment(name_th=f"ร้านที่ {n}", subdistrict="500105")
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/en/officer/export/establishments.xlsx")
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "3" in page and 'data-testid="export-download"' in page
    download = client.get(response["Location"] + "?download=1")
    assert "tscplus-establishments-" in download["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content))).worksheets[0]
    # Built in the job queue, in the language the export was asked in.
    assert sheet.max_row == 4 and sheet["A1"].value == "public id"
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    assert client.get(response["Location"]).status_code == 404


def test_text_that_looks_like_a_formula_stays_text(client, officer):
    establishment(name_th='=HYPERLINK("http://evil.example","คลิก")', subdistrict="500105")
    client.force_login(officer)
    text = csv_text(client.get(reverse("oversight:export", args=["establishments", "csv"])))
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_a_thai_officers_files_write_b_e_dates_and_the_api_iso(client, officer):
    """Issue 15: the Thai export says 10 ธ.ค. 2569 where it said 2026-12-10; its name carries
    the B.E. day too. The API's CSV is machine data: ISO 8601 whatever the language."""
    import csv

    import openpyxl

    from tscplus.core import clock
    from tscplus.oversight import services

    place = establishment(name_th="ร้านเชียงใหม่", subdistrict="500105")
    services.inspection_plan(
        actor=officer,
        establishment=place,
        officer=officer,
        planned_for=datetime.date(2026, 12, 10),
    )
    client.force_login(officer)
    with clock.fixed_at(datetime.date(2026, 12, 4)):
        thai_csv = client.get(reverse("oversight:export", args=["inspections", "csv"]))
        thai_xlsx = client.get(reverse("oversight:export", args=["inspections", "xlsx"]))
        english = client.get("/en/officer/export/inspections.xlsx")
        api = client.get("/api/v1/exports/inspections.csv", HTTP_ACCEPT_LANGUAGE="th")
    text = csv_text(thai_csv)
    rows = list(csv.reader(io.StringIO(text)))
    planned = rows[0].index("วันที่นัดตรวจ")
    assert rows[1][planned] == "10 ธ.ค. 2569" and "2026" not in text
    assert 'filename="tscplus-inspections-2569-12-04.csv"' in thai_csv["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(thai_xlsx.content)).worksheets[0]
    assert sheet.cell(row=2, column=planned + 1).value == "10 ธ.ค. 2569"
    assert 'filename="tscplus-inspections-2569-12-04.xlsx"' in thai_xlsx["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(english.content)).worksheets[0]
    assert sheet.cell(row=2, column=planned + 1).value.date() == datetime.date(2026, 12, 10)
    assert "tscplus-inspections-2026-12-04.xlsx" in english["Content-Disposition"]
    assert "2026-12-10" in csv_text(api)
