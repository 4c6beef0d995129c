"""The heart of TSC+: an operator signs up, registers a restaurant, self-assesses on a phone (an
essential item fails: the review warns of it, no certificate, and the page says what to fix),
re-assesses by changing only that answer and passes, downloads the certificate PDF; the QR code
read back out of the PDF opens the verification page: valid."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

PASSWORD = "Str0ng-passphrase-2569"


@pytest.fixture
def photo(tmp_path):
    from PIL import Image

    path = tmp_path / "handwash.jpg"
    Image.new("RGB", (800, 600), (20, 140, 90)).save(path, "JPEG")
    return path


def answer_section(page: Page, photo, fail_first_essential: bool = False) -> None:
    for fieldset in page.locator("fieldset.item").all():
        essential = fieldset.locator("legend abbr").count() > 0
        value = "fail" if (fail_first_essential and essential) else "pass"
        fail_first_essential = fail_first_essential and not essential
        radio = fieldset.locator(f"input[type=radio][value={value}]")
        # Click, then wait for the state: the autosave of the answer before may re-render the
        # form under the click, which check() takes for a click that did nothing.
        radio.click()
        expect(radio).to_be_checked()
        if value == "pass" and "photo is required" in (
            fieldset.locator("summary").text_content() or ""
        ):
            fieldset.locator("input[type=file]").set_input_files(str(photo))
    page.get_by_role("button", name=re.compile("Save and")).click()


def run_assessment(page: Page, photo, *, fail_essential: bool) -> None:
    """Answer every step and arrive at the review, not yet submitted."""
    for step in range(4):
        expect(page.get_by_role("heading", level=1)).to_contain_text(f"Step {step + 1} of 4")
        answer_section(page, photo, fail_first_essential=fail_essential and step == 0)
    expect(page.get_by_role("heading", level=1)).to_have_text("Review and submit")


def wizard_head_height(page: Page) -> float:
    """How far below the site's header the first question starts: the wizard's own head (place,
    step indicator, heading). The header itself is measured by the header's own tests."""
    header_bottom = page.get_by_role("banner").evaluate("e => e.getBoundingClientRect().bottom")
    question_top = page.locator("fieldset.item").first.evaluate(
        "e => e.getBoundingClientRect().top"
    )
    return question_top - header_bottom


def first_question_shows(page: Page) -> None:
    """At 390 x 844 the first question starts on the screen, close below the header."""
    top = page.locator("fieldset.item legend").first.evaluate("e => e.getBoundingClientRect().top")
    assert top < 844 - 100  # its first lines, not only its border
    assert wizard_head_height(page) < 200


