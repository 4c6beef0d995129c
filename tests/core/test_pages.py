"""Pages every visitor meets: Thai at /, English at /en/, language switch, error pages, size."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory, member
from tscplus.accounts.choices import Role

pytestmark = pytest.mark.usefixtures("geo")


def test_home_is_thai_at_root_and_english_under_en(client):
    th = client.get("/")
    en = client.get("/en/")
    assert th.status_code == en.status_code == 200
    assert '<html lang="th">' in th.content.decode() and "ไทยสต็อปโควิดพลัส" in th.content.decode()
    assert (
        '<html lang="en">' in en.content.decode() and "Thai Stop COVID Plus" in en.content.decode()
    )


def test_root_stays_thai_even_with_an_english_cookie(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert '<html lang="th">' in client.get("/").content.decode()


def test_language_switch_keeps_the_page(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302 and response["Location"] == "/en/accounts/login/"
    response = client.post("/en/i18n/setlang/", {"language": "th", "next": "/en/accounts/login/"})
    assert response["Location"] == "/accounts/login/"


def test_every_page_has_the_switch_landmarks_and_privacy_link(client):
    for url in ["/", "/en/", reverse("accounts:login"), reverse("core:area_lookup")]:
        html = client.get(url).content.decode()
        assert 'action="/i18n/setlang/"' in html or 'action="/en/i18n/setlang/"' in html
        assert "<main" in html and "<header" in html and "<footer" in html and "<nav" in html
        assert 'class="skip-link"' in html
        assert reverse("accounts:privacy") in html


def test_navigation_follows_the_role(client):
    officer = member(Role.AREA_OFFICER, province="50")
    client.force_login(officer)
    html = client.get("/").content.decode()
    assert reverse("accounts:area_team") in html and reverse("admin:index") not in html
    client.force_login(member(Role.ADMINISTRATOR))
    assert reverse("admin:index") in client.get("/").content.decode()
    client.force_login(UserFactory())
    assert reverse("accounts:area_team") not in client.get("/").content.decode()


def test_home_page_weight_is_under_100_kb_without_fonts(client):
    """HTML + CSS + JS that the home page loads, fonts apart (cheap phones, slow links)."""
    import re

    from django.contrib.staticfiles import finders

    html = client.get("/").content
    total = len(html)
    for asset in re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
        path = finders.find(asset.decode())
        assert path, asset
        with open(path, "rb") as fh:
            total += len(fh.read())
    assert total < 100 * 1024, total


@pytest.mark.parametrize(("prefix", "text"), [("", "ไม่พบหน้าที่ต้องการ"), ("/en", "Page not found")])
def test_friendly_404_in_both_languages(settings, prefix, text):
    settings.DEBUG = False
    response = Client().get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    assert text in response.content.decode()


def test_friendly_500(settings):
    settings.DEBUG = False
    from django.test import RequestFactory

    from tscplus.core.errors import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500 and "<main" in response.content.decode()


def test_friendly_403(settings, client):
    settings.DEBUG = False
    response = client.post(reverse("accounts:login"), {}, HTTP_X_CSRFTOKEN="bad")
    # Django's test client skips CSRF checks; enforce them for this request.
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/en/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403


def test_sarabun_served_locally(client):
    html = client.get("/").content.decode()
    assert "/static/fonts/sarabun-400.woff2" in html
    from django.contrib.staticfiles import finders

    # The web font's subset, and the full TTF files the PDFs and pictures are drawn with.
    assert finders.find("fonts/sarabun-400.woff2")
    assert finders.find("fonts/sarabun/Sarabun-Regular.ttf")
    assert "fonts.googleapis" not in html


def test_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_and_no_inline_script(client):
    import re
    from pathlib import Path

    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert "Content-Security-Policy" not in client.get(
        "/api/docs/"
    )  # Swagger UI sets itself up inline
    # The policy forbids inline script, so no template may hold any.
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=\"", re.IGNORECASE)
    offenders = [
        str(path)
        for path in Path("tscplus").rglob("templates/**/*.html")
        if inline.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
