"""Offline field work in the browser (issue 17): the app installs; the worker never answers the QR
verification page from a cache; an owner finishes the wizard with no signal and it syncs once;
an officer records a visit offline with photos, it syncs, a replay records nothing twice and a
conflict is shown for a decision."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e import axe
from tests.e2e.test_oversight_journey import certified, log_in

pytestmark = pytest.mark.e2e


def controlled(page: Page) -> None:
    """Wait until the service worker is active with its shell and controls the page. A page that
    was loading while the worker installed may stay out of its hands (as in any browser): the
    next load of it is the worker's."""
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller")


def until(page: Page, script: str, arg=None, seconds: float = 60) -> None:
    """Wait until the page's asynchronous `script` (IndexedDB, Cache Storage) answers true:
    `wait_for_function` does not wait for a promise."""
    import time

    deadline = time.monotonic() + seconds
    while not page.evaluate(script, arg):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {script}"
        page.wait_for_timeout(200)


def cached_urls(page: Page) -> list[str]:
    return page.evaluate(
        """async () => {
            const urls = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) urls.push(request.url);
            }
            return urls;
        }"""
    )


def test_manifest_and_worker_meet_chromiums_installability_criteria(
    browser_type, browser_type_launch_args, site: str, tmp_path
):
    # A profile of its own: Chromium never offers to install from an incognito context, which is
    # what a test browser's contexts are.
    context = browser_type.launch_persistent_context(str(tmp_path), **browser_type_launch_args)
    try:
        page = context.new_page()
        page.goto(f"{site}/en/")
        controlled(page)
        cdp = context.new_cdp_session(page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        assert errors == []
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["url"].endswith("/manifest.webmanifest") and not manifest["errors"]
        assert manifest["data"] and '"maskable"' in manifest["data"]
    finally:
        context.close()


def test_the_worker_never_answers_the_verification_page_from_a_cache(page: Page, site: str):
    certificate = certified("ร้านตรวจสดเสมอ")
    url = f"{site}/v/{certificate.verify_token}"
    page.goto(f"{site}/en/")
    controlled(page)
    page.goto(url)
    expect(page.locator(".status")).to_be_visible()
    page.context.set_offline(True)
    # Offline really reaches the worker's own fetches: a page nobody kept answers "no connection".
    page.goto(f"{site}/en/areas/")
    expect(page.get_by_test_id("offline-page")).to_be_visible()
    page.goto(url)
    expect(page.get_by_test_id("offline-verify")).to_be_visible()
    expect(page.locator(".status")).to_have_count(0)
    page.reload()
    expect(page.get_by_test_id("offline-verify")).to_be_visible()
    assert not [u for u in cached_urls(page) if "/v/" in u]
    page.context.set_offline(False)
    page.reload()
    expect(page.locator(".status")).to_be_visible()


@pytest.fixture
def photo(tmp_path):
    from PIL import Image

    path = tmp_path / "evidence.jpg"
    Image.new("RGB", (2000, 1500), (30, 120, 60)).save(path, "JPEG")
    return path


def kept(page: Page, count: int) -> None:
    """Wait until the worker holds `count` pages of the wizard (its steps and review)."""
    until(
        page,
        """async (count) => {
            const cache = await caches.open("pages");
            const urls = (await cache.keys()).map((r) => r.url);
            return urls.filter((u) => /my\\/assessments\\/\\d+\\/(step\\/\\d+|review)\\/$/.test(u))
                .length >= count;
        }""",
        count,
    )


def outbox(page: Page) -> list[dict]:
    return page.evaluate(
        "() => TSCOutbox.list().then((es) => es.map((e) => ({url: e.url, state: e.state, "
        "files: e.files.length, key: e.key})))"
    )


def test_owner_finishes_the_wizard_offline_and_it_is_submitted_once(page: Page, site: str, photo):
    from tests.e2e.test_certification_journey import answer_section
    from tests.factories import UserFactory, establishment
    from tscplus.assessments import services
    from tscplus.assessments.models import Assessment, Certificate
    from tscplus.standards.models import StandardVersion

    owner = UserFactory()
    place = establishment(owner, name_th="ร้านป่าไม่มีสัญญาณ")
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    draft = services.assessment_start(actor=owner, establishment=place, version=version)

    # Online: the owner opens the wizard; the worker keeps its four steps and the review.
    log_in(page, site, owner)
    page.goto(f"{site}/en/my/assessments/{draft.pk}/step/1/")
    controlled(page)
    kept(page, 5)

    # No signal: every answer, photos included, and the submission go into the outbox.
    page.context.set_offline(True)
    for step in range(4):
        expect(page.get_by_role("heading", level=1)).to_contain_text(f"Step {step + 1} of 4")
        if step == 0:
            first = page.locator("fieldset.item").first
            first.locator("input[value=pass]").click()
            expect(first.locator(".saved")).to_contain_text("Saved on this phone")
        answer_section(page, photo)
    expect(page.get_by_role("heading", level=1)).to_have_text("Review and submit")
    page.get_by_role("button", name="Submit the assessment").click()
    expect(page.get_by_test_id("submission-queued")).to_be_visible()
    expect(page.get_by_role("button", name="Submit the assessment")).to_be_hidden()
    queued = outbox(page)
    assert queued[-1]["url"].endswith(f"/my/assessments/{draft.pk}/review/")
    assert any(entry["files"] for entry in queued)  # the photos are on the phone
    expect(page.get_by_test_id("sync-status")).to_contain_text("waiting to be sent")
    draft.refresh_from_db()
    assert draft.status == "draft" and not draft.answers.exists()

    # Reopened with no signal, a step shows the answers kept on the phone.
    page.goto(f"{site}/en/my/assessments/{draft.pk}/step/2/")
    expect(page.locator("fieldset.item input[value=pass]").first).to_be_checked()

    # The signal comes back: everything is sent, in order, and the assessment is submitted once.
    expect(page.get_by_test_id("sync-status")).to_contain_text("waiting to be sent")
    page.context.set_offline(False)
    until(page, "() => TSCOutbox.list().then((es) => es.length === 0)")
    expect(page.get_by_test_id("sync-status")).to_be_hidden()
    draft.refresh_from_db()
    assert draft.status != "draft"
    assert Assessment.objects.filter(establishment=place).count() == 1
    assert Certificate.objects.filter(establishment=place).count() == 1
    assert draft.answers.filter(evidence="").count() < draft.answers.count()

    # The submitted assessment's pages are no longer kept: they now lead to its result.
    until(
        page,
        "() => caches.open('pages').then((c) => c.keys())"
        ".then((ks) => !ks.some((r) => r.url.includes('/my/assessments/')))",
    )

    # Signing out leaves no page holding the person's name on the phone, but never the queue.
    page.evaluate(
        "() => TSCOutbox.add({url: '/my/assessments/0/review/', kind: 'wizard', label: 'kept',"
        " fields: [], files: []})"
    )
    page.goto(f"{site}/en/")  # home is kept for offline use, with the person's name on it
    until(page, NAME_KEPT, owner.full_name)
    page.get_by_role("button", name="Log out").click()
    until(page, f"async (name) => !(await ({NAME_KEPT})(name))", owner.full_name)
    assert [entry["url"] for entry in outbox(page)] == ["/my/assessments/0/review/"]


NAME_KEPT = """async (name) => {
    const cache = await caches.open("pages");
    for (const request of await cache.keys()) {
        if ((await (await cache.match(request)).text()).includes(name)) return true;
    }
    return false;
}"""


def field_url(site: str) -> str:
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        return site + reverse("oversight:field")


def planned(place, officer):
    from django.utils import timezone

    from tscplus.oversight import services as oversight

    return oversight.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
    )


