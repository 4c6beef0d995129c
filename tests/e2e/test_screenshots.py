"""A visual record and no sideways scroll: the 20 most used pages are photographed whole at 390 px
(a phone) and 1280 px, in Thai, into the artefact folder (`artefacts/screenshots/` under the
repository, or `$ARTEFACT_DIR/screenshots/`); and none of them, in Thai or English, may scroll
sideways on a screen 360 px wide."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.site_pages import VISITORS, both_languages, open_page, signed_in

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
RECORDED = {"phone": (390, 844), "desktop": (1280, 900)}
NARROWEST = (360, 740)
MOST_USED = 20

# What sticks out past the right edge, named so that the template can be found from it.
WIDER_THAN_SCREEN = """() => {
  const edge = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= edge) return [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  return [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > edge + 1)
    .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= edge + 1)
    .slice(0, 6)
    .map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().right)} px)`);
}"""


def artefact_dir() -> Path:
    """The folder, emptied of the last run's pictures (their names are the same each run)."""
    folder = Path(os.environ.get("ARTEFACT_DIR") or ROOT / "artefacts") / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    return folder


def file_name(number: int, label: str, path: str, size: str) -> str:
    """`04-public-places-id-rate-phone.png`: ids and tokens, new each run, are named `id`."""
    parts = [
        "id" if re.search(r"\d", part) else part for part in path.split("?")[0].split("/") if part
    ]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-") or "home"
    return f"{number:02d}-{label}-{slug}-{size}.png"


def settle(page: Page) -> None:
    """Sarabun loaded, so that what is measured and recorded is what a person sees."""
    page.evaluate("() => document.fonts.ready.then(() => true)")


def test_most_used_pages_are_recorded_and_never_scroll_sideways(browser: Browser, site: str):
    kinds = ("public", "operator", "officer", "indicators")
    visitors = [v for kind in kinds for v in VISITORS[kind]() if v.most_used]
    assert sum(len(v.most_used) for v in visitors) == MOST_USED
    folder = artefact_dir()
    recorded, sideways = 0, []
    for visitor in visitors:
        page = signed_in(browser, site, visitor.user).new_page()
        for path in visitor.most_used:
            recorded += 1
            status = visitor.statuses.get(path, 200)
            for size, (width, height) in RECORDED.items():
                page.set_viewport_size({"width": width, "height": height})
                open_page(page, site, path, status)
                settle(page)
                name = file_name(recorded, visitor.label, path, size)
                page.screenshot(path=folder / name, full_page=True)
            page.set_viewport_size({"width": NARROWEST[0], "height": NARROWEST[1]})
            for language, url in both_languages(path):
                open_page(page, site, url, status)
                settle(page)
                if wide := page.evaluate(WIDER_THAN_SCREEN):
                    sideways.append(f"{visitor.label} {language} {url}: {', '.join(wide)}")
        page.context.close()
    assert len(list(folder.glob("*.png"))) >= 2 * MOST_USED
    assert not sideways, "Pages that scroll sideways at 360 px:\n" + "\n".join(sideways)


def test_the_check_sees_a_page_wider_than_the_screen(browser: Browser, site: str):
    """The sideways check is live: a box wider than the screen is found and named."""
    page = signed_in(browser, site, None).new_page()
    page.set_viewport_size({"width": NARROWEST[0], "height": NARROWEST[1]})
    open_page(page, site, "/")
    page.evaluate(
        """() => { const box = document.createElement("div");
                   box.className = "too-wide"; box.style.width = "500px";
                   box.style.height = "1rem";
                   document.querySelector("main").append(box); }"""
    )
    assert any(found.startswith("div.too-wide") for found in page.evaluate(WIDER_THAN_SCREEN))
