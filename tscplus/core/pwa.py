"""The installable app (issue 17): its manifest, the service worker's app shell and version, and the
rule of which pages a phone may keep for offline use.

The worker's own rules live in `core/static/core/sw.js`; this module gives it what only the server
knows: the shell's addresses as served (hashed names in production), a version that changes with
any shell file (so a deploy replaces the phone's copy), and its few messages in Thai and English."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

# Static files every page needs, precached at install: the app shell. Its whole weight, compressed,
# stays under 150 KB (tests/core/test_pwa.py).
SHELL_STATIC = [
    "core/site.css",
    "core/site.js",
    "core/offline.js",
    "core/outbox.js",
    "django_htmx/htmx-2.min.js",
    "fonts/sarabun-400.woff2",
    "fonts/sarabun-700.woff2",
    "core/favicon.svg",
    # Not the home-screen icons: the phone keeps them when the app is installed, and nothing
    # offline shows them (17 KB less to download on a slow link).
    "assessments/wizard.js",
    "oversight/field.js",
]
# Pages rendered for nobody in particular, precached in both languages: what offline shows.
OFFLINE_PAGES = ["core:offline", "core:offline_verify"]
OFFLINE_TEMPLATES = ["core/_offline_page.html", "core/offline.html", "core/offline_verify.html"]
TEMPLATES = Path(__file__).resolve().parent / "templates"
WORKER_SOURCE = "core/sw.js"

# The pages a phone may keep, for the person signed in, to open them with no signal: the owners'
# wizard (its steps and review), the officers' field page, home and the sync page. Every other
# page of a signed-in person stays `no-store` and is never kept.
KEPT_PAGES = frozenset(
    {"home", "assessments:step", "assessments:review", "oversight:field", "core:sync"}
)
KEEP_HEADER = "X-Offline-Page"

THEME_COLOUR = "#006b3f"  # --green of site.css: the header's colour
BACKGROUND_COLOUR = "#f6f8f7"  # --bg of site.css


def _static_bytes(path: str) -> bytes:
    found = finders.find(path)
    if found:
        with open(found, "rb") as handle:
            return handle.read()
    with staticfiles_storage.open(path) as handle:  # collected only (production)
        return handle.read()


def _compute_version() -> str:
    digest = hashlib.sha256()
    for path in [*SHELL_STATIC, WORKER_SOURCE]:
        digest.update(path.encode())
        digest.update(static(path).encode())
        digest.update(_static_bytes(path))
    for name in OFFLINE_TEMPLATES:  # core's own templates
        digest.update((TEMPLATES / name).read_bytes())
    return digest.hexdigest()[:16]


_cached_version: Callable[[], str] = cache(_compute_version)


def shell_version() -> str:
    """A hash of every shell file and the worker itself: a deploy that changes one changes it.
    Computed once per process (a deploy restarts them), every time while developing."""
    return _compute_version() if settings.DEBUG else _cached_version()


def shell_urls() -> list[str]:
    pages = [_in_language(name, lang) for name in OFFLINE_PAGES for lang in ("th", "en")]
    return [static(path) for path in SHELL_STATIC] + pages


def _in_language(name: str, lang: str) -> str:
    with translation.override(lang):
        return reverse(name)


def _worker_texts() -> dict[str, dict[str, str]]:
    texts = {}
    for lang in ("th", "en"):
        with translation.override(lang):
            texts[lang] = {
                "queued": _("Saved on this phone: it will be sent when the connection is back."),
                "full": _(
                    "This phone's storage is full: this answer was not saved. Free some space "
                    "and try again."
                ),
                "back": _("Back"),
                "offline": reverse("core:offline"),
                "verify": reverse("core:offline_verify"),
                "logout": reverse("accounts:logout"),
            }
    return texts


def worker_source() -> str:
    """The worker: its settings (version, shell, texts, where offline.js is), then its rules."""
    head = {
        "version": shell_version(),
        "shell": shell_urls(),
        "offlineScript": static("core/offline.js"),
        "texts": _worker_texts(),
    }
    rules = _static_bytes(WORKER_SOURCE).decode()
    return f"self.TSC = {json.dumps(head, ensure_ascii=False)};\n{rules}"


def manifest(language: str) -> dict:
    """The web app manifest in `language`: what Chromium needs to offer "Install" and what the
    home screen shows."""
    with translation.override(language):
        return {
            "id": "/",
            "name": _("Thai Stop COVID Plus"),
            "short_name": _("TSC+"),
            "description": _(
                "Standards, self-assessment and inspections for establishments, with or without "
                "a signal."
            ),
            "lang": language,
            # The home page in the manifest's language: an English install opens in English.
            "start_url": reverse("home"),
            "scope": "/",
            "display": "standalone",
            "theme_color": THEME_COLOUR,
            "background_color": BACKGROUND_COLOUR,
            "icons": [
                _icon("core/icons/icon-192.png", 192, "any"),
                _icon("core/icons/icon-512.png", 512, "any"),
                _icon("core/icons/maskable-512.png", 512, "maskable"),
            ],
        }


def _icon(path: str, size: int, purpose: str) -> dict:
    return {"src": static(path), "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}


class OfflinePageMiddleware:
    """Marks the answers that a phone may keep for offline use (`KEPT_PAGES`) with the header the
    worker looks for; it keeps nothing else a signed-in person was shown."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            request.method == "GET"
            and response.status_code == 200
            and match is not None
            and match.view_name in KEPT_PAGES
        ):
            response[KEEP_HEADER] = "keep"
        return response
