"""The officers' inspections as open data in LIVES: the ZIP archive and each CSV file are checked
against the specification's field lists and types (the table below), their rows against each
other, the outcomes against the public record's rule, and nothing personal is in them. The number
of queries does not grow with the rows."""

import csv
import datetime
import io
import itertools
import re
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import UserFactory, certify, establishment, member, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.core import clock
from tscplus.insights.models import StatsRun
from tscplus.insights.services import stats_refresh
from tscplus.oversight import services
from tscplus.oversight.choices import AppealStatus, Decision
from tscplus.oversight.models import Appeal
from tscplus.places.models import Establishment

pytestmark = pytest.mark.usefixtures("geo")

# LIVES 1.0, file by file: (field, required, type), in the order the specification gives.
LIVES = {
    "businesses": [
        ("business_id", True, "string"),
        ("name", True, "string"),
        ("address", True, "string"),
        ("city", False, "string"),
        ("state", False, "string"),
        ("postal_code", False, "string"),
        ("latitude", False, "decimal"),
        ("longitude", False, "decimal"),
        ("phone_number", False, "phone"),
    ],
    "inspections": [
        ("business_id", True, "string"),
        ("score", False, "score"),
        ("date", True, "date"),
        ("description", False, "string"),
        ("type", False, "inspection_type"),
    ],
    "violations": [
        ("business_id", True, "string"),
        ("date", True, "date"),
        ("code", False, "string"),
        ("description", False, "string"),
    ],
    "legend": [
        ("minimum_score", True, "score"),
        ("maximum_score", True, "score"),
        ("description", True, "string"),
    ],
    "feed_info": [
        ("feed_date", True, "date"),
        ("feed_version", True, "string"),
        ("municipality_name", True, "string"),
        ("municipality_url", False, "url"),
        ("contact_email", False, "email"),
    ],
}
REQUIRED_FILES = ("businesses", "inspections", "feed_info")


def _is_date(value: str) -> bool:
    if not re.fullmatch(r"\d{8}", value):
        return False
    datetime.date.fromisoformat(f"{value[:4]}-{value[4:6]}-{value[6:]}")  # raises if no day
    return True


CHECKS = {
    "string": lambda v: True,
    "score": lambda v: re.fullmatch(r"\d{1,3}", v) is not None and 0 <= int(v) <= 100,
    "decimal": lambda v: re.fullmatch(r"-?\d{1,3}(\.\d+)?", v) is not None,
    "date": _is_date,
    "phone": lambda v: re.fullmatch(r"\+\d{8,15}", v) is not None,
    "inspection_type": lambda v: v in ("initial", "routine", "followup", "complaint"),
    "url": lambda v: v.startswith(("http://", "https://")),
    "email": lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v) is not None,
}


def parse(name: str, data: bytes) -> list[dict[str, str]]:
    """A LIVES file read as a consumer would, checked field by field against the table."""
    assert not data.startswith(b"\xef\xbb\xbf"), "no byte-order mark before business_id"
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader)
    assert header == [f for f, _r, _t in LIVES[name]], name
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    for number, row in enumerate(rows, start=2):
        for field, required, kind in LIVES[name]:
            value = row[field]
            assert not re.search(r"[\t\r\n]", value), (name, number, field)
            if required:
                assert value, (name, number, field, "required")
            if value:
                assert CHECKS[kind](value), (name, number, field, value)
    return rows


def validate(files: dict[str, bytes]) -> dict[str, list[dict[str, str]]]:
    """The whole feed: each file valid, every reference resolved, one feed_info row, a legend
    that covers 0-100 without a gap."""
    assert set(REQUIRED_FILES) <= set(files)
    feed = {name: parse(name, data) for name, data in files.items()}
    businesses = {b["business_id"] for b in feed["businesses"]}
    assert len(businesses) == len(feed["businesses"]), "business_id is unique"
    visits = {(i["business_id"], i["date"]) for i in feed["inspections"]}
    assert {i["business_id"] for i in feed["inspections"]} == businesses
    for v in feed["violations"]:
        assert v["business_id"] in businesses and (v["business_id"], v["date"]) in visits
    assert len(feed["feed_info"]) == 1
    bands = sorted((int(b["minimum_score"]), int(b["maximum_score"])) for b in feed["legend"])
    assert bands[0][0] == 0 and bands[-1][1] == 100
    assert all(low <= high for low, high in bands)
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(bands))
    return feed


