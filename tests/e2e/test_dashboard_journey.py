"""Insights in the browser: from the nation's dashboard down to a district (each click swaps the
figures and changes the address), then that district's certified places as CSV."""

import csv
import io

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_drill_down_to_a_district_and_download_its_registry(page: Page, site: str):
    from tests.factories import certify, establishment, operator
    from tscplus.insights.services import stats_refresh

    place = establishment(operator(), name_th="ร้านข้าวซอยผ่านเกณฑ์")
    certify(place)
    stats_refresh()
    district, province = place.district, place.province

    page.goto(f"{site}/en/dashboard/")
    expect(page.get_by_test_id("area-name")).to_have_text("Dashboard: Whole country")
    expect(page.get_by_test_id("certified")).to_have_text("1")
    page.get_by_role("link", name=province.region.name_en, exact=True).click()
    expect(page).to_have_url(f"{site}/en/dashboard/region/{province.region_id}/")
    page.get_by_role("link", name=province.name_en, exact=True).click()
    expect(page.get_by_test_id("area-name")).to_have_text(f"Dashboard: {province.name_en}")
    page.get_by_role("link", name=district.name_en, exact=True).click()
    expect(page).to_have_url(f"{site}/en/dashboard/district/{district.code}/")
    expect(page.get_by_test_id("registered")).to_have_text("1")
    with page.expect_download() as download:
        page.get_by_test_id("district-csv").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[1] for r in rows[1:]] == ["ร้านข้าวซอยผ่านเกณฑ์"]
    assert rows[1][5] == district.code
