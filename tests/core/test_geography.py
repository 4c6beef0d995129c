import pytest
from django.urls import reverse

from tscplus.core.geography import HEALTH_REGIONS, area_text, geography_sync_current
from tscplus.core.models import District, HealthRegion, Province, Subdistrict

pytestmark = pytest.mark.usefixtures("geo")


def test_migration_loads_all_of_thailand():
    assert HealthRegion.objects.count() == 13
    assert Province.objects.count() == 77
    assert District.objects.count() == 928
    assert Subdistrict.objects.count() > 7400


def test_every_region_has_its_provinces_and_bangkok_is_13():
    counts = {r.number: r.provinces.count() for r in HealthRegion.objects.all()}
    assert counts == {n: len(codes) for n, *_rest, codes in HEALTH_REGIONS}
    assert list(Province.objects.filter(region=13).values_list("code", flat=True)) == ["10"]
    assert Province.objects.get(code="50").region_id == 1  # Chiang Mai
    assert Province.objects.get(code="90").region_id == 12  # Songkhla


def test_sync_is_idempotent():
    assert geography_sync_current() == {
        "regions": 0,
        "provinces": 0,
        "districts": 0,
        "subdistricts": 0,
    }
    Province.objects.filter(code="50").update(name_en="wrong")
    assert geography_sync_current()["provinces"] == 1
    assert Province.objects.get(code="50").name_en == "Chiang Mai"


def test_subdistricts_keep_every_postcode():
    multi = Subdistrict.objects.filter(postcodes__contains=" ").first()
    assert multi is not None
    assert multi.postcode == multi.postcodes.split(" ")[0]


class TestApi:
    def test_provinces_each_with_region(self, client):
        body = client.get("/api/v1/provinces/").json()
        assert body["count"] == 77 and len(body["results"]) == 77
        bangkok = next(p for p in body["results"] if p["code"] == "10")
        assert bangkok["name_th"] == "กรุงเทพมหานคร"
        assert bangkok["region"]["number"] == 13
        assert all(p["region"]["number"] for p in body["results"])

    def test_regions(self, client):
        body = client.get("/api/v1/regions/").json()
        assert [r["number"] for r in body["results"]] == list(range(1, 14))

    def test_districts_and_subdistricts(self, client):
        districts = client.get("/api/v1/provinces/50/districts/").json()
        assert districts["count"] == 25
        assert {d["province_code"] for d in districts["results"]} == {"50"}
        subs = client.get("/api/v1/districts/5001/subdistricts/").json()
        assert subs["results"][0]["district_code"] == "5001"
        assert subs["results"][0]["postcodes"] == ["50200"]

    @pytest.mark.parametrize(
        "url",
        [
            "/api/v1/provinces/99/districts/",
            "/api/v1/districts/9999/subdistricts/",
            "/api/v1/provinces/abc/districts/",
        ],
    )
    def test_unknown_codes_are_404_with_json(self, client, url):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "detail" in response.json()["errors"]

    def test_list_query_count_is_fixed(self, client, django_assert_max_num_queries):
        with django_assert_max_num_queries(3):
            client.get("/api/v1/provinces/")

    def test_lists_are_cached_until_the_next_sync(self, client, django_assert_num_queries):
        client.get("/api/v1/provinces/")
        with django_assert_num_queries(0):
            assert client.get("/api/v1/provinces/").json()["count"] == 77
        Province.objects.filter(code="50").update(name_en="stale")
        geography_sync_current()  # repairs the row and moves the cache on
        body = client.get("/api/v1/provinces/").json()
        assert next(p for p in body["results"] if p["code"] == "50")["name_en"] == "Chiang Mai"


