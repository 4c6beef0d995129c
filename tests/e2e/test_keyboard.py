"""Keyboard only, on a phone-sized screen and on a desktop one: an owner completes the self-assessment wizard, a visitor
rates a place and another files a complaint, with Tab, Space, Enter, the arrow keys and typing
alone. After every key the element in focus must show it (an outline or a ring) and be on the
screen; each form must go through."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.site_pages import certified_place, open_page, signed_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
SCREENS = pytest.mark.parametrize(
    "screen", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"]
)
MOST_TABS = 400  # a page's every control, a few times over: past it, the target is unreachable

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return {body: true};
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    body: false,
    marked: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
      || style.boxShadow !== "none",
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < innerHeight && box.left < innerWidth,
    element: el.outerHTML.slice(0, 160),
    where: `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} of ${innerHeight} px`,
  };
}"""


def press(page: Page, key: str) -> dict:
    """Press `key`; the element it leaves in focus must be marked and on the screen."""
    page.keyboard.press(key)
    state = page.evaluate(FOCUS)
    if not state["body"]:
        assert state["marked"], f"after {key}, the focus is not marked: {state['element']}"
        assert state["onScreen"], (
            f"after {key}, the focus is off the screen ({state['where']}): {state['element']}"
        )
    return state


def focused(page: Page, selector: str) -> bool:
    return page.evaluate("(s) => document.activeElement.matches(s)", selector)


def tab_to(page: Page, selector: str) -> None:
    for _ in range(MOST_TABS):
        press(page, "Tab")
        if focused(page, selector):
            return
    pytest.fail(f"Tab never reaches {selector} on {page.url}")


def send(page: Page) -> None:
    """Tab to the page's form button and press Enter: the next page loads."""
    tab_to(page, "main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    press(page, "Tab")  # the next page starts with the focus marked too


def screen_page(browser: Browser, site: str, user=None, screen: dict = PHONE) -> Page:
    page = signed_in(browser, site, user).new_page()
    page.set_viewport_size(screen)
    return page


def answer_step(page: Page, photo_names: set[str]) -> None:
    """Pass every item of the step in the order Tab meets them: Space on an item's first choice
    (pass); where a pass needs a photo, Space on the file field opens the phone's picker (the
    page's file-chooser handler picks the photo there)."""
    for _ in range(MOST_TABS):
        state = press(page, "Tab")
        if focused(page, "main form button[type=submit]"):
            return
        if state["body"]:
            continue
        if focused(page, "fieldset input[type=radio]:not(:checked)") and not page.evaluate(
            "() => document.activeElement.closest('fieldset').querySelector(':checked')"
        ):
            press(page, "Space")
            assert focused(page, "input[type=radio]:checked")
        name = page.evaluate("() => document.activeElement.name || ''")
        if name in photo_names:
            photo_names.discard(name)
            page.keyboard.press("Space")
            page.wait_for_function("() => document.activeElement.files.length === 1")
    pytest.fail(f"Tab never reaches the step's button on {page.url}")


@SCREENS
def test_owner_completes_the_wizard_by_keyboard(browser: Browser, site: str, tmp_path, screen):
    from PIL import Image

    from tests.factories import establishment, operator
    from tscplus.assessments.models import Assessment, Certificate
    from tscplus.standards.models import StandardVersion

    owner = operator()
    place = establishment(owner=owner, name_th="ร้านข้าวแกงป้าศรี")
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    photo = tmp_path / "handwash.jpg"
    Image.new("RGB", (800, 600), (20, 140, 90)).save(photo, "JPEG")
    photo_names = {f"photo_{i.pk}" for i in version.items.filter(evidence_required=True)}

    page = screen_page(browser, site, owner, screen)
    # Listening from the start: a picker is never missed between the key and the listener.
    page.on("filechooser", lambda chooser: chooser.set_files(str(photo)))
    open_page(page, site, f"/en/my/places/{place.public_id}/assess/")
    tab_to(page, f"form:has(input[name=version][value='{version.pk}']) button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    sections = version.items.values("section").distinct().count()
    for step in range(1, sections + 1):
        expect(page.get_by_role("heading", level=1)).to_contain_text(f"Step {step} of {sections}")
        answer_step(page, photo_names)
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert not photo_names, f"no photo was given for {photo_names}"
    expect(page.get_by_role("heading", level=1)).to_have_text("Review and submit")
    send(page)
    expect(page.get_by_text("Passed")).to_be_visible()
    assessment = Assessment.objects.get(establishment=place)
    assert assessment.status == "submitted" and assessment.passed
    assert Certificate.objects.filter(establishment=place).exists()


@SCREENS
def test_visitor_rates_a_place_by_keyboard(browser: Browser, site: str, screen):
    from tscplus.voice.models import Rating

    place = certified_place().establishment
    page = screen_page(browser, site, screen=screen)
    open_page(page, site, f"/en/places/{place.public_id}/rate/")
    for group in ("cleanliness", "distancing", "hygiene", "staff", "overall"):
        tab_to(page, f"input[type=radio][name={group}]")
        press(page, "Space")  # the first choice: five stars
        press(page, "ArrowRight")  # the arrows move along the stars and choose: four
        assert focused(page, f"input[name={group}][value='4']:checked")
    tab_to(page, "textarea[name=comment]")
    page.keyboard.type("สะอาด มีเจลล้างมือ")
    send(page)
    expect(page.get_by_text("Thank you for rating this place.")).to_be_visible()
    rating = Rating.objects.get(establishment=place)
    assert rating.overall == 4 and rating.comment == "สะอาด มีเจลล้างมือ"


@SCREENS
def test_visitor_files_a_complaint_by_keyboard(browser: Browser, site: str, screen):
    from tscplus.voice.models import Complaint

    place = certified_place().establishment
    page = screen_page(browser, site, screen=screen)
    open_page(page, site, f"/en/places/{place.public_id}/complain/")
    tab_to(page, "select[name=topic]")
    press(page, "ArrowDown")  # the first kind of problem
    chosen = page.evaluate("() => document.activeElement.value")
    assert chosen
    tab_to(page, "textarea[name=description]")
    page.keyboard.type("ห้องน้ำไม่มีสบู่")
    send(page)
    code = page.get_by_test_id("tracking-code").inner_text()
    complaint = Complaint.objects.get(establishment=place)
    assert complaint.tracking_code == code and complaint.topic == chosen


def test_the_check_sees_a_focus_that_is_not_marked(browser: Browser, site: str):
    """The focus check is live: with the focus style taken away, the first Tab fails it."""
    page = screen_page(browser, site)
    open_page(page, site, "/en/")
    page.add_style_tag(content="*:focus, *:focus-visible { outline: none; box-shadow: none; }")
    with pytest.raises(AssertionError, match="the focus is not marked"):
        press(page, "Tab")
