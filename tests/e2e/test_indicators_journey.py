"""The seed's cycle in the browser: the responsible person enters October's progress (a level out of
range is refused, nothing typed is lost) and sends the report; the approver publishes it on
8 November; /reports/ shows it on time, and November's report, published on 14 December, late by
4 days. The platform's clock is set for each step (the live server reads the same clock)."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_oversight_journey import log_in

pytestmark = pytest.mark.e2e


def on(day: datetime.date):
    from tscplus.core import clock

    return clock.fixed_at(clock.local_datetime(day))


def test_october_published_on_time_and_november_late(page: Page, site: str):
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.indicators import services
    from tscplus.indicators.models import Indicator, Report
    from tscplus.indicators.seed import seed_with_current_models

    seed_with_current_models()  # reference data: the previous journey emptied the tables
    reporter, approver = member(Role.INDICATOR_REPORTER), member(Role.REPORT_APPROVER)
    indicator = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
    indicator.responsible.add(reporter)
    services.daily_cycle(today=datetime.date(2026, 11, 1))  # the job drafts October's report

    with on(datetime.date(2026, 11, 3)):
        log_in(page, site, reporter)
        page.goto(f"{site}/en/indicators/")
        page.get_by_role(
            "link", name="LO-1 Level of success in being a learning organization"
        ).click()
        expect(page.get_by_test_id("plan-step")).to_have_count(7)
        page.get_by_role("link", name="Enter progress").click()
        expect(page.get_by_label("Month")).to_have_value("2026-10")
        expect(page.get_by_test_id("figure").first).to_be_visible()
        page.get_by_label("Level reached (1-5)").fill("9")
        page.get_by_label("What was done").fill("รวบรวมบัญชีข้อมูลและองค์ความรู้ 12 รายการ")
        page.get_by_role("button", name="Save progress").click()
        expect(page.locator(".has-error", has_text="Level reached")).to_be_visible()
        expect(page.get_by_label("What was done")).to_have_value(
            "รวบรวมบัญชีข้อมูลและองค์ความรู้ 12 รายการ"
        )
        page.get_by_label("Level reached (1-5)").fill("3")
        page.get_by_label("Evidence: title").fill("บันทึกการประชุม")
        page.get_by_label("Evidence: or a link").fill("https://example.org/minutes")
        page.get_by_role("button", name="Save progress").click()
        expect(page.get_by_text("Progress saved.")).to_be_visible()
        page.get_by_role("link", name="Indicators and reports").click()
        page.get_by_role("link", name="Monthly progress report October 2026").click()
        page.get_by_role("button", name="Send for approval").click()
        expect(page.get_by_test_id("revision-status")).to_have_text("Waiting for approval")
        report_url = page.url

    with on(datetime.date(2026, 11, 8)):
        log_in(page, site, approver)
        page.goto(report_url)
        expect(page.get_by_test_id("reached")).to_have_text("level 3")
        page.get_by_role("button", name="Approve and publish").click()
        expect(page.get_by_test_id("revision-status")).to_have_text("Published")

    # November's report goes the same way but is published on 14 December.
    services.daily_cycle(today=datetime.date(2026, 12, 1))
    november = Report.objects.get(kind="monthly", period=datetime.date(2026, 11, 1))
    with on(datetime.date(2026, 12, 2)):
        services.progress_save(
            actor=reporter,
            indicator=indicator,
            month=november.period,
            level=4,
            done="วิเคราะห์ความสำคัญและความจำเป็น",
        )
        services.report_submit(actor=reporter, report=november)
    with on(datetime.date(2026, 12, 14)):
        services.report_publish(actor=approver, report=november)

    page.goto(f"{site}/en/reports/")
    rows = page.get_by_test_id("public-report")
    expect(rows.filter(has_text="October 2026").get_by_test_id("timeliness")).to_have_text(
        "Published on time"
    )
    expect(rows.filter(has_text="November 2026").get_by_test_id("timeliness")).to_have_text(
        "Published late by 4 days"
    )
    rows.filter(has_text="October 2026").get_by_role("link").click()
    expect(page.get_by_test_id("reached")).to_have_text("level 3")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    assert download.value.suggested_filename == "tscplus-monthly-2026-10-r1.pdf"
