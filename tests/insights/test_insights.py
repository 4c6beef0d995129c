"""Dashboards from the nation down to a district, from the aggregate tables; open data and the
DCAT catalogue."""

import csv
import io
import json

import openpyxl
import pytest
from pyld import jsonld

from tests.factories import certify, establishment, member, operator, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.insights.models import AreaStat
from tscplus.insights.services import stats_refresh

pytestmark = pytest.mark.django_db
CHIANG_MAI, MUEANG_CM = "50", "5001"


@pytest.fixture
def places(geo):
    owner = operator()
    certified = establishment(owner, name_th="ร้านผ่านเกณฑ์")
    certify(certified)
    establishment(owner, name_th="ร้านยังไม่ประเมิน")
    stats_refresh()
    return certified


class TestDashboard:
    def test_nation_region_province_district(self, client, places):
        page = client.get("/en/dashboard/")
        assert page.status_code == 200
        assert page.context["d"]["totals"]["registered"] == 2
        assert page.context["d"]["totals"]["certified"] == 1
        assert "Figures as of" in page.content.decode()
        district = places.district_id
        for url in (
            f"/en/dashboard/region/{places.province.region_id}/",
            f"/en/dashboard/province/{places.province_id}/",
            f"/en/dashboard/district/{district}/",
        ):
            page = client.get(url)
            assert page.status_code == 200 and page.context["d"]["totals"]["registered"] == 2
        assert 'data-testid="district-csv"' in page.content.decode()

    def test_inspections_are_not_self_assessments_and_revoked_shows(self, client, places):
        from tscplus.oversight import services as oversight

        officer = member(Role.AREA_OFFICER, province=places.province_id)
        visit = recorded_visit(places, officer)
        oversight.inspection_decide(
            actor=officer, inspection=visit, decision="revoke", reason="ปลอมเอกสาร"
        )
        stats_refresh()
        page = client.get("/en/dashboard/")
        totals = page.context["d"]["totals"]
        assert (totals["assessments"], totals["assessed"], totals["revoked"]) == (1, 1, 1)
        assert 'data-testid="revoked">1<' in page.content.decode()

    @pytest.mark.parametrize(
        "url",
        [
            "/dashboard/region/99/",
            "/dashboard/region/01/",
            "/dashboard/province/zz/",
            "/dashboard/district/9999/",
            "/dashboard/moon/1/",
        ],
    )
    def test_unknown_areas_are_404(self, client, url, geo):
        assert client.get(url).status_code == 404

    def test_htmx_gets_the_fragment(self, client, places):
        page = client.get(f"/dashboard/province/{places.province_id}/", HTTP_HX_REQUEST="true")
        assert b"<html" not in page.content and b'data-testid="area-name"' in page.content

    def test_officer_figures_for_officers_of_the_area_only(self, client, places):
        url = f"/dashboard/province/{places.province_id}/"
        assert "officer-figures" not in client.get(url).content.decode()
        client.force_login(member(Role.AREA_OFFICER, province=places.province_id))
        page = client.get(url).content.decode()
        assert "officer-figures" in page and 'href="/officer/dashboard/"' in page  # in the menu
        assert client.get("/officer/dashboard/").url.endswith(
            f"/dashboard/province/{places.province_id}/"
        )
        client.force_login(member(Role.AREA_OFFICER, province="10"))
        assert "officer-figures" not in client.get(url).content.decode()

    def test_page_cost_does_not_grow_with_places(
        self, client, places, django_assert_max_num_queries
    ):
        owner = operator()
        for n in range(20):
            establishment(owner, name_th=f"ร้านที่ {n}")
        stats_refresh()
        with django_assert_max_num_queries(14):
            assert client.get("/dashboard/").status_code == 200
        assert (
            sum(AreaStat.objects.filter(level="nation").values_list("registered", flat=True)) == 22
        )


