"""The knowledge hub in the browser: a member of the public searches ล้างมือ and opens an item; an
operator whose hand-washing item failed follows its how-to-fix link; an editor drafts an item, a
reviewer publishes it and it is found by search a moment later; someone takes the health-literacy
self-check and gets a score per skill with links to read; on a 390 px phone the hub's topic chips
are pills without bullets, an item's share buttons one row, and the infographic a drawing."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_oversight_journey import log_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def hub(site):
    from tscplus.knowledge.seed import seed_knowledge

    seed_knowledge()
    return site


def test_public_searches_and_reads(page: Page, hub: str):
    page.goto(f"{hub}/knowledge/")
    page.get_by_label("ค้นหาความรู้สุขภาพ").fill("ล้างมือ")
    page.get_by_role("button", name="ค้นหา").click()
    results = page.locator(".search-results li")
    expect(results.first.locator("mark").first).to_have_text("ล้างมือ")
    page.get_by_role("link", name="ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")
    expect(page.get_by_role("heading", name="7 ขั้นตอนการล้างมือ")).to_be_visible()
    page.get_by_label("ใช่").check()
    page.get_by_role("button", name="ส่ง").click()
    expect(page.get_by_text("ขอบคุณสำหรับความเห็น")).to_be_visible()
    page.get_by_role("link", name="Read in English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Washing hands properly: 7 steps")


def test_the_public_asks_as_people_type(page: Page, hub: str):
    """A loanword, a slip and a question: the hub says what it searched and finds the items."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{hub}/knowledge/search/?q=มาสก์")
    expect(page.get_by_test_id("expanded")).to_contain_text("หน้ากากอนามัย")
    expect(page.locator(".search-results li").first).to_contain_text("หน้ากาก")
    page.get_by_label("ค้นหาความรู้สุขภาพ").fill("ไขเลือดออก")
    page.get_by_role("button", name="ค้นหา").click()
    expect(page.get_by_test_id("corrected")).to_contain_text("ไข้เลือดออก")
    expect(page.locator(".search-results li").first).to_contain_text("ไข้เลือดออก")
    page.get_by_test_id("corrected").get_by_role("link").click()
    expect(page.get_by_test_id("corrected")).to_have_count(0)
    page.goto(f"{hub}/knowledge/search/?q=ล้างมือที่ถูกวิธีทำอย่างไร")
    expect(page.get_by_test_id("ignored")).to_contain_text("อย่างไร")
    expect(page.locator(".search-results li").first).to_contain_text("ล้างมือ")
    page.goto(f"{hub}/knowledge/search/?q=zzqx")
    nothing = page.get_by_test_id("nothing-found")
    expect(nothing.get_by_role("link", name="ผู้สูงอายุ")).to_be_visible()
    nothing.get_by_role("link", name="ผู้สูงอายุ").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("ผู้สูงอายุ")


def test_operator_follows_how_to_fix(page: Page, hub: str):
    from tests.factories import answer_all, establishment, member
    from tscplus.accounts.choices import Role
    from tscplus.assessments import services
    from tscplus.standards.models import StandardVersion

    owner = member(Role.OPERATOR)
    place = establishment(owner, name_th="ร้านข้าวแกงป้าศรี")
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    assessment = services.assessment_start(actor=owner, establishment=place, version=version)
    answer_all(assessment, fail=("1.1",), actor=owner)
    services.assessment_submit(actor=owner, assessment=assessment)
    log_in(page, hub, owner)
    page.goto(f"{hub}/my/assessments/{assessment.pk}/")
    fix = page.locator("article.fix", has_text="1.1")
    expect(fix.get_by_text("วิธีแก้ไข:")).to_be_visible()
    fix.get_by_role("link", name="ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")


