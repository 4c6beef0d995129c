"""The design system (issue 15): the web font's WOFF2 subsets, the /design/ page for staff, and
the error summary every refused form opens with."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from fontTools.ttLib import TTFont

from tests.factories import member, operator
from tscplus.accounts.choices import Role
from tscplus.core import fonts

pytestmark = pytest.mark.usefixtures("geo")


def test_web_fonts_are_woff2_subsets_with_thai_and_latin(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    folder = fonts.web_fonts_ensure()
    for weight in fonts.WEIGHTS:
        path = folder / fonts.web_font_name(weight)
        assert path.read_bytes()[:4] == b"wOF2"
        # A quarter of the TTF or less: the first visit's weight is mostly fonts.
        assert path.stat().st_size < 30_000
        font = TTFont(str(path))
        cmap = font.getBestCmap()
        for char in "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ่้๊๋ัิีึืุูำะา฿" + "AZaz09":
            assert ord(char) in cmap, char
        # Thai marks sit where they should only with the layout tables kept.
        assert "GPOS" in font and "GSUB" in font


def test_web_fonts_are_rebuilt_only_when_missing(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    path = fonts.web_fonts_ensure() / fonts.web_font_name(400)
    built = path.stat().st_mtime_ns
    fonts.web_fonts_ensure()
    assert path.stat().st_mtime_ns == built
    path.unlink()
    fonts.web_fonts_ensure()
    assert path.exists()


def test_static_files_find_the_web_fonts():
    found = finders.find("fonts/sarabun-700.woff2")
    assert found and found.endswith("sarabun-700.woff2")
    assert not finders.find("fonts/sarabun-300.woff2")


def test_pages_declare_the_woff2_font_and_preload_it(client):
    page = client.get("/").content.decode()
    assert 'href="/static/fonts/sarabun-400.woff2" as="font" type="font/woff2"' in page
    css = finders.find("core/site.css")
    text = Path(css).read_text(encoding="utf-8")
    assert 'url("../fonts/sarabun-400.woff2") format("woff2")' in text
    assert ".ttf" not in text
    # Inputs write in the page's font (without this, Thai in a search box shows as boxes).
    assert re.search(r"input, select, textarea, button, progress \{ font: inherit;", text)


def test_the_home_page_does_not_load_htmx_but_a_form_page_does(client):
    assert "htmx" not in client.get("/").content.decode()
    assert "htmx" in client.get("/en/knowledge/").content.decode()


def test_the_header_has_a_menu_button_for_phones(client):
    page = client.get("/en/").content.decode()
    assert 'aria-controls="site-menu" aria-expanded="false" hidden' in page
    assert '<nav id="site-menu" class="main-nav"' in page


def test_the_design_page_is_for_staff_only(client):
    response = client.get("/design/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(operator())
    assert client.get("/design/").status_code == 404


@pytest.mark.parametrize("path", ["/design/", "/en/design/"])
def test_the_design_page_shows_every_component_in_thai_and_english(client, path):
    client.force_login(member(Role.KNOWLEDGE_EDITOR))
    page = client.get(path).content.decode()
    for css_class in (
        'class="error-summary"',
        'class="tag tag-suspended"',
        'class="stat-grid"',
        'class="cards"',
        'class="notice notice-warning"',
        'class="steps"',
        'type="search"',
        'type="tel"',
        'type="file"',
        'type="radio"',
        'type="checkbox"',
        'type="url"',
        "<textarea",
        "<select",
    ):
        assert page.count(css_class) >= 2, css_class  # once per language
    assert 'lang="th"' in page and 'lang="en"' in page
    assert "มีข้อผิดพลาด" in page and "There is a problem" in page
    assert "ระงับ" in page and "Suspended" in page
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "an id is used twice"


def test_a_refused_form_opens_with_a_summary_linking_each_field(client):
    response = client.post("/en/accounts/signup/", {"email": "not-an-email"})
    page = response.content.decode()
    summary = page[
        page.index('class="error-summary"') : page.index("</div>", page.index("error-summary"))
    ]
    links = re.findall(r'<a href="#([^"]+)">', summary)
    assert links, summary
    for field_id in links:
        assert f'id="{field_id}"' in page
    assert 'value="not-an-email"' in page  # nothing typed is lost
    assert "data-error-summary" in summary
