"""The installable app: the manifest, the service worker's script and shell, the offline pages,
and which pages a phone may keep (issue 17)."""

import gzip
import json

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from tests.factories import UserFactory, establishment
from tscplus.core import pwa

pytestmark = pytest.mark.usefixtures("geo")


def test_manifest_has_what_chromium_needs_to_install(client):
    response = client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="th")
    assert response["Content-Type"].startswith("application/manifest+json")
    body = json.loads(response.content)
    assert body["lang"] == "th" and body["name"] and body["short_name"]
    assert body["start_url"] == "/" and body["scope"] == "/"  # Thai: the home page
    assert body["display"] == "standalone"
    assert body["theme_color"] == "#006b3f" and body["background_color"] == "#f6f8f7"
    sizes = {(icon["sizes"], icon["purpose"]) for icon in body["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in body["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        width, height = Image.open(path).size
        assert f"{width}x{height}" == icon["sizes"]


def test_manifest_speaks_the_readers_language(client):
    english = json.loads(client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="en").content)
    assert english["lang"] == "en" and english["name"] == "Thai Stop COVID Plus"
    client.cookies["tscplus_language"] = "th"
    thai = json.loads(client.get("/manifest.webmanifest", HTTP_ACCEPT_LANGUAGE="en").content)
    assert thai["lang"] == "th"


def test_worker_is_served_at_the_root_uncached_with_its_version_and_shell(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    head = response.content.decode().split("\n", 1)[0]
    settings = json.loads(head.removeprefix("self.TSC = ").removesuffix(";"))
    assert settings["version"] == pwa.shell_version()
    assert "/offline/verify/" in settings["shell"] and "/en/offline/verify/" in settings["shell"]
    assert "/static/core/offline.js" in settings["shell"]
    assert settings["texts"]["en"]["verify"] == "/en/offline/verify/"
    assert "importScripts" in response.content.decode()


def test_the_version_changes_with_any_shell_file(monkeypatch):
    before = pwa._compute_version()
    real = pwa._static_bytes

    def changed(path: str) -> bytes:
        return real(path) + (b"/* deployed */" if path == "core/site.css" else b"")

    monkeypatch.setattr(pwa, "_static_bytes", changed)
    assert pwa._compute_version() != before


def test_the_app_shell_weighs_at_most_150_kb_compressed():
    total = 0
    for path in pwa.SHELL_STATIC:
        with open(finders.find(path), "rb") as handle:
            total += len(gzip.compress(handle.read()))
    assert total <= 150 * 1024, total


@pytest.mark.parametrize(
    "url", ["/offline/", "/en/offline/", "/offline/verify/", "/en/offline/verify/"]
)
def test_offline_pages_hold_nothing_personal(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html and "X-CSRFToken" not in html
    assert "offline.js" in html


def test_offline_verify_page_says_the_status_cannot_be_checked(client):
    html = client.get("/en/offline/verify/").content.decode()
    assert "The certificate's status cannot be checked now" in html


def test_only_pages_marked_for_offline_use_carry_the_mark(client):
    from tscplus.assessments import services
    from tscplus.standards.models import StandardVersion

    place = establishment()
    client.force_login(place.owner)
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    draft = services.assessment_start(actor=place.owner, establishment=place, version=version)
    for url in [
        "/",
        f"/my/assessments/{draft.pk}/step/1/",
        f"/my/assessments/{draft.pk}/review/",
        "/sync/",
    ]:
        response = client.get(url)
        assert response.status_code == 200 and response[pwa.KEEP_HEADER] == "keep", url
    personal = client.get("/my/notifications/")
    assert pwa.KEEP_HEADER not in personal and "no-store" in personal["Cache-Control"]
    # Another person's wizard is not theirs to keep: it is not found, and carries no mark.
    client.force_login(UserFactory())
    other = client.get(f"/my/assessments/{draft.pk}/step/1/")
    assert other.status_code == 404 and pwa.KEEP_HEADER not in other


def test_every_page_links_the_manifest_and_loads_the_outbox(client):
    html = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert '<meta name="theme-color" content="#006b3f">' in html
    assert "core/offline.js" in html and "data-sync-status" in html


def test_icons_script_draws_the_committed_icons(tmp_path, monkeypatch):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    module.main()
    for name in ("icon-192.png", "icon-512.png", "maskable-512.png"):
        drawn = Image.open(tmp_path / name).convert("RGB")
        committed = Image.open(finders.find(f"core/icons/{name}"))
        assert drawn.size == committed.size
        assert drawn.tobytes() == committed.convert("RGB").tobytes()