def take_offline(page: Page, name: str):
    visit = page.get_by_test_id("visit").filter(has_text=name)
    visit.get_by_role("button", name="Take offline").click()
    expect(visit).to_contain_text("Kept on this phone")
    return visit


def record(
    page: Page, visit, photos: list, reason: str, dates: tuple[str, str] | None = None
) -> None:
    """Fill in the checklist: every item passes but the first two, which fail with a photo each.
    `dates`: the visit's time and the corrections' date, typed as the officer reads them."""
    visit.get_by_role("button", name="Record the visit").click()
    items = page.get_by_test_id("field-item")
    expect(items.first).to_be_visible()
    for n, item in enumerate(items.all()):
        item.locator("input[value=fail]" if n < len(photos) else "input[value=pass]").check()
        if n < len(photos):
            item.get_by_label("Note").fill(f"Found at the visit {n + 1}")
            item.locator("input[type=file]").set_input_files(str(photos[n]))
            expect(item.locator("[data-preview]")).to_be_visible()
        elif item.locator("[data-photo-required]").is_visible():
            item.locator("input[type=file]").set_input_files(str(photos[0]))
            expect(item.locator("[data-preview]")).to_be_visible()
    page.get_by_label("Record where I am").check()
    # The kit speaks the officer's preferred language (Thai here): the decision is found by value.
    page.locator("#decision-corrections").check()
    page.get_by_label("Reasons").fill(reason)
    if dates:
        # Typed, never a native picker (Western years): a day the calendar lacks is refused.
        page.get_by_label("Time of the visit").fill("31/02/2569 09:30")
        page.get_by_role("button", name="Save on this phone").click()
        expect(page.locator("[data-errors]")).to_contain_text("Enter the date and time")
        page.get_by_label("Time of the visit").fill(dates[0])
        page.get_by_label("Corrections due by").fill(dates[1])
    page.get_by_role("button", name="Save on this phone").click()
    expect(visit).to_contain_text("waiting to be sent")


