"""A new operator signs up, logs out and in again, switches language and sees their name."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

PASSWORD = "Str0ng-passphrase-2569"


def test_sign_up_log_in_switch_language(page: Page, site: str):
    page.goto(f"{site}/")
    expect(page.locator("html")).to_have_attribute("lang", "th")
    page.get_by_role("link", name="สมัครใช้งาน").first.click()

    # A mismatched password first: the form comes back with the error and keeps what was typed.
    page.get_by_label("อีเมล").fill("somying@example.org")
    page.get_by_label("ชื่อ-นามสกุล").fill("สมหญิง ทดสอบ")
    page.get_by_label("รหัสผ่าน", exact=True).fill(PASSWORD)
    page.get_by_label("ยืนยันรหัสผ่าน").fill("something-else-123")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="สร้างบัญชี").click()
    expect(page.locator(".error").first).to_be_visible()
    expect(page.get_by_label("ชื่อ-นามสกุล")).to_have_value("สมหญิง ทดสอบ")

    page.get_by_label("รหัสผ่าน", exact=True).fill(PASSWORD)
    page.get_by_label("ยืนยันรหัสผ่าน").fill(PASSWORD)
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="สร้างบัญชี").click()
    expect(page).to_have_url(re.compile(r"/accounts/profile/$"))
    expect(page.get_by_test_id("user-name")).to_have_text("สมหญิง ทดสอบ")

    page.get_by_role("button", name="ออกจากระบบ").click()
    expect(page.get_by_role("link", name="เข้าสู่ระบบ").first).to_be_visible()

    page.get_by_role("link", name="เข้าสู่ระบบ").first.click()
    page.get_by_label("อีเมล").fill("somying@example.org")
    page.get_by_label("รหัสผ่าน").fill(PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    # A new account is an operator's: after logging in, it lands on its places (its work).
    expect(page).to_have_url(re.compile(r"/my/places/$"))
    expect(page.get_by_test_id("user-name")).to_have_text("สมหญิง ทดสอบ")

    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/my/places/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("My places")
    expect(page.get_by_test_id("user-name")).to_have_text("สมหญิง ทดสอบ")

    page.get_by_role("button", name="ไทย").click()
    expect(page).to_have_url(re.compile(r"/my/places/$"))
    expect(page.locator("html")).to_have_attribute("lang", "th")


def test_address_picker_narrows_with_htmx(page: Page, site: str):
    page.goto(f"{site}/en/areas/")
    page.get_by_label("Province", exact=True).select_option("83")  # Phuket
    expect(page.locator("#id_district option[value='8301']")).to_have_count(1)
    page.get_by_label("District", exact=True).select_option("8301")
    expect(page.locator("#id_subdistrict option[value='830101']")).to_have_count(1)
    page.get_by_label("Subdistrict", exact=True).select_option("830101")
    page.get_by_role("button", name="Show").click()
    expect(
        page.get_by_text("Regional Health Promotion Centre 11 Nakhon Si Thammarat")
    ).to_be_visible()