def test_register_assess_certify_verify(page: Page, site: str, photo, tmp_path):
    page.goto(f"{site}/en/accounts/signup/")
    page.get_by_label("Email").fill("padaeng@example.org")
    page.get_by_label("Full name").fill("ป้าแดง ใจดี")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_test_id("user-name")).to_have_text("ป้าแดง ใจดี")

    page.get_by_role("link", name="My places", exact=True).click()
    page.get_by_role("link", name="Register a place").click()
    page.get_by_label("Name (Thai)").fill("ร้านข้าวมันไก่ป้าแดง")
    page.get_by_label("Type of place").select_option(label="Restaurants and eateries")
    page.get_by_label("House number, road, village").fill("12 ถนนนิมมานเหมินท์")
    page.get_by_label("Province", exact=True).select_option("50")
    expect(page.locator("#id_district option[value='5001']")).to_have_count(1)
    page.get_by_label("District", exact=True).select_option("5001")
    expect(page.locator("#id_subdistrict option[value='500105']")).to_have_count(1)
    page.get_by_label("Subdistrict", exact=True).select_option("500105")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ร้านข้าวมันไก่ป้าแดง")

    page.get_by_role("link", name="Start a self-assessment").click()
    page.locator("form.card", has_text="TSC+ COVID-19 prevention: Food service").get_by_role(
        "button", name="Start"
    ).click()
    # On a phone the wizard's own head is a few short lines: the first question follows the header.
    page.set_viewport_size({"width": 390, "height": 844})
    expect(page.get_by_role("heading", level=1)).to_contain_text("Step 1 of 4")
    first_question_shows(page)
    english = page.url
    page.goto(english.replace("/en/", "/", 1))  # Thai wraps differently: the same in Thai
    expect(page.get_by_role("heading", level=1)).to_contain_text("ขั้นตอนที่ 1 จาก 4")
    first_question_shows(page)
    page.goto(english)
    run_assessment(page, photo, fail_essential=True)
    # Before submitting, the review says which essential item fails and links to it.
    warning = page.locator(".essential-warning")
    expect(warning.get_by_role("heading")).to_have_text("This assessment will not pass")
    expect(warning.get_by_role("link")).to_have_count(1)
    failed = (warning.get_by_role("link").text_content() or "").split("*")[0]
    page.get_by_role("button", name="Submit the assessment").click()
    expect(page.get_by_text("Not passed yet")).to_be_visible()
    expect(page.get_by_role("heading", name="What to fix")).to_be_visible()
    expect(page.locator("article.fix")).to_have_count(1)

    # The re-assessment opens on the failed item, marked, with every other answer kept: only
    # that answer changes (with the photo a pass of it needs), then straight to the review.
    page.get_by_role("button", name="Start a re-assessment").click()
    # The failed item is the step's first question: the step opens at its top, the note that
    # the answers were kept included (a later question would be scrolled to instead).
    assert failed == "1.1"
    expect(page).to_have_url(re.compile(r"/step/1/$"))
    marked = page.locator("fieldset.item.failed-before")
    expect(marked).to_have_count(1)
    expect(marked.locator("legend")).to_contain_text("Failed last time")
    expect(page.locator(".wizard-prefill")).to_contain_text("Filled in from your assessment of")
    assert wizard_head_height(page) < 250  # the note that the answers are kept: two lines more
    for fieldset in page.locator("fieldset.item:not(.failed-before)").all():
        expect(fieldset.locator("input[type=radio][value=pass]")).to_be_checked()
    radio = marked.locator("input[type=radio][value=pass]")
    radio.click()
    expect(radio).to_be_checked()
    if "photo is required" in (marked.locator("summary").text_content() or ""):
        marked.locator("input[type=file]").set_input_files(str(photo))
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Step 2 of 4")
    page.get_by_role("navigation", name="Steps").get_by_role("link", name="Review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review and submit")
    expect(page.locator(".essential-warning")).to_have_count(0)
    # The other items' photos were carried over: a pass without one would be refused here.
    page.get_by_role("button", name="Submit the assessment").click()
    expect(page.get_by_text("Passed")).to_be_visible()

    with page.expect_download() as download_info:
        page.evaluate("""() => { const a = document.querySelector("a[href$='certificate.pdf']");
                                 a.setAttribute('download', 'certificate.pdf'); a.click(); }""")
    pdf_path = tmp_path / "certificate.pdf"
    download_info.value.save_as(pdf_path)

    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(str(pdf_path))
    codes = zxingcpp.read_barcodes(document[0].render(scale=2).to_pil())
    document.close()
    assert len(codes) == 1
    url = codes[0].text
    assert re.fullmatch(r"https?://[^/]+/v/[A-Za-z0-9_-]{43}", url)
    # The QR code carries the configured SITE_URL; open the same path on the live server.
    page.goto(site + "/v/" + url.rsplit("/v/", 1)[1])
    expect(page.get_by_role("heading", level=1)).to_have_text("ร้านข้าวมันไก่ป้าแดง")
    expect(page.locator(".status")).to_contain_text("ใช้ได้")
    page.get_by_role("link", name="English").click()
    expect(page.locator(".status")).to_contain_text("Valid")
    expect(page.get_by_text("ร้านข้าวมันไก่ป้าแดง")).to_be_visible()


def test_an_answer_given_offline_is_sent_when_back_online(page: Page, site: str):
    from tests.e2e.test_offline_journey import controlled, until
    from tests.factories import PASSWORD as FACTORY_PASSWORD
    from tests.factories import establishment, operator
    from tscplus.assessments import services
    from tscplus.assessments.models import Answer
    from tscplus.standards.models import StandardVersion

    owner = operator()
    place = establishment(owner=owner)
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    draft = services.assessment_start(actor=owner, establishment=place, version=version)
    page.goto(f"{site}/en/accounts/login/")
    page.get_by_label("Email").fill(owner.email)
    page.get_by_label("Password").fill(FACTORY_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{site}/en/my/assessments/{draft.pk}/step/1/")
    controlled(page)
    item = version.items.get(code="1.2")

    page.context.set_offline(True)
    page.locator(f"input[name=value_{item.pk}][value=fail]").check()
    # The worker keeps it in the phone's outbox (core/offline.js) and says so.
    expect(page.locator("#item-1\\.2 .saved")).to_contain_text("Saved on this phone")
    assert not Answer.objects.filter(assessment=draft).exists()

    page.context.set_offline(False)
    until(page, "() => TSCOutbox.list().then((es) => es.length === 0)")
    assert Answer.objects.get(assessment=draft, item=item).value == "fail"