def test_officer_records_a_visit_offline_with_photos_and_it_syncs_once(
    site: str, photo, tmp_path, browser
):
    from PIL import Image

    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.accounts.models import User
    from tscplus.assessments.services import certificate_set_status
    from tscplus.oversight.models import Inspection

    second = tmp_path / "second.jpg"
    Image.new("RGB", (3000, 2000), (200, 60, 40)).save(second, "JPEG")
    certificate = certified("ตลาดนัดชายป่า")
    other_certificate = certified("ร้านชำท้ายหมู่บ้าน")
    place, other_place = certificate.establishment, other_certificate.establishment
    officer = member(Role.AREA_OFFICER, province="50")
    officer.preferred_language = "en"  # an officer who reads English: the app follows them
    officer.save(update_fields=["preferred_language"])
    visit = planned(place, officer)
    other_visit = planned(other_place, officer)

    # The policy is lifted only so that axe-core can be added to the page.
    context = browser.new_context(
        geolocation={"latitude": 18.79, "longitude": 98.98},
        permissions=["geolocation"],
        bypass_csp=True,
    )
    page = context.new_page()
    log_in(page, site, officer)
    # The officer opens the installed app at its start address (in their language), then Field work.
    start = page.request.get(f"{site}/manifest.webmanifest").json()["start_url"]
    assert start == "/en/"
    page.goto(site + start)
    page.goto(field_url(site))
    controlled(page)
    row = take_offline(page, "ตลาดนัดชายป่า")
    other_row = take_offline(page, "ร้านชำท้ายหมู่บ้าน")

    # No signal at the market: the visit is recorded with two photos, shrunk on the phone.
    context.set_offline(True)
    page.reload()
    expect(page.get_by_text("No connection: the visits as they were")).to_be_visible()
    # On a phone, the recorder (built from the kept kit) meets WCAG 2.1 AA.
    page.set_viewport_size({"width": 390, "height": 844})
    row.get_by_role("button", name="Record the visit").click()
    expect(page.get_by_test_id("field-item").first).to_be_visible()
    assert axe.violations(page) == []
    page.get_by_role("button", name="Cancel").click()
    import datetime

    from tscplus.core import clock, thaidate

    today, due = clock.today(), clock.today() + datetime.timedelta(days=14)
    typed = (thaidate.numeric_date(today, "th") + " 09:30", thaidate.numeric_date(due, "th"))
    record(page, row, [photo, second], "Bins without lids; crowd limit not posted", typed)
    entry = page.evaluate("() => TSCOutbox.list().then((es) => es[0])")
    assert entry["payload"]["recorded_offline_at"] and entry["payload"]["location"]["lat"] == 18.79
    # B.E. as typed, ISO as sent: the day of the corrections, and 09:30 on the phone's clock.
    assert entry["payload"]["corrections_due"] == due.isoformat()
    nine_thirty = page.evaluate(
        "([y, m, d]) => new Date(y, m - 1, d, 9, 30).toISOString()",
        [today.year, today.month, today.day],
    )
    assert entry["payload"]["visited_at"] == nine_thirty
    sizes = page.evaluate(
        "() => TSCOutbox.list().then((es) => Promise.all(es[0].files.map((f) => "
        "createImageBitmap(f.blob).then((b) => [b.width, b.height, f.blob.type, f.blob.size]))))"
    )
    # Shrunk to the photo budget: 1024 px on the longest side at most, 80 KB at most, JPEG.
    assert {(w, h) for w, h, _kind, _size in sizes} == {(1024, 768), (1024, 683)}
    for width, height, kind, size in sizes:
        assert max(width, height) == 1024 and kind == "image/jpeg" and size <= 80 * 1024
    # The second place meanwhile: another officer suspends its certificate.
    record(page, other_row, [photo], "Kitchen dirty")
    certificate_set_status(
        actor=member(Role.AREA_OFFICER, province="50"),
        certificate=other_certificate,
        status="suspended",
        reason="Complaint confirmed",
    )

    # The page is closed; a new one opens at the start address, with no signal; then it returns.
    page.close()
    page = context.new_page()
    page.goto(site + start)
    expect(page.get_by_test_id("sync-status")).to_contain_text("2 items are waiting to be sent")
    page.evaluate("() => TSCOutbox.list().then((es) => { window.replay = es[0]; })")
    context.set_offline(False)
    until(
        page, "() => TSCOutbox.list().then((es) => es.length === 1 && es[0].state === 'conflict')"
    )
    visit.refresh_from_db()
    assert visit.status == "done" and visit.decision == "corrections"
    assert Inspection.objects.filter(establishment=place).count() == 1

    # The owner reads the decision.
    owner = User.objects.get(pk=place.owner_id)
    assert owner.notifications.filter(body__contains="Bins without lids").exists()

    # The same request sent again (same key): the stored answer, nothing recorded twice.
    replayed = page.evaluate("() => TSCOutbox.send(window.replay)")
    assert replayed["status"] == 201 and replayed["replayed"] == "true"
    assert Inspection.objects.filter(establishment=place).count() == 1
    assert Inspection.objects.filter(establishment=place, status="done").count() == 1

    # The conflict is shown on the field page with the server's words, for a decision.
    page.goto(field_url(site))
    conflict = page.get_by_test_id("outbox-item")
    expect(conflict).to_contain_text("Conflict")
    expect(conflict.locator("[data-conflicts] li")).not_to_have_count(0)
    expect(page.get_by_test_id("visit").filter(has_text="ร้านชำท้ายหมู่บ้าน")).to_contain_text(
        "needs your decision"
    )
    other_visit.refresh_from_db()
    assert other_visit.status == "planned"
    assert axe.violations(page) == []
    expect(conflict).to_contain_text("certificate changed after you took the visit offline")

    # The officer has seen it and records anyway: sent again with the conflict accepted.
    page.get_by_role("button", name="Record anyway").click()
    until(page, "() => TSCOutbox.list().then((es) => es.length === 0)")
    other_visit.refresh_from_db()
    assert other_visit.status == "done" and other_visit.decision == "corrections"
    context.close()
