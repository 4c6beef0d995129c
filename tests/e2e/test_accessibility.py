"""axe-core over every page a person reaches, signed in as each kind of person, in Thai and in
English, at 390 x 844 (a phone) and 1280 x 900: no violation of WCAG 2.1 A or AA. One browser
context per person (logged in once); the pages are looped inside, so the live server and the
rows are made once per kind of person."""

import pytest
from playwright.sync_api import Browser

from tests.e2e import axe
from tests.e2e.site_pages import (
    VISITORS,
    both_languages,
    certified_place,
    open_page,
    signed_in,
)

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("kind", list(VISITORS))
def test_no_wcag_violation_on_any_page(browser: Browser, site: str, kind: str):
    found = []
    for visitor in VISITORS[kind]():
        context = signed_in(browser, site, visitor.user)
        page = context.new_page()
        for size, (width, height) in axe.SIZES.items():
            page.set_viewport_size({"width": width, "height": height})
            for path in visitor.paths:
                for language, url in both_languages(path):
                    open_page(page, site, url, visitor.statuses.get(path, 200))
                    if problems := axe.violations(page):
                        found.append((f"{visitor.label} {size} {language} {url}", problems))
        context.close()
    assert not found, "axe-core found WCAG 2.1 A/AA violations:\n" + axe.report(found)


def test_refused_forms_have_no_violation(browser: Browser, site: str):
    """A form sent empty comes back with its error summary and field errors: checked as well, on
    a phone and on a desktop, in both languages."""
    place = certified_place().establishment.public_id
    forms = [f"/places/{place}/rate/", f"/places/{place}/complain/", "/accounts/signup/"]
    context = signed_in(browser, site, None)
    page = context.new_page()
    found = []
    for size, (width, height) in axe.SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        for path in forms:
            for language, url in both_languages(path):
                open_page(page, site, url)
                with page.expect_navigation():
                    page.locator("main form button[type=submit]").last.click()
                assert page.locator(".error, .errorlist").count() > 0, url
                if problems := axe.violations(page):
                    found.append((f"refused {size} {language} {url}", problems))
    context.close()
    assert not found, "axe-core found WCAG 2.1 A/AA violations:\n" + axe.report(found)


def test_the_check_sees_a_violation(browser: Browser, site: str):
    """The checker is live: an image with no text alternative on the home page is reported."""
    context = signed_in(browser, site, None)
    page = context.new_page()
    open_page(page, site, "/")
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert "image-alt" in {problem["id"] for problem in axe.violations(page)}
    context.close()
