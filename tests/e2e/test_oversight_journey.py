"""People Voice and oversight, end to end: a visitor scans the QR page and rates the place (a
verified visit), another files a complaint and keeps the code; the area officer finds the place at the
top of the work queue with its reasons, inspects it and suspends the certificate; the verify page says
suspended; the operator reads the decision and replies to the rating; the complaint is resolved and
its tracking page says so. An officer of another province sees none of it."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_certification_journey import answer_section

pytestmark = pytest.mark.e2e


@pytest.fixture
def photo(tmp_path):
    from PIL import Image

    path = tmp_path / "visit.jpg"
    Image.new("RGB", (800, 600), (200, 60, 40)).save(path, "JPEG")
    return path


def certified(name: str):
    from tests.factories import certify, establishment
    from tscplus.assessments.models import Certificate

    place = establishment(name_th=name, subdistrict="500105")
    certify(place)
    return Certificate.objects.get(establishment=place)


def log_in(page: Page, site: str, user) -> None:
    from tests.factories import PASSWORD

    page.context.clear_cookies()
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_rate_complain_inspect_suspend_reply_resolve(page: Page, site: str, browser, photo):
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.voice.models import Complaint

    certificate = certified("คาราโอเกะเสียงดี")
    certified("ร้านเรียบร้อยดี")  # a calm place in the same area
    place = certificate.establishment
    verify_url = f"{site}/v/{certificate.verify_token}"

    # A visitor scans the door poster and rates the place.
    page.goto(verify_url)
    page.get_by_role("link", name="ให้คะแนนสถานที่นี้").click()
    # `.all()` does not wait: the rating form must be on the screen before its fieldsets are listed.
    expect(page.locator("fieldset.stars")).to_have_count(5)
    for fieldset in page.locator("fieldset.stars").all():
        fieldset.get_by_label("2 ★").check()
    page.get_by_label("ความคิดเห็น (ไม่บังคับ)").fill("แออัดมาก พนักงานไม่ใส่หน้ากาก")
    page.get_by_role("button", name="ส่งคะแนน").click()
    expect(page.locator(".tag", has_text="เยี่ยมชมจริง")).to_be_visible()

    # Another visitor files a complaint and keeps the code.
    other = browser.new_context(locale="th-TH").new_page()
    other.goto(verify_url)
    other.get_by_role("link", name="แจ้งเรื่องร้องเรียน").click()
    other.get_by_label("พบปัญหาอะไร").select_option("crowding")
    other.get_by_label("เกิดอะไรขึ้น เมื่อไร").fill("คืนวันเสาร์คนแน่นห้อง ไม่เว้นระยะ")
    other.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
    code = other.get_by_test_id("tracking-code").inner_text()

    # The officer of the area: the place tops the queue, with its reasons.
    officer = member(Role.AREA_OFFICER, province="50")
    log_in(page, site, officer)
    page.goto(f"{site}/en/officer/queue/")
    row = page.get_by_test_id("queue-row").filter(has_text="คาราโอเกะเสียงดี")
    expect(row).to_contain_text("open complaints")
    names = page.get_by_test_id("queue-row").all_inner_texts()
    position = next(i for i, text in enumerate(names) if "คาราโอเกะเสียงดี" in text)
    assert position < next(i for i, text in enumerate(names) if "ร้านเรียบร้อยดี" in text)

    # Inspect: plan, record with the checklist, suspend.
    row.get_by_role("link", name="คาราโอเกะเสียงดี").click()
    page.get_by_role("link", name="Plan an inspection").click()
    page.get_by_role("button", name="Plan the visit").click()
    page.get_by_role("button", name="Start the checklist").click()
    for step in range(4):
        # Each step is on the screen before its questions are listed (`.all()` does not wait).
        expect(page.get_by_role("heading", level=1)).to_contain_text(f"Step {step + 1} of 4")
        answer_section(page, photo)
    page.get_by_role("button", name="Submit the assessment").click()
    page.get_by_role("link", name="Go on to the decision").click()
    page.get_by_label("Suspend the certificate").check()
    page.get_by_label("Reasons").fill("Crowded rooms, no hand-washing point")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_test_id("inspection-status")).to_have_text("Done")

    # The complaint: taken, resolved with the outcome.
    complaint = Complaint.objects.get(tracking_code=code)
    page.goto(f"{site}/en/officer/complaints/{complaint.pk}/")
    page.get_by_role("button", name="Take this complaint").click()
    page.get_by_label("New status").select_option("resolved")
    page.get_by_label("What was found and done").fill(
        "Inspected; certificate suspended until fixed"
    )
    page.get_by_role("button", name="Update the complaint").click()
    expect(page.get_by_test_id("complaint-status")).to_have_text("Resolved")

    # Anyone scanning now reads "suspended".
    other.goto(verify_url)
    expect(other.locator(".status")).to_contain_text("ระงับชั่วคราว")

    # The operator reads the decision and replies to the rating.
    log_in(page, site, place.owner)
    page.goto(f"{site}/en/my/notifications/")
    expect(page.get_by_text("Crowded rooms, no hand-washing point")).to_be_visible()
    page.goto(f"{site}/en/my/ratings/")
    page.get_by_label("Your reply").fill("We have added a hand-washing point and limit each room")
    page.get_by_role("button", name="Send the reply").click()
    expect(page.get_by_text("We have added a hand-washing point")).to_be_visible()

    # The complainant follows the code: resolved.
    other.goto(f"{site}/complaints/track/?code={code}")
    expect(other.get_by_test_id("complaint-status")).to_have_text("แก้ไขแล้ว")

    # An officer of another province sees none of it.
    log_in(page, site, member(Role.AREA_OFFICER, province="83"))
    page.goto(f"{site}/en/officer/queue/")
    expect(page.get_by_text("คาราโอเกะเสียงดี")).to_have_count(0)
    response = page.goto(f"{site}/en/officer/complaints/{complaint.pk}/")
    assert response.status == 404
