"""Offline field work in the browser (issue 17): the app installs; the worker never answers the QR
verification page from a cache; an owner finishes the wizard with no signal and it syncs once;
an officer records a visit offline with photos, it syncs, a replay records nothing twice and a
conflict is shown for a decision."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_oversight_journey import certified, log_in

pytestmark = pytest.mark.e2e


def controlled(page: Page) -> None:
    """Wait until the service worker controls the page and has its shell."""
    page.wait_for_function("() => !!navigator.serviceWorker.controller")
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")


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
    page.wait_for_function(
        """async (count) => {
            const cache = await caches.open("pages");
            const urls = (await cache.keys()).map((r) => r.url);
            return urls.filter((u) => /my\\/assessments\\/\\d+\\/(step\\/\\d+|review)\\/$/.test(u))
                .length >= count;
        }""",
        arg=count,
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
    page.reload()  # the first visit registered the worker; from now on it keeps what is opened
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
    page.context.set_offline(False)
    expect(page.get_by_test_id("sync-status")).to_be_hidden(timeout=60_000)
    assert outbox(page) == []
    draft.refresh_from_db()
    assert draft.status != "draft"
    assert Assessment.objects.filter(establishment=place).count() == 1
    assert Certificate.objects.filter(establishment=place).count() == 1
    assert draft.answers.filter(evidence="").count() < draft.answers.count()