def download_zip(client) -> dict[str, bytes]:
    response = client.get(reverse("insights:lives_zip"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response.streaming
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "businesses.csv",
            "inspections.csv",
            "violations.csv",
            "legend.csv",
            "feed_info.csv",
        ]
        return {n.removesuffix(".csv"): archive.read(n) for n in names}


def download_csv(client, name: str) -> bytes:
    response = client.get(reverse("insights:lives_file", args=[name]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response.streaming
    return b"".join(response.streaming_content)


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50", user=UserFactory(full_name="สมศรี ตรวจดี"))


@pytest.fixture
def owner():
    return member(Role.OPERATOR, user=UserFactory(full_name="สมชาย เจ้าของร้าน"))


@pytest.fixture
def feed(officer, owner):
    """A place asked for corrections then checked again, a place that meets the standard, one
    never inspected and one inspected but closed since."""
    due = clock.today() + datetime.timedelta(days=30)
    fixed = establishment(owner, name_th="ร้านข้าวมันไก่", subdistrict="500105", phone="053 123 456")
    certify(fixed)
    first = recorded_visit(fixed, officer, fail=("1.3", "1.7"))
    services.inspection_decide(
        actor=officer,
        inspection=first,
        decision=Decision.CORRECTIONS,
        reason="เปลี่ยนถังขยะ",
        corrections_due=due,
    )
    again = recorded_visit(fixed, officer)
    services.inspection_decide(actor=officer, inspection=again, decision=Decision.CONFIRM)
    good = establishment(owner, name_th="ร้านก๋วยเตี๋ยว", name_en="Noodle Shop")
    certify(good)
    services.inspection_decide(
        actor=officer, inspection=recorded_visit(good, officer), decision=Decision.CONFIRM
    )
    establishment(owner, name_th="ร้านยังไม่ตรวจ")
    closed = establishment(owner, name_th="ร้านปิดแล้ว")
    certify(closed)
    services.inspection_decide(
        actor=officer, inspection=recorded_visit(closed, officer), decision=Decision.CONFIRM
    )
    Establishment.objects.filter(pk=closed.pk).update(status="closed")
    return {"fixed": fixed, "good": good, "first": first}


def test_zip_and_each_file_are_valid_lives_and_agree(client, feed):
    files = download_zip(client)
    parsed = validate(files)
    for name in files:
        assert download_csv(client, name) == files[name], name
    assert validate({n: download_csv(client, n) for n in LIVES}) == parsed


def test_what_the_feed_says(client, feed):
    parsed = validate(download_zip(client))
    fixed, good = feed["fixed"], feed["good"]
    businesses = {b["business_id"]: b for b in parsed["businesses"]}
    assert set(businesses) == {fixed.public_id, good.public_id}  # inspected, open places only
    assert businesses[good.public_id]["name"] == "ร้านก๋วยเตี๋ยว (Noodle Shop)"
    assert businesses[fixed.public_id]["phone_number"] == "+6653123456"
    assert businesses[fixed.public_id]["postal_code"] == fixed.postcode
    mine = [i for i in parsed["inspections"] if i["business_id"] == fixed.public_id]
    assert [i["type"] for i in mine] == ["routine", "followup"]
    assert mine[0]["description"] == "ต้องปรับปรุงแก้ไข / Corrections required"
    assert mine[1]["description"].endswith("/ Meets the standard")
    score = feed["first"].assessment.score
    assert mine[0]["score"] == str(int(score)) and int(mine[0]["score"]) < 100
    assert mine[0]["date"] == clock.today().strftime("%Y%m%d")
    violations = [v for v in parsed["violations"] if v["business_id"] == fixed.public_id]
    assert [v["code"] for v in violations] == ["tsc-food:1.3", "tsc-food:1.7"]
    assert violations[0]["description"].startswith("จำกัดจำนวนคนในสถานที่")
    assert "มีถังขยะมีฝาปิด" in violations[1]["description"] and " / " in violations[1]["description"]
    assert parsed["legend"] == [
        {
            "minimum_score": "0",
            "maximum_score": "79",
            "description": "ต่ำกว่าเกณฑ์ผ่าน (80%): ไม่ผ่านมาตรฐาน / "
            "Below the pass mark (80%): does not meet the standard",
        },
        {
            "minimum_score": "80",
            "maximum_score": "100",
            "description": "ถึงเกณฑ์ผ่าน (80%) ขึ้นไป: ผ่านมาตรฐานเมื่อข้อสำคัญทุกข้อผ่านด้วย / "
            "At or above the pass mark (80%): meets the standard if every essential item "
            "passed as well",
        },
    ]
    info = parsed["feed_info"][0]
    assert info["feed_version"] == "1.0" and info["contact_email"] == "webmaster@anamai.mail.go.th"
    assert info["municipality_name"].startswith("กรมอนามัย กระทรวงสาธารณสุข / Department of Health")


def test_nothing_personal(client, feed, officer, owner):
    data = b"".join(download_zip(client).values()).decode()
    for secret in (owner.email, owner.full_name, "สมชาย", officer.email, "สมศรี", "ตรวจดี"):
        assert secret not in data
    assert "เปลี่ยนถังขยะ" not in data  # the officer's reasons stay in the officers' records


def test_an_overturned_suspension_reads_as_the_public_record_does(client, feed, officer):
    good = feed["good"]
    visit = recorded_visit(good, officer, fail=("1.1",))
    services.inspection_decide(
        actor=officer, inspection=visit, decision=Decision.SUSPEND, reason="ไม่ทำความสะอาด"
    )
    Appeal.objects.create(
        inspection=visit,
        establishment=good,
        appellant=good.owner,
        reasons="ทำความสะอาดแล้ว",
        status=AppealStatus.OVERTURNED,
        outcome_reason="หลักฐานครบ",
        respond_by=clock.today(),
    )
    parsed = validate(download_zip(client))
    last = [i for i in parsed["inspections"] if i["business_id"] == good.public_id][-1]
    assert last["description"] == (
        "ระงับใบรับรองชั่วคราว (ยกเลิกแล้วตามผลอุทธรณ์) / Certificate suspended (overturned on appeal)"
    )
    assert last["type"] == "routine"  # the visit before it left the place meeting the standard
    essential = [v for v in parsed["violations"] if v["business_id"] == good.public_id]
    assert [v["code"] for v in essential] == ["tsc-food:1.1"]
    assert "[ข้อสำคัญ] / " in essential[0]["description"]
    assert essential[0]["description"].endswith("[essential item]")


def test_stats_job_dates_the_feed_and_the_catalogue(client, feed):
    stats_refresh()
    run = StatsRun.objects.get()
    assert run.lives["rows"] == {
        "businesses": 2,
        "inspections": 3,
        "violations": 2,
        "legend": 2,
        "feed_info": 1,
    }
    info = validate(download_zip(client))["feed_info"][0]
    assert info["feed_date"] == run.lives["feed_date"]
    catalogue = client.get("/catalog.jsonld").json()
    lives = next(d for d in catalogue["dcat:dataset"] if d["dct:identifier"] == "tscplus-lives")
    assert lives["dct:modified"] == run.finished_at.isoformat()
    titles = [d["dct:title"] for d in lives["dcat:distribution"]]
    assert titles == [
        "lives.zip",
        "businesses.csv",
        "inspections.csv",
        "violations.csv",
        "legend.csv",
        "feed_info.csv",
    ]
    for distribution in lives["dcat:distribution"]:
        path = distribution["dcat:downloadURL"]["@id"].split("8000", 1)[-1]
        assert client.get(path).status_code == 200, path
    api = client.get(reverse("api-open-data-lives")).json()
    assert api["feed"]["rows"]["violations"] == 2 and len(api["downloads"]) == 6
    assert [d["column"] for d in api["dictionary"] if d["file"] == "inspections.csv"] == [
        f for f, _r, _t in LIVES["inspections"]
    ]
    page = client.get(reverse("insights:lives")).content.decode()
    assert "inspections.csv" in page and run.lives["feed_date"] in page


def test_an_unknown_file_is_a_404_naming_the_files(client, db):
    response = client.get("/open-data/lives/owners.csv")
    assert response.status_code == 404
    assert "businesses.csv" in response.json()["errors"]["files"]


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        download_zip(client)
    return len(captured)


def test_queries_do_not_grow_with_the_rows(client, officer):
    def visits(n: int) -> None:
        for _ in range(n):
            place = establishment(name_th="ร้านทดสอบ")
            visit = recorded_visit(place, officer, fail=("1.3", "1.5", "1.7"))
            services.inspection_decide(actor=officer, inspection=visit, decision=Decision.CONFIRM)

    visits(3)
    few = _queries(client)
    visits(27)
    assert validate(download_zip(client))["inspections"].__len__() == 30
    assert _queries(client) == few
    assert few <= 8