def test_editor_drafts_reviewer_publishes_search_finds(page: Page, hub: str):
    from tests.factories import member
    from tscplus.accounts.choices import Role

    author, reviewer = member(Role.KNOWLEDGE_EDITOR), member(Role.KNOWLEDGE_EDITOR)
    log_in(page, hub, author)
    page.goto(f"{hub}/en/knowledge/editor/")
    page.get_by_role("link", name="Write a new item").click()
    page.get_by_label("Title").fill("ล้างผักผลไม้ให้ปลอดสารพิษ")
    page.get_by_label("Body").fill("แช่ผักในน้ำสะอาด 15 นาที แล้วล้างผ่านน้ำไหลอีก 2 นาที")
    page.get_by_role("checkbox", name="The public").check()
    page.get_by_role("button", name="Save").click()
    # Nothing is lost on a refusal: the topic was forgotten.
    expect(page.locator(".has-error", has_text="Topics")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("ล้างผักผลไม้ให้ปลอดสารพิษ")
    page.get_by_label("Food sanitation").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_test_id("item-status")).to_have_text("Draft")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_test_id("item-status")).to_have_text("In review")
    expect(page.get_by_text("the author cannot approve their own work")).to_be_visible()
    manage_url = page.url

    log_in(page, hub, reviewer)
    page.goto(manage_url)
    page.get_by_label("Approve and publish").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_test_id("item-status")).to_have_text("Published")

    # No English item speaks of ผัก: the English search falls back to the Thai items, tagged.
    page.goto(f"{hub}/en/knowledge/search/?q=ผัก")
    found = page.locator(".search-results li", has_text="ล้างผักผลไม้ให้ปลอดสารพิษ")
    expect(found.get_by_role("link", name="ล้างผักผลไม้ให้ปลอดสารพิษ")).to_be_visible()
    expect(found.get_by_test_id("item-language")).to_have_text("ภาษาไทย")


def test_self_check_gives_scores_and_links(page: Page, hub: str):
    from tscplus.knowledge.models import HLQuestion

    page.goto(f"{hub}/knowledge/self-check/")
    page.get_by_label("ประชาชน").check()
    questions = list(HLQuestion.objects.order_by("order"))
    # Leave the last statement unanswered first: it is pointed out, the other answers are kept.
    for question in questions[:-1]:
        answer = "ไม่เคย / ไม่เลย" if question.skill == "question" else "เป็นประจำ / มากที่สุด"
        page.locator("fieldset", has_text=question.text_th).get_by_label(answer).check()
    page.get_by_role("button", name="ดูผลของฉัน").click()
    last = page.locator("fieldset", has_text=questions[-1].text_th)
    expect(last).to_contain_text("โปรดเลือกคำตอบ 1 ถึง 5")
    expect(
        page.locator("fieldset", has_text=questions[0].text_th).get_by_label("เป็นประจำ / มากที่สุด")
    ).to_be_checked()
    last.get_by_label("เป็นประจำ / มากที่สุด").check()
    page.get_by_role("button", name="ดูผลของฉัน").click()
    expect(page.get_by_test_id("hl-skill")).to_have_count(6)
    expect(page.get_by_test_id("hl-level")).to_contain_text("ดีมาก")
    page.get_by_role("link", name="ข่าวสุขภาพจริงหรือปลอม ตรวจได้ใน 4 ขั้น").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("ข่าวสุขภาพจริงหรือปลอม ตรวจได้ใน 4 ขั้น")


def test_on_a_phone_chips_share_row_and_infographic_fit(page: Page, hub: str):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{hub}/knowledge/")
    chips = page.locator(".topic-chips")
    expect(chips.locator("li").first).to_be_visible()
    for target in (chips, chips.locator("li").first):
        assert target.evaluate("e => getComputedStyle(e).listStyleType") == "none"
    assert chips.evaluate("e => getComputedStyle(e).flexWrap") == "wrap"
    # The hub lists Thai items only, the English version a link beside its Thai item.
    expect(page.get_by_test_id("item-language")).to_have_count(0)

    # The infographic, from its topic's page (the hub's front page shows the newest items).
    page.goto(f"{hub}/knowledge/topics/hand-hygiene/")
    page.get_by_role("link", name="อินโฟกราฟิก: ล้างมือให้สะอาด 7 ขั้นตอน").first.click()
    row = page.get_by_test_id("share-row")
    buttons = row.locator(".button")
    expect(buttons).to_have_count(3)
    heights = [buttons.nth(i).bounding_box()["height"] for i in range(3)]
    tops = {round(buttons.nth(i).bounding_box()["y"]) for i in range(3)}
    box = row.bounding_box()
    assert len(tops) == 1 and box["height"] <= max(heights) + 2, (tops, box, heights)
    assert box["x"] + box["width"] <= 390
    figure = page.locator("article figure img")
    expect(figure).to_have_attribute("alt", re.compile("^ภาพ 7 ช่อง"))
    size = figure.evaluate("e => [e.complete, e.naturalWidth, e.getBoundingClientRect().width]")
    assert size[0] and size[1] > 0 and 300 <= size[2] <= 390, size
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
