"""People Voice in the browser: a visitor scans a certificate's QR page and rates the place (a
verified visit); another files a complaint, keeps the tracking code and follows it."""

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
    page.goto(f"{site}/v/{certificate.verify_token}")
    page.get_by_role("link", name="ให้คะแนนสถานที่นี้").click()
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
    # Contact details without consent: refused, and what was typed is still there.
    expect(other.get_by_text("โปรดทำเครื่องหมายยินยอม")).to_be_visible()
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