class TestAddressWidget:
    def test_options_partial_narrows_districts(self, client):
        response = client.get(
            reverse("core:address_options"), {"level": "district", "province": "83"}
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert html.count('<option value="83') == District.objects.filter(province="83").count()
        assert 'id="id_subdistrict" hx-swap-oob' in html  # the subdistrict list is reset too

    def test_options_partial_for_a_search_filter_offers_all(self, client):
        html = client.get(
            reverse("core:address_options"), {"level": "district", "province": "83", "filter": "1"}
        ).content.decode()
        assert (
            html.startswith('<option value="">ทุกอำเภอ/เขต</option>') and "hx-swap-oob" not in html
        )
        assert html.count('<option value="83') == District.objects.filter(province="83").count()

    def test_options_partial_for_subdistricts(self, client):
        response = client.get(
            reverse("core:address_options"), {"level": "subdistrict", "district": "8301"}
        )
        assert "830101" in response.content.decode()

    def test_options_partial_unknown_code_is_404(self, client):
        response = client.get(
            reverse("core:address_options"), {"level": "district", "province": "00"}
        )
        assert response.status_code == 404

    def test_options_partial_bad_level_is_400(self, client):
        assert client.get(reverse("core:address_options"), {"level": "x"}).status_code == 400

    def test_lookup_without_javascript_narrows_step_by_step(self, client):
        # Step 1: only a province: the district list is that province's, subdistricts still empty.
        html = client.get(reverse("core:area_lookup"), {"province": "50"}).content.decode()
        assert 'value="5001"' in html and 'value="500101"' not in html
        # Step 2: the district too: its subdistricts appear.
        html = client.get(
            reverse("core:area_lookup"), {"province": "50", "district": "5001"}
        ).content.decode()
        assert 'value="500101"' in html
        # Step 3: the answer: region, centre, postcode.
        html = client.get(
            reverse("core:area_lookup"),
            {"province": "50", "district": "5001", "subdistrict": "500101"},
        ).content.decode()
        assert "ศูนย์อนามัยที่ 1 เชียงใหม่" in html and "50200" in html

    def test_changing_the_province_clears_the_old_district_quietly(self, client):
        # Without JavaScript: Phuket's district is still chosen after switching to Chiang Mai.
        response = client.get(
            reverse("core:area_lookup"),
            {"province": "50", "district": "8301", "subdistrict": "830101"},
        )
        html = response.content.decode()
        assert response.status_code == 200 and 'class="error"' not in html
        assert (
            'value="5001"' in html and 'value="8301"' not in html and 'value="830101"' not in html
        )
        assert "ศูนย์อนามัยที่ 1 เชียงใหม่" in html.split("</form>")[-1]  # the province's answer

    def test_english_lists_are_in_english_order(self, client):
        html = client.get("/en/areas/").content.decode()
        assert html.index(">Bangkok<") < html.index(">Krabi<")
        partial = client.get(
            "/en/areas/options/", {"level": "district", "province": "10"}
        ).content.decode()
        names = [
            line.split(">")[1].split("<")[0] for line in partial.splitlines() if 'value="10' in line
        ]
        assert names == sorted(names)


class TestAreaText:
    def test_thai_provinces(self):
        text = area_text(province="เชียงใหม่", district="เมืองเชียงใหม่", subdistrict="สุเทพ", thai=True)
        assert text == "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่"

    def test_bangkok(self):
        text = area_text(
            province="กรุงเทพมหานคร", district="เขตพระนคร", subdistrict="ชนะสงคราม", thai=True
        )
        assert text == "แขวงชนะสงคราม เขตพระนคร กรุงเทพมหานคร"

    def test_english_and_district_depth(self):
        assert area_text(province="Chiang Mai", district="Mueang Chiang Mai", thai=False) == (
            "Mueang Chiang Mai, Chiang Mai"
        )

    def test_filter_on_a_place_follows_the_language(self):
        from django.template import Context, Template
        from django.utils import translation

        from tests.factories import establishment

        place = establishment(subdistrict="500105")
        template = Template("{{ place|area }}|{{ place|area:'district' }}")
        full, short = template.render(Context({"place": place})).split("|")
        assert full.startswith("ต.") and " อ.เมืองเชียงใหม่ จ.เชียงใหม่" in full
        assert short == "อ.เมืองเชียงใหม่ จ.เชียงใหม่"
        with translation.override("en"):
            assert template.render(Context({"place": place})).endswith(
                "Mueang Chiang Mai, Chiang Mai"
            )
