"""Offline field work on a slow link (issue 17), in Debian's Chromium through `bench/throttle.py`
(1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip):

- the app shell: every byte a phone downloads to install the app and open the field page
  (the page, its styles, scripts, font, icons and what the service worker keeps), <= 150 KB;
- sync: 20 visits recorded with no signal, 3 camera photos each (4000 x 3000, shrunk on the
  phone by the page's own code), sent when the signal comes back, < 60 s until all 20 are
  written on the server;
- the wizard offline: a tap on an answer updates the page in < 100 ms (median of 20 taps).

Run by `make bench` against its gunicorn; the data (an officer, 20 planned visits in their area,
an owner's draft assessment) is made here through the services."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SHELL_TARGET = 150_000
SYNC_TARGET_S = 60.0
TAP_TARGET_MS = 100.0
VISITS = 20
PHOTOS = 3
PHONE = {"width": 390, "height": 844}


@dataclass
class Offline:
    shell_bytes: int = 0
    shell_requests: int = 0
    sync_seconds: float = 0.0
    sync_upload_bytes: int = 0
    photo_bytes: list[int] = field(default_factory=list)
    tap_ms: list[float] = field(default_factory=list)
    written: int = 0


def _people() -> tuple[object, object, list[int], int]:
    """An officer of Chiang Mai with 20 visits planned today at 20 of its places, and an owner
    with a draft self-assessment. Made once; a second run reuses them."""
    from django.utils import timezone

    from tests.factories import establishment, member
    from tscplus.accounts.choices import Role
    from tscplus.accounts.models import User
    from tscplus.assessments import services as assessment_services
    from tscplus.oversight import services
    from tscplus.oversight.models import Inspection
    from tscplus.standards.models import StandardVersion

    officer = User.objects.filter(email="bench-officer@example.org").first()
    if officer is None:
        officer = member(Role.AREA_OFFICER, province="50")
        User.objects.filter(pk=officer.pk).update(email="bench-officer@example.org")
    Inspection.objects.filter(officer=officer, status="planned").delete()
    visits = []
    for n in range(VISITS):
        place = establishment(name_th=f"ร้านทดสอบภาคสนาม {n + 1}", subdistrict="500105")
        visit = services.inspection_plan(
            actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
        )
        visits.append(visit.pk)
    shop = establishment(name_th="ร้านทดสอบแบบประเมิน", subdistrict="500105")
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    draft = assessment_services.assessment_start(
        actor=shop.owner, establishment=shop, version=version
    )
    return officer, shop.owner, visits, draft.pk


def _session(user: object) -> str:
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def _photos(folder: Path) -> list[str]:
    from bench.photo import camera_photo

    paths = []
    for seed in range(PHOTOS):
        path = folder / f"camera-{seed}.jpg"
        path.write_bytes(camera_photo(seed))
        paths.append(str(path))
    return paths


def _browser(playwright):  # type: ignore[no-untyped-def]
    from bench.page_weight import _chromium

    return playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])


def _context(browser, base: str, session: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=PHONE, is_mobile=True, device_scale_factor=2)
    host = base.split("//", 1)[1].split(":", 1)[0]
    context.add_cookies([{"name": "sessionid", "value": session, "domain": host, "path": "/"}])
    return context


def _installed(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worker has kept the app shell and controls the page."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("!!navigator.serviceWorker.controller"):
        page.reload(wait_until="networkidle")
    page.wait_for_function("() => !!navigator.serviceWorker.controller")


def _quiet(proxy, seconds: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until nothing has crossed the link for `seconds`: the worker keeps pages and files in
    the background after the page has loaded, and those bytes count too."""
    last, since = -1, time.monotonic()
    while time.monotonic() - since < seconds:
        now = proxy.down.bytes + proxy.up.bytes
        if now != last:
            last, since = now, time.monotonic()
        time.sleep(0.1)


def shell_and_sync(base: str, proxy, officer, visits: list[int], photos: list[str]) -> Offline:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    from tscplus.oversight.models import Inspection

    result = Offline()
    with sync_playwright() as playwright:
        browser = _browser(playwright)
        context = _context(browser, base, _session(officer))
        page = context.new_page()
        proxy.reset_counts()
        requests: list[str] = []
        context.on("request", lambda r: requests.append(r.url))  # the worker's too
        page.goto(base + "/officer/field/", wait_until="networkidle")
        _installed(page)
        page.wait_for_load_state("networkidle")
        _quiet(proxy)
        result.shell_bytes, result.shell_requests = proxy.down.bytes, len(requests)
        page.set_default_timeout(120_000)
        for take in page.locator("[data-take]").all():
            take.click()
        page.wait_for_function(
            "(n) => document.querySelectorAll('[data-record]:not([hidden])').length >= n",
            arg=len(visits),
        )
        context.set_offline(True)
        for n in range(len(visits)):
            _record_one(page, n, photos)
        result.photo_bytes = page.evaluate(
            """TSCOutbox.list().then(es => es.flatMap(e => (e.files || []).map(f => f.blob.size)))"""
        )
        proxy.reset_counts()
        started = time.perf_counter()
        context.set_offline(False)
        deadline = started + 600
        while time.perf_counter() < deadline:
            done = Inspection.objects.filter(pk__in=visits, status="done").count()
            if done == len(visits):
                break
            time.sleep(0.25)
        result.sync_seconds = time.perf_counter() - started
        result.sync_upload_bytes = proxy.up.bytes
        result.written = Inspection.objects.filter(pk__in=visits, status="done").count()
        browser.close()
    return result


