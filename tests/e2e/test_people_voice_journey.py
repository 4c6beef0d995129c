"""People Voice in the browser: a visitor scans a certificate's QR page and rates the place (a
verified visit); another files a complaint, keeps the tracking code and follows it; a QR code the
registry does not know is reported to the officers of the area where it was seen."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def certified_place():
    from tests.factories import certify, establishment
    from tscplus.assessments.models import Certificate

    place = establishment(name_th="ร้านก๋วยเตี๋ยวลุงชัย", subdistrict="500105")
    certify(place)
    return Certificate.objects.get(establishment=place)


def test_scan_rate_and_complain(page: Page, site: str, browser):
    from tscplus.voice.models import Complaint, Rating

    certificate = certified_place()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site}/v/{certificate.verify_token}")
    # The page leads with the place, then the status, then two large full-width buttons.
    expect(page.get_by_role("heading", level=1)).to_have_text("ร้านก๋วยเตี๋ยวลุงชัย")
    expect(page.locator(".status")).to_contain_text("ใช้ได้")
    expect(page.get_by_text("ตรวจสอบสถานะกับทะเบียนเมื่อ")).to_contain_text("2569")
    rate = page.get_by_role("link", name="ให้คะแนนสถานที่นี้")
    complain = page.get_by_role("link", name="แจ้งเรื่องร้องเรียน")
    main = page.locator("main").bounding_box()
    for button in (rate, complain):
        box = button.bounding_box()
        assert box["height"] >= 48 and box["width"] >= main["width"] - 40  # padding only
        assert box["y"] + box["height"] <= 844  # on the first screen, no scrolling
    rate.click()
    expect(page.get_by_text("คะแนนของคุณนับเป็นการเยี่ยมชมจริง")).to_be_visible()
    # Send with a star missing first: the error names it and the comment is kept.
    for legend, stars in [
        ("ความสะอาด", "5"),
        ("การเว้นระยะห่างและความแออัด", "4"),
        ("การสวมหน้ากากและการล้างมือ", "5"),
        ("ภาพรวม", "5"),
    ]:
        page.locator("fieldset", has_text=legend).get_by_label(f"{stars} ★").check()
    page.get_by_label("ความคิดเห็น (ไม่บังคับ)").fill("สะอาด มีเจลล้างมือทุกโต๊ะ")
    page.get_by_role("button", name="ส่งคะแนน").click()
    expect(page.locator("fieldset", has_text="การปฏิบัติตนของพนักงาน")).to_contain_text(
        "เลือก 1 ถึง 5 ดาว"
    )
    expect(page.get_by_label("ความคิดเห็น (ไม่บังคับ)")).to_have_value("สะอาด มีเจลล้างมือทุกโต๊ะ")
    for legend, stars in [
        ("ความสะอาด", "5"),
        ("การเว้นระยะห่างและความแออัด", "4"),
        ("การสวมหน้ากากและการล้างมือ", "5"),
        ("ภาพรวม", "5"),
        ("การปฏิบัติตนของพนักงาน", "4"),
    ]:
        page.locator("fieldset", has_text=legend).get_by_label(f"{stars} ★").check()
    page.get_by_role("button", name="ส่งคะแนน").click()
    expect(page.get_by_text("ขอบคุณที่ให้คะแนนสถานที่นี้")).to_be_visible()
    expect(page.get_by_text("สะอาด มีเจลล้างมือทุกโต๊ะ")).to_be_visible()
    expect(page.locator(".tag", has_text="เยี่ยมชมจริง")).to_be_visible()
    assert Rating.objects.get().verified_visit

    # Another visitor, on another phone, files a complaint from the verify page.
    other = browser.new_context(locale="th-TH").new_page()
    other.goto(f"{site}/v/{certificate.verify_token}")
    other.get_by_role("link", name="แจ้งเรื่องร้องเรียน").click()
    other.get_by_label("พบปัญหาอะไร").select_option("crowding")
    other.get_by_label("เกิดอะไรขึ้น เมื่อไร").fill("ช่วงเที่ยงคนแน่นร้าน ไม่มีการเว้นระยะ")
    other.get_by_label("โทรศัพท์ (ไม่บังคับ)").fill("0812345678")
    other.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
    # Contact details without consent: refused, the error summary first and focused, and what was
    # typed is still there.
    summary = other.get_by_test_id("error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("โปรดทำเครื่องหมายยินยอม")
    expect(other.get_by_label("เกิดอะไรขึ้น เมื่อไร")).to_have_value("ช่วงเที่ยงคนแน่นร้าน ไม่มีการเว้นระยะ")
    other.get_by_label("ข้าพเจ้ายินยอม", exact=False).check()
    other.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
    code = other.get_by_test_id("tracking-code").inner_text()
    assert code == Complaint.objects.get().tracking_code
    expect(other.get_by_test_id("complaint-status")).to_have_text("ได้รับเรื่องแล้ว")

    # Later, from anywhere, with the code only.
    page.goto(f"{site}/complaints/track/")
    page.get_by_label("รหัสติดตาม").fill(code.lower())
    page.get_by_role("button", name="ดูสถานะ").click()
    expect(page.get_by_test_id("complaint-status")).to_have_text("ได้รับเรื่องแล้ว")


def test_an_unknown_qr_code_is_reported_to_the_areas_officers(page: Page, site: str):
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.core.models import Notification
    from tscplus.voice.models import QrReport

    officer = member(Role.AREA_OFFICER, district="5001")
    page.set_viewport_size({"width": 390, "height": 844})
    response = page.goto(f"{site}/v/forged-code-0123456789abcdef")
    assert response is not None and response.status == 404  # never passes for a certificate
    expect(page.get_by_role("heading", level=1)).to_have_text("ไม่พบใบรับรอง")
    page.get_by_role("link", name="แจ้งเรื่อง QR code นี้").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("แจ้งเรื่อง QR code นี้")
    # Sent with no district: refused, and what was typed is still there.
    page.get_by_label("ชื่อสถานที่ (ไม่บังคับ)").fill("ร้านก๋วยเตี๋ยวริมทาง")
    page.get_by_role("button", name="ส่งเรื่องที่แจ้ง").click()
    expect(page.locator(".has-error").first).to_be_visible()
    expect(page.get_by_label("ชื่อสถานที่ (ไม่บังคับ)")).to_have_value("ร้านก๋วยเตี๋ยวริมทาง")
    # Choosing the province fills the district list (HTMX), without a reload.
    page.get_by_label("จังหวัดที่พบ").select_option("50")
    district = page.get_by_label("อำเภอ/เขตที่พบ")
    expect(district.locator('option[value="5001"]')).to_have_count(1)
    district.select_option("5001")
    page.get_by_label("สิ่งอื่นที่เจ้าหน้าที่ควรทราบ (ไม่บังคับ)").fill("สติกเกอร์แปะทับโปสเตอร์เดิม")
    page.get_by_role("button", name="ส่งเรื่องที่แจ้ง").click()
    expect(page.get_by_test_id("qr-report-sent")).to_be_visible()
    filed = QrReport.objects.get()
    assert (filed.district_id, filed.place_name) == ("5001", "ร้านก๋วยเตี๋ยวริมทาง")
    assert Notification.objects.filter(user=officer).count() == 1
