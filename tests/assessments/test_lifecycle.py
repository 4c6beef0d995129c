"""The daily certificate job and a new version of a standard, with the messages they send."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from tests.factories import answer_all, establishment
from tscplus.assessments import services
from tscplus.assessments.models import Certificate
from tscplus.core.models import AuditEvent, Notification
from tscplus.standards import services as standard_services
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def certificate(django_capture_on_commit_callbacks):
    place = establishment()
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    a = services.assessment_start(actor=place.owner, establishment=place, version=version)
    answer_all(a)
    services.assessment_submit(actor=place.owner, assessment=a)
    return Certificate.objects.get()


def run(today, capture):
    with capture(execute=True):
        return services.certificates_run_lifecycle(today=today)


def test_reminders_30_and_7_days_before_once_each(certificate, django_capture_on_commit_callbacks):
    d30 = certificate.expires_on - datetime.timedelta(days=30)
    assert run(d30, django_capture_on_commit_callbacks)["reminded"] == 1
    assert run(d30, django_capture_on_commit_callbacks)["reminded"] == 0  # safe to run twice
    assert (
        run(
            certificate.expires_on - datetime.timedelta(days=7), django_capture_on_commit_callbacks
        )["reminded"]
        == 1
    )
    notes = Notification.objects.filter(user=certificate.establishment.owner)
    assert notes.count() == 2 and "30" in notes.last().title
    assert len(mail.outbox) == 2 and certificate.number in mail.outbox[0].subject


def test_expiry(certificate, django_capture_on_commit_callbacks):
    day_after = certificate.expires_on + datetime.timedelta(days=1)
    assert run(certificate.expires_on, django_capture_on_commit_callbacks)["expired"] == 0
    assert run(day_after, django_capture_on_commit_callbacks)["expired"] == 1
    assert run(day_after, django_capture_on_commit_callbacks)["expired"] == 0
    certificate.refresh_from_db()
    assert certificate.status == "expired"
    assert AuditEvent.objects.filter(
        verb="certificate.status_changed", object_id=str(certificate.pk)
    ).exists()


def test_new_version_makes_certificates_due_then_grace_ends(
    certificate, django_capture_on_commit_callbacks
):
    old = certificate.version
    draft = standard_services.version_copy(actor=None, version=old)
    assert (
        draft.number == 2 and draft.items.count() == old.items.count() and draft.status == "draft"
    )
    # Standards announce the new version; assessments hear it after the commit.
    with (
        override_settings(CERTIFICATE_GRACE_DAYS=30),
        django_capture_on_commit_callbacks(execute=True),
    ):
        standard_services.version_activate(actor=None, version=draft)
    old.refresh_from_db()
    certificate.refresh_from_db()
    assert old.status == "retired" and StandardVersion.objects.get(pk=draft.pk).status == "active"
    assert certificate.status == "reassessment_due"
    assert certificate.reassessment_due_by == timezone.localdate() + datetime.timedelta(days=30)
    assert Notification.objects.filter(user=certificate.establishment.owner).count() == 1
    assert len(mail.outbox) == 1
    result = run(
        certificate.reassessment_due_by + datetime.timedelta(days=1),
        django_capture_on_commit_callbacks,
    )
    assert result["grace_ended"] == 1
    certificate.refresh_from_db()
    assert certificate.status == "expired"


def test_only_a_draft_can_be_activated_and_one_draft_at_a_time(certificate):
    from django.core.exceptions import ValidationError

    active = certificate.version
    with pytest.raises(ValidationError):
        standard_services.version_activate(actor=None, version=active)
    standard_services.version_copy(actor=None, version=active)
    with pytest.raises(ValidationError):
        standard_services.version_copy(actor=None, version=active)


def test_messages_page_lists_and_marks_read(
    client, certificate, django_capture_on_commit_callbacks
):
    run(certificate.expires_on - datetime.timedelta(days=30), django_capture_on_commit_callbacks)
    owner = certificate.establishment.owner
    client.force_login(owner)
    assert 'class="badge">1' in client.get("/").content.decode()
    html = client.get("/my/notifications/").content.decode()
    assert certificate.number in html
    assert not Notification.objects.filter(user=owner, read_at__isnull=True).exists()


def test_admin_actions_go_through_the_services(admin_client, certificate):
    response = admin_client.post(
        "/admin/assessments/certificate/",
        {"action": "suspend", "_selected_action": [certificate.pk]},
        follow=True,
    )
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.status == "suspended"
    assert AuditEvent.objects.filter(verb="certificate.status_changed").exists()
    admin_client.post(
        "/admin/standards/standardversion/",
        {"action": "copy_to_draft", "_selected_action": [certificate.version.pk]},
    )
    assert StandardVersion.objects.filter(
        standard=certificate.version.standard, status="draft"
    ).exists()


def test_registry_follows_the_certificate(client, certificate, django_capture_on_commit_callbacks):
    place = certificate.establishment
    place.refresh_from_db()
    assert place.certification == "certified"
    html = client.get("/places/?certification=certified").content.decode()
    assert place.name_th in html
    services.certificate_set_status(actor=None, certificate=certificate, status="suspended")
    place.refresh_from_db()
    assert place.certification == "suspended"
    assert place.name_th not in client.get("/places/?certification=certified").content.decode()
    assert place.name_th in client.get("/places/?certification=suspended").content.decode()
    run(certificate.expires_on + datetime.timedelta(days=1), django_capture_on_commit_callbacks)
    place.refresh_from_db()
    assert place.certification == "expired"
