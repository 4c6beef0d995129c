"""The design system in a phone's browser (390 x 844, Debian's Chromium): the header stays a thin
bar on every kind of page and folds its links into a menu that opens, closes with Escape and works
from the keyboard; a refused form moves the focus to its error summary, whose links lead to the
fields, with nothing typed lost."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_oversight_journey import log_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
PUBLIC_PAGES = ["/", "/en/", "/places/", "/knowledge/", "/dashboard/", "/accounts/login/"]
OFFICER_PAGES = [
    "/officer/queue/",
    "/officer/complaints/",
    "/officer/dashboard/",
    "/officer/inspections/",
]


def header_share(page: Page) -> float:
    height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    return height / PHONE["height"]


def test_the_header_is_a_thin_bar_with_a_menu_on_every_page(page: Page, site: str):
    from tests.factories import establishment, member
    from tscplus.accounts.choices import Role

    establishment(name_th="ร้านข้าวแกงป้าศรี", subdistrict="500105")
    page.set_viewport_size(PHONE)
    for path in PUBLIC_PAGES:
        page.goto(site + path)
        assert header_share(page) <= 0.15, path
        expect(page.locator("#site-menu")).to_be_hidden()
    officer = member(Role.AREA_OFFICER, province="50")
    log_in(page, site, officer)
    for path in OFFICER_PAGES:
        page.goto(site + path)
        assert header_share(page) <= 0.15, path

    # The menu opens with its button, from the keyboard too, and Escape closes it (the officer
    # reads in Thai, their language).
    menu = page.get_by_role("button", name="เมนู")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="คิวงานตามความเสี่ยง")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#site-menu")).to_be_hidden()
    expect(menu).to_be_focused()
    page.keyboard.press("Enter")
    complaints = page.locator("#site-menu").get_by_role("link", name="เรื่องร้องเรียน", exact=True)
    expect(complaints).to_be_visible()
    complaints.click()
    expect(page).to_have_url(site + "/officer/complaints/")


def test_a_refused_form_takes_the_reader_to_each_problem(page: Page, site: str):
    page.set_viewport_size(PHONE)
    page.goto(site + "/en/accounts/signup/")
    page.get_by_label("Email").fill("somying@example")
    page.locator("main form button[type=submit]").click()
    summary = page.get_by_test_id("error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    links = summary.get_by_role("link")
    assert links.count() >= 1
    links.first.click()
    focused = page.evaluate("document.activeElement.id")
    assert focused and page.locator(f"#{focused}").is_visible()
    expect(page.get_by_label("Email")).to_have_value("somying@example")