def _record_one(page, n: int, photos: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Record the n-th visit through the page, as an officer would: every item answered, three
    photos taken (the page shrinks them), the decision, "Save on this phone"."""
    page.locator("[data-record]:not([hidden])").first.click()
    form = page.locator("[data-record-form]")
    items = form.locator("[data-testid=field-item]")
    with_photo = 0
    for i in range(items.count()):
        item = items.nth(i)
        needs_photo = item.locator("[data-photo-required]").is_visible()
        if needs_photo and with_photo >= len(photos):
            item.locator("input[value=fail]").check()
            continue
        item.locator("input[value=pass]").check()
        if with_photo < len(photos) and (needs_photo or i >= items.count() - len(photos)):
            item.locator("[data-photo]").set_input_files(photos[with_photo])
            with_photo += 1
            item.locator("[data-preview]").wait_for(state="visible")
    form.locator("[data-decisions] input[value=confirm]").check()
    form.locator("button[type=submit]").click()
    page.locator("[data-recorder]").wait_for(state="hidden")


def wizard_taps(base: str, owner, draft: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Open the wizard's first step with a signal, lose it, then tap answers: the time from the
    tap to the page saying what happened to it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = _browser(playwright)
        context = _context(browser, base, _session(owner))
        page = context.new_page()
        page.goto(f"{base}/my/assessments/{draft}/step/1/", wait_until="networkidle")
        _installed(page)
        page.wait_for_load_state("networkidle")
        context.set_offline(True)
        taps = page.evaluate(
            """async () => {
              const out = [];
              const items = [...document.querySelectorAll('fieldset.item')];
              for (let round = 0; round < 2; round++) {
                for (const item of items.slice(0, 10)) {
                  const value = round ? 'fail' : 'pass';
                  const radio = item.querySelector(`input[type=radio][value=${value}]`);
                  const status = item.querySelector('.saved');
                  const before = status.textContent;
                  const changed = new Promise(resolve => {
                    new MutationObserver((m, o) => { o.disconnect(); resolve(); })
                      .observe(status, {childList: true, characterData: true, subtree: true});
                  });
                  const t0 = performance.now();
                  radio.click();
                  await changed;
                  out.push(performance.now() - t0);
                  await new Promise(r => setTimeout(r, 50));
                }
              }
              return out;
            }"""
        )
        browser.close()
    return taps


def measure(base_port: int) -> Offline:
    import os

    from bench.throttle import Throttle

    # Playwright's synchronous API runs an event loop in this thread; the database reads here
    # between its calls are synchronous and alone, as in the browser tests.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    officer, owner, visits, draft = _people()
    with tempfile.TemporaryDirectory() as folder, Throttle(base_port) as proxy:
        base = f"http://127.0.0.1:{proxy.port}"
        result = shell_and_sync(base, proxy, officer, visits, _photos(Path(folder)))
        result.tap_ms = wizard_taps(base, owner, draft)
    return result


def missed(result: Offline | None) -> list[str]:
    if result is None:
        return []
    out = []
    if result.shell_bytes > SHELL_TARGET:
        out.append(f"app shell {result.shell_bytes} B > {SHELL_TARGET}")
    if result.written != VISITS or result.sync_seconds >= SYNC_TARGET_S:
        out.append(f"sync {result.written}/{VISITS} in {result.sync_seconds:.1f} s")
    if not result.tap_ms or statistics.median(result.tap_ms) >= TAP_TARGET_MS:
        out.append(f"wizard tap offline {result.tap_ms}")
    return out


def render(result: Offline | None) -> str:
    if result is None:
        return ""
    taps = sorted(result.tap_ms)
    photos = result.photo_bytes
    return "\n".join(
        [
            "",
            "## Offline field work on a slow link (issue 17)",
            "",
            "Debian's Chromium at 390 x 844 through a shaped link (`bench/throttle.py`: 1.6 Mbit/s",
            "down, 750 kbit/s up, 150 ms round trip, shared by every connection), against the same",
            "gunicorn.",
            "",
            "| measure | target | result |",
            "|---|---|---|",
            f"| app shell: install the app and open the field page (bytes down, {result.shell_requests} requests) | <= 150 KB | **{result.shell_bytes / 1000:.1f} KB** |",
            f"| sync: {VISITS} visits recorded offline, {PHOTOS} camera photos each, until all are written | < 60 s | **{result.sync_seconds:.1f} s** ({result.written}/{VISITS} written, {result.sync_upload_bytes / 1e6:.2f} MB up) |",
            f"| the wizard offline: a tap on an answer until the page shows it (median of {len(taps)}) | < 100 ms | **{statistics.median(taps):.1f} ms** (slowest {taps[-1]:.1f} ms) |",
            "",
            f"Photos as the phone kept them: {len(photos)}, {min(photos) / 1000:.0f} to "
            f"{max(photos) / 1000:.0f} KB (from 4000 x 3000 camera JPEGs of about 1.8 MB)."
            if photos
            else "",
            "",
        ]
    )


def main() -> int:
    """`python -m bench.offline_bench`: these measures alone, against their own gunicorn and
    database (as `make bench` prepares them), printed and not written to BENCHMARKS.md."""
    import os
    import sys

    from bench import run

    db_url, _label = run.database_url()
    static_root = tempfile.mkdtemp()
    env = run.bench_environment(db_url, static_root)
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    try:
        with run.gunicorn(env):
            result = measure(run.PORT)
    finally:
        import shutil

        shutil.rmtree(static_root, ignore_errors=True)
    print(render(result))
    failed = missed(result)
    print("missed: " + ", ".join(failed) if failed else "every target met", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
