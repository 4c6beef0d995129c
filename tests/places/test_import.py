"""Officers' bulk import of establishments: Thai or English headers, CSV or XLSX, every bad row
reported by number and column, all or nothing by default, or the valid rows when asked."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import establishment, member
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent, Subdistrict
from tscplus.places.models import Establishment, ImportJob

pytestmark = pytest.mark.usefixtures("geo")

TH_HEADER = "ชื่อสถานที่ (ภาษาไทย),ประเภทสถานที่,ที่อยู่,รหัสตำบล,อำเภอ,จังหวัด,โทรศัพท์\n"


def csv_file(body: str, header: str = TH_HEADER, name: str = "places.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, ("\ufeff" + header + body).encode("utf-8"), content_type="text/csv"
    )


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


@pytest.fixture
def upload(client, django_capture_on_commit_callbacks):
    """Send a file as the officer would; the queued job runs when the request commits."""

    def send(client_, officer, file, mode="all"):
        client_.force_login(officer)
        with django_capture_on_commit_callbacks(execute=True):
            response = client_.post(reverse("places:import"), {"file": file, "mode": mode})
        return response, ImportJob.objects.order_by("-pk").first()

    return send


GOOD = "ร้านหนึ่ง,ร้านอาหาร,1 ถนนหนึ่ง,500105,เมืองเชียงใหม่,เชียงใหม่,053123456\n"
ROWS_WITH_ONE_BAD = (
    GOOD * 0
    + "".join(f"ร้านที่ {n},restaurant,{n} ถนนสอง,500105,,,\n" for n in range(9))
    + "ร้านผิด,ร้านเสริมปีก,3 ถนนสาม,830101,เมืองเชียงใหม่,,โทรได้\n"
)


def test_all_or_nothing_names_each_bad_row_and_column_and_writes_nothing(client, officer, upload):
    response, job = upload(client, officer, csv_file(ROWS_WITH_ONE_BAD))
    assert response["Location"] == reverse("places:import_job", args=[job.pk])
    job.refresh_from_db()  # huey runs the job at once in tests
    assert job.status == "refused" and job.created == 0 and job.total == 10
    assert not Establishment.objects.exists()
    bad = {(p["row"], p["column"]) for p in job.problems if p["kind"] == "error"}
    assert bad == {(11, "category"), (11, "subdistrict"), (11, "district"), (11, "phone")}
    page = client.get(reverse("places:import_job", args=[job.pk])).content.decode()
    assert "ประเภทสถานที่" in page and "ไม่ได้นำเข้า" in page
    report = b"".join(client.get(reverse("places:import_report", args=[job.pk])).streaming_content)
    lines = report.decode("utf-8-sig").splitlines()
    assert (
        lines[0].startswith("แถว,")
        and len(lines) == 5
        and all(line.startswith("11,") for line in lines[1:])
    )


def test_valid_rows_only_when_asked(client, officer, upload):
    _response, job = upload(client, officer, csv_file(ROWS_WITH_ONE_BAD), mode="valid")
    job.refresh_from_db()
    assert job.status == "done" and job.created == 9 == Establishment.objects.count()
    place = Establishment.objects.get(name_th="ร้านที่ 3")
    postcode = Subdistrict.objects.get(code="500105").postcode
    assert (place.province_id, place.district_id, place.postcode) == ("50", "5001", postcode)
    assert AuditEvent.objects.filter(verb="establishments.imported").count() == 1
    # Imported places are scored at once, so the officers' risk queue ranks them.
    from tscplus.oversight.models import RiskScore

    assert RiskScore.objects.count() == 9


def test_english_headers_xlsx_and_duplicates(client, officer, upload):
    import openpyxl

    establishment(name_th="ร้านซ้ำ", subdistrict="500105")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        ["Name (Thai)", "Type of place", "Address", "Subdistrict code", "Latitude", "Longitude"]
    )
    sheet.append(["ร้านซ้ำ", "Restaurants and eateries", "9 หมู่ 1", 500105, 18.79, 98.98])
    sheet.append(["ร้านใหม่", "restaurant", "10 หมู่ 1", "500105", None, None])
    sheet.append(["ร้านใหม่", "restaurant", "11 หมู่ 1", "500105", None, None])
    data = io.BytesIO()
    book.save(data)
    file = SimpleUploadedFile("places.xlsx", data.getvalue())
    _response, job = upload(client, officer, file, mode="valid")
    job.refresh_from_db()
    # Already registered: refused (register it with the form if it really is another place);
    # the same name twice in the file: imported, with a warning to check.
    assert job.status == "done" and job.created == 2
    errors = {(p["row"], p["column"]) for p in job.problems if p["kind"] == "error"}
    warnings = {(p["row"], p["column"]) for p in job.problems if p["kind"] == "warning"}
    assert errors == {(2, "name_th")} and warnings == {(4, "name_th")}


def test_rows_outside_the_area_and_bad_files(client, officer, upload):
    _response, job = upload(client, officer, csv_file("ร้านภูเก็ต,restaurant,1,830101,,,\n"))
    job.refresh_from_db()
    assert job.status == "refused" and job.problems[0]["column"] == "subdistrict"
    _response, job = upload(client, officer, csv_file(GOOD, header="name,what\n"))
    job.refresh_from_db()
    # The missing columns are named as in the template of the page's language.
    assert job.status == "failed" and "ชื่อสถานที่ (ภาษาไทย)" in job.message
    assert "Name (Thai)" not in job.message
    response, _job = upload(client, officer, SimpleUploadedFile("places.pdf", b"%PDF"))
    assert response.status_code == 400 and "file" in response.context["form"].errors


def test_owners_are_operators_accounts_only(client, officer, upload):
    from tests.factories import operator

    owner = operator()
    header = TH_HEADER.rstrip("\n") + ",อีเมลเจ้าของ\n"
    row = "ร้าน{n},ร้านอาหาร,1 ถนนหนึ่ง,500105,เมืองเชียงใหม่,เชียงใหม่,053123456,{email}\n"
    body = row.format(n=1, email=owner.email) + row.format(n=2, email=officer.email)
    _response, job = upload(client, officer, csv_file(body, header=header))
    job.refresh_from_db()
    # A staff account is neither an owner nor told apart from an unknown address.
    assert job.status == "refused" and [(p["row"], p["column"]) for p in job.problems] == [
        (3, "owner_email")
    ]
    _response, job = upload(
        client, officer, csv_file(row.format(n=1, email=owner.email), header=header)
    )
    job.refresh_from_db()
    assert job.status == "done" and Establishment.objects.get().owner == owner


def test_windows_874_csv_is_read(client, officer, upload):
    body = (TH_HEADER + GOOD).encode("cp874")
    _response, job = upload(client, officer, SimpleUploadedFile("thai.csv", body))
    job.refresh_from_db()
    assert job.status == "done" and Establishment.objects.get().name_th == "ร้านหนึ่ง"


def test_only_officers_and_only_their_own_jobs(client, officer, upload):
    _response, job = upload(client, officer, csv_file(GOOD))
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    assert client.get(reverse("places:import_job", args=[job.pk])).status_code == 404
    client.force_login(member(Role.OPERATOR))
    assert client.get(reverse("places:import")).status_code == 404
    assert client.get(reverse("places:import_template", args=["csv"])).status_code == 404
    # An officer whose role ended no longer reaches their own imports.
    from django.utils import timezone

    officer.memberships.update(ended_at=timezone.now())
    client.force_login(officer)
    assert client.get(reverse("places:import_job", args=[job.pk])).status_code == 404
    assert client.get(reverse("places:import_report", args=[job.pk])).status_code == 404


def test_templates_in_both_formats(client, officer, upload):
    import openpyxl

    client.force_login(officer)
    text = client.get(reverse("places:import_template", args=["csv"])).content.decode("utf-8-sig")
    assert text.startswith("ชื่อสถานที่ (ภาษาไทย),")
    book = openpyxl.load_workbook(
        io.BytesIO(client.get("/en/officer/import/template.xlsx").content)
    )
    assert book["places"]["A1"].value == "Name (Thai)" and book["types"].max_row > 20


def test_api(client, officer, django_capture_on_commit_callbacks):
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/imports/", {"file": csv_file(ROWS_WITH_ONE_BAD), "mode": "valid"}
        )
    assert response.status_code == 201
    job = client.get(f"/api/v1/imports/{response.json()['id']}/").json()
    assert job["status"] == "done" and job["created"] == 9 and job["report_url"]
    bad = client.post("/api/v1/imports/", {"file": SimpleUploadedFile("x.txt", b"x")})
    assert bad.status_code == 400 and "file" in bad.json()["errors"]
    client.force_login(member(Role.OPERATOR))
    assert client.post("/api/v1/imports/", {"file": csv_file(GOOD)}).status_code == 404