class TestOpenData:
    def test_district_registry_csv_json_xlsx(self, client, places):
        url = f"/open-data/certified-registry.csv?district={places.district_id}"
        response = client.get(url)
        rows = list(
            csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
        )
        assert rows[0][0] == "public_id" and len(rows) == 2 and rows[1][1] == "ร้านผ่านเกณฑ์"
        assert "owner" not in rows[0] and "phone" not in rows[0]
        body = json.loads(
            b"".join(client.get("/open-data/certified-registry.json").streaming_content)
        )
        assert (
            body["licence"]["url"].startswith("https://creativecommons.org/")
            and len(body["rows"]) == 1
        )
        book = openpyxl.load_workbook(
            io.BytesIO(client.get("/open-data/statistics-by-category.xlsx").content)
        )
        assert book.active.max_row >= 2

    def test_an_area_filter_that_names_no_area_is_404(self, client, geo):
        for query in ("province=a%22%3Bb", "province=%0d%0aX:1", "province=99", "district=12"):
            response = client.get(f"/open-data/certified-registry.csv?{query}")
            assert response.status_code == 404 and "errors" in response.json(), query

    def test_unknown_format_lists_the_formats(self, client, geo):
        response = client.get("/open-data/certified-registry.pdf")
        assert response.status_code == 404
        assert response.json()["errors"]["formats"] == ["csv", "xlsx", "json"]
        assert client.get("/open-data/nothing.csv").status_code == 404

    def test_catalog_is_json_ld_and_every_download_works(self, client, places):
        doc = json.loads(client.get("/catalog.jsonld").content)
        (catalog_node,) = jsonld.expand(doc)
        assert catalog_node["@type"] == ["http://www.w3.org/ns/dcat#Catalog"]
        datasets = catalog_node["http://www.w3.org/ns/dcat#dataset"]
        # The open datasets, the LIVES feed and the inventory's public entries.
        assert len(datasets) == 4 + 1 + 3
        assert all(d["@type"] == ["http://www.w3.org/ns/dcat#Dataset"] for d in datasets)
        assert all("http://purl.org/dc/terms/title" in d for d in datasets)
        catalog = doc["dcat:dataset"]
        downloads = [
            d["dcat:downloadURL"]["@id"] for ds in catalog for d in ds.get("dcat:distribution", [])
        ]
        assert len(downloads) == 12 + 6  # three formats each; LIVES: its ZIP and five files
        for url in downloads:
            path = url.split("://", 1)[1].split("/", 1)[1]
            assert client.get("/" + path).status_code == 200, url


class TestApi:
    def test_dashboard_figures_and_404s(self, client, places):
        body = client.get("/api/v1/dashboard/").json()
        assert body["level"] == "nation" and body["totals"]["registered"] == 2
        assert len(body["children"]) == 13 and body["as_of"]
        province = client.get(f"/api/v1/dashboard/province/{places.province_id}/").json()
        assert province["totals"]["certified"] == 1
        for url in ("/api/v1/dashboard/province/zz/", "/api/v1/dashboard/moon/1/"):
            response = client.get(url)
            assert response.status_code == 404 and "detail" in response.json()["errors"]
        assert body["officer"] is None and len(body["self_check"]) == 4
        assert body["knowledge_reads"] >= 0 and body["certified_share"] == 50.0

    def test_officer_figures_in_the_api_for_officers_of_the_area_only(self, client, places):
        url = f"/api/v1/dashboard/province/{places.province_id}/"
        client.force_login(member(Role.AREA_OFFICER, province=places.province_id))
        assert set(client.get(url).json()["officer"]) == {
            "complaints_open",
            "reassessment_due",
            "inspections_overdue",
        }
        client.force_login(member(Role.AREA_OFFICER, province="10"))
        assert client.get(url).json()["officer"] is None

    def test_open_data_listing(self, client, geo):
        body = client.get("/api/v1/open-data/").json()
        registry = next(d for d in body if d["slug"] == "certified-registry")
        assert set(registry["downloads"]) == {"csv", "xlsx", "json"}
        assert registry["dictionary"][0]["column"] == "public_id"
