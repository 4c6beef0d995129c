"""Requests a phone's offline queue may send twice (issue 17): with an `Idempotency-Key` the work
is done once and every replay gets the first answer, always as JSON; refusals are kept, faults
and conflicts are not; nobody signed in is told to sign in again."""

import pytest
from django.urls import reverse

from tests.factories import answer_all, establishment
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.core.models import AuditEvent, IdempotencyReceipt
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def draft(client):
    place = establishment(subdistrict="500105")
    client.force_login(place.owner)
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    client.post(reverse("assessments:start", args=[place.public_id]), {"version": version.pk})
    return Assessment.objects.get()


def test_an_answer_sent_twice_is_saved_once_and_answered_the_same(client, draft):
    item = draft.version.items.get(code="1.2")
    url = reverse("assessments:step", args=[draft.pk, 1])
    body = {f"value_{item.pk}": "fail", f"note_{item.pk}": "กำลังแก้ไข", "_autosave": "1"}
    first = client.post(url, body, HTTP_IDEMPOTENCY_KEY="wizard-answer-0001")
    assert first.status_code == 200 and first.json() == {"ok": True}
    again = client.post(url, body, HTTP_IDEMPOTENCY_KEY="wizard-answer-0001")
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert AuditEvent.objects.filter(verb="assessment.answers_saved").count() == 1
    assert Answer.objects.get(assessment=draft, item=item).note == "กำลังแก้ไข"


def test_a_submission_replayed_submits_once_and_redirects_as_json(client, draft):
    answer_all(draft)
    url = reverse("assessments:review", args=[draft.pk])
    first = client.post(url, HTTP_IDEMPOTENCY_KEY="wizard-submit-0001")
    again = client.post(url, HTTP_IDEMPOTENCY_KEY="wizard-submit-0001")
    result = reverse("assessments:result", args=[draft.pk])
    assert first.json() == again.json() == {"ok": True, "location": result}
    assert Certificate.objects.count() == 1
    assert AuditEvent.objects.filter(verb="assessment.submitted").count() == 1


def test_a_refused_form_is_json_in_the_users_language_and_kept(client, draft):
    item = draft.version.items.get(code="1.2")
    url = reverse("assessments:step", args=[draft.pk, 1])
    bad = {f"value_{item.pk}": "maybe", "_autosave": "1"}
    refused = client.post(
        url, bad, HTTP_IDEMPOTENCY_KEY="wizard-refused-01", HTTP_ACCEPT_LANGUAGE="th"
    )
    assert refused.status_code == 400
    assert "เซิร์ฟเวอร์" in refused.json()["errors"]["detail"]
    assert IdempotencyReceipt.objects.get().status == 400
    assert not Answer.objects.filter(assessment=draft).exists()


def test_keys_are_checked_and_a_visitor_is_asked_to_sign_in(client, draft):
    url = reverse("assessments:step", args=[draft.pk, 1])
    short = client.post(url, {"_autosave": "1"}, HTTP_IDEMPOTENCY_KEY="x")
    assert short.status_code == 400 and "Idempotency-Key" in short.json()["errors"]["detail"]
    client.logout()
    signed_out = client.post(url, {"_autosave": "1"}, HTTP_IDEMPOTENCY_KEY="wizard-visitor-01")
    assert signed_out.status_code == 401 and signed_out.json()["errors"]["detail"]
    assert not IdempotencyReceipt.objects.exists()
    # Without a key, the browser's own form works as it always did (a redirect, a page).
    assert client.post(url, {}).status_code == 302


def test_each_user_has_their_own_keys(client, draft):
    """The same key from another user is another request (keys are per user)."""
    from tests.factories import establishment as make_place

    item = draft.version.items.get(code="1.2")
    url = reverse("assessments:step", args=[draft.pk, 1])
    client.post(
        url, {f"value_{item.pk}": "pass", "_autosave": "1"}, HTTP_IDEMPOTENCY_KEY="same-key-0001"
    )
    other = make_place(subdistrict="500105").owner
    client.force_login(other)
    stranger = client.post(
        url, {f"value_{item.pk}": "fail", "_autosave": "1"}, HTTP_IDEMPOTENCY_KEY="same-key-0001"
    )
    assert stranger.status_code == 404 and "Idempotent-Replayed" not in stranger
    assert stranger.json()["errors"]["detail"]
    assert Answer.objects.get(assessment=draft, item=item).value == "pass"


def test_old_receipts_are_forgotten(client, draft, settings):
    import datetime

    from django.utils import timezone

    from tscplus.core.idempotency import receipts_purge

    item = draft.version.items.get(code="1.2")
    url = reverse("assessments:step", args=[draft.pk, 1])
    client.post(
        url, {f"value_{item.pk}": "pass", "_autosave": "1"}, HTTP_IDEMPOTENCY_KEY="old-key-00001"
    )
    settings.IDEMPOTENCY_KEEP_DAYS = 60
    IdempotencyReceipt.objects.update(created_at=timezone.now() - datetime.timedelta(days=61))
    assert receipts_purge() == 1 and not IdempotencyReceipt.objects.exists()
