"""The search synonym dictionary in the browser: an editor goes from the desk to the synonyms, is
told (in Thai) that one word is not a set, adds a set, and the hub's search for the new word finds
the items written with the other one, saying which words it also searched for."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from tests.e2e.test_oversight_journey import log_in

pytestmark = pytest.mark.e2e


def thai(message: str) -> str:
    """The page's words as the Thai catalogue has them (the English text until translated)."""
    with translation.override("th"):
        return gettext(message)


@pytest.fixture
def hub(site):
    from tscplus.knowledge.seed import seed_knowledge
    from tscplus.search import synonyms
    from tscplus.search.models import SynonymSet

    seed_knowledge()
    # This journey's own dictionary: the seeded sets may hold the words it adds.
    SynonymSet.objects.all().delete()
    synonyms.forget()
    return site


def test_editor_adds_a_synonym_and_search_uses_it(page: Page, hub: str):
    from tests.factories import member
    from tscplus.accounts.choices import Role

    log_in(page, hub, member(Role.KNOWLEDGE_EDITOR))
    page.goto(f"{hub}/knowledge/editor/")
    page.get_by_role("link", name=thai("Keep the synonym dictionary")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(thai("Search synonyms"))

    terms = page.get_by_label(thai("Words that mean the same"))
    terms.fill("handwashing")
    page.get_by_role("button", name=thai("Add the set")).click()
    summary = page.get_by_test_id("error-summary")
    expect(summary).to_contain_text("มีข้อผิดพลาด")
    expect(summary).to_contain_text(
        thai("Give at least two words that mean the same, separated by commas.")
    )
    expect(terms).to_have_value("handwashing")

    terms.fill("ล้างมือ, handwashing")
    page.get_by_role("button", name=thai("Add the set")).click()
    expect(page.get_by_text(thai("Synonym set added."))).to_be_visible()
    expect(page.get_by_test_id("synonym-set")).to_have_text("ล้างมือ, handwashing")

    page.goto(f"{hub}/knowledge/")
    page.get_by_label("ค้นหาความรู้สุขภาพ").fill("handwashing")
    page.get_by_role("button", name="ค้นหา").click()
    results = page.locator(".search-results li")
    expect(results.first.locator("mark").first).to_have_text("ล้างมือ")
    expect(page.get_by_role("link", name="ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน")).to_be_visible()
    expanded = page.get_by_test_id("expanded")
    expect(expanded).to_contain_text("handwashing")
    expect(expanded).to_contain_text("ล้างมือ")
