"""Starting, answering, submitting, certificates: the rules and their refusals."""

import datetime
import re
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation

from tests.factories import answer_all, establishment, image_upload, operator
from tscplus.assessments import services
from tscplus.assessments.choices import CertificateStatus
from tscplus.assessments.models import Answer, Assessment, Certificate
from tscplus.core.models import AuditEvent
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")


def food_version():
    return StandardVersion.objects.get(standard__code="tsc-food", status="active")


@pytest.fixture
def draft():
    place = establishment(subdistrict="500105")
    return services.assessment_start(actor=place.owner, establishment=place, version=food_version())


def test_start_resumes_the_same_draft(draft):
    again = services.assessment_start(
        actor=draft.created_by, establishment=draft.establishment, version=draft.version
    )
    assert again.pk == draft.pk
    assert AuditEvent.objects.filter(verb="assessment.started").count() == 1


def test_a_standard_of_another_group_is_refused():
    place = establishment(category="fresh-market")
    with pytest.raises(ValidationError):
        services.assessment_start(actor=place.owner, establishment=place, version=food_version())


def test_pass_issues_a_numbered_certificate(draft):
    answer_all(draft)
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    draft.refresh_from_db()
    assert draft.passed and draft.score == 100
    certificate = draft.certificate
    assert re.fullmatch(r"TSC-50-25\d\d-000001", certificate.number)
    assert len(certificate.verify_token) >= 43 and str(certificate.pk) != certificate.verify_token
    assert certificate.expires_on - certificate.issued_at.date() >= datetime.timedelta(days=364)
    assert AuditEvent.objects.filter(verb="certificate.issued").count() == 1


def test_a_failing_essential_issues_nothing(draft):
    essential = draft.version.items.filter(essential=True).first()
    answer_all(draft, fail=(essential.code,))
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    draft.refresh_from_db()
    assert draft.passed is False and draft.score > 80
    assert not Certificate.objects.exists()


def test_double_submit_gives_one_result_and_one_certificate(draft):
    answer_all(draft)
    first = services.assessment_submit(actor=draft.created_by, assessment=draft)
    second = services.assessment_submit(actor=draft.created_by, assessment=draft)
    assert first.submitted_at == second.submitted_at
    assert Certificate.objects.count() == 1


def test_submitting_with_unanswered_items_lists_them(draft):
    first_item = draft.version.items.first()
    services.assessment_save_answers(
        actor=draft.created_by, assessment=draft, answers={first_item.pk: {"value": "pass"}}
    )
    with pytest.raises(ValidationError) as exc:
        services.assessment_submit(actor=draft.created_by, assessment=draft)
    missing = exc.value.message_dict["missing"]
    assert len(missing) == draft.version.items.count() - 1
    essential_codes = set(
        draft.version.items.filter(essential=True)
        .exclude(pk=first_item.pk)
        .values_list("code", flat=True)
    )
    assert set(missing[: len(essential_codes)]) == essential_codes  # essentials first
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_answers_for_items_not_in_the_version_are_refused_whole(draft):
    other = StandardVersion.objects.get(standard__code="tsc-market").items.first()
    mine = draft.version.items.first()
    with pytest.raises(ValidationError) as exc:
        services.assessment_save_answers(
            actor=draft.created_by,
            assessment=draft,
            answers={mine.pk: {"value": "pass"}, other.pk: {"value": "pass"}},
        )
    assert str(other.pk) in str(exc.value)
    assert not Answer.objects.exists()


def test_not_applicable_where_not_allowed_is_refused(draft):
    item = draft.version.items.filter(allow_na=False).first()
    with pytest.raises(ValidationError) as exc:
        services.assessment_save_answers(
            actor=draft.created_by, assessment=draft, answers={item.pk: {"value": "na"}}
        )
    assert item.code in exc.value.message_dict


def test_submitted_assessment_cannot_be_edited(draft):
    answer_all(draft)
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    with pytest.raises(ValidationError) as exc:
        answer_all(draft)
    assert exc.value.code == "submitted"


def test_required_photo_missing_blocks_submission(draft):
    items = list(draft.version.items.all())
    services.assessment_save_answers(
        actor=draft.created_by, assessment=draft, answers={i.pk: {"value": "pass"} for i in items}
    )
    with pytest.raises(ValidationError) as exc:
        services.assessment_submit(actor=draft.created_by, assessment=draft)
    assert exc.value.message_dict["missing_photos"] == [
        i.code for i in items if i.evidence_required
    ]


def test_bad_photo_keeps_the_draft(draft):
    from django.core.files.uploadedfile import SimpleUploadedFile

    item = draft.version.items.filter(evidence_required=True).first()
    fake = SimpleUploadedFile("x.jpg", b"not really a jpeg", content_type="image/jpeg")
    services.assessment_save_answers(
        actor=draft.created_by, assessment=draft, answers={item.pk: {"value": "fail"}}
    )
    with pytest.raises(ValidationError) as exc, translation.override("en"):
        services.assessment_save_answers(
            actor=draft.created_by,
            assessment=draft,
            answers={item.pk: {"value": "pass"}},
            photos={item.pk: fake},
        )
    assert "not a photo" in str(exc.value)
    assert Answer.objects.get(item=item).value == "fail"  # nothing of the refused batch was saved


def test_a_new_pass_replaces_the_earlier_certificate(draft):
    answer_all(draft)
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    again = services.assessment_start(
        actor=draft.created_by, establishment=draft.establishment, version=draft.version
    )
    answer_all(again)
    services.assessment_submit(actor=draft.created_by, assessment=again)
    old, new = Certificate.objects.order_by("issued_at")
    assert old.status == CertificateStatus.EXPIRED
    assert new.number in old.status_reason
    assert new.status == CertificateStatus.VALID and new.number.endswith("000002")


def test_certificate_transitions(draft):
    answer_all(draft)
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    certificate = draft.certificate
    services.certificate_set_status(
        actor=None, certificate=certificate, status="suspended", reason="ตรวจพบ"
    )
    services.certificate_set_status(actor=None, certificate=certificate, status="revoked")
    with pytest.raises(ValidationError):
        services.certificate_set_status(actor=None, certificate=certificate, status="valid")
    assert AuditEvent.objects.filter(verb="certificate.status_changed").count() == 2


def test_numbers_are_per_province_and_year(draft):
    answer_all(draft)
    services.assessment_submit(actor=draft.created_by, assessment=draft)
    phuket = establishment(subdistrict="830101")
    a = services.assessment_start(actor=phuket.owner, establishment=phuket, version=food_version())
    answer_all(a)
    services.assessment_submit(actor=phuket.owner, assessment=a)
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert [n.split("-")[1] for n in numbers] == ["50", "83"]
    assert all(n.endswith("-000001") for n in numbers)


@pytest.mark.django_db(transaction=True)
def test_concurrent_issues_are_gap_free(geo):
    """Eight assessments submitted at once in one province: numbers 1..8, no gap, no duplicate."""
    if connection.vendor == "sqlite":
        # Justified skip: SQLite has no row locks (one writer at a time), so this race does not exist
        # there; CI runs this very test on PostgreSQL, where the SELECT ... FOR UPDATE is what counts.
        pytest.skip(
            "SQLite serialises writers itself; the row lock is exercised on PostgreSQL in CI"
        )
    drafts = []
    for n in range(8):
        place = establishment(name_th=f"ร้าน {n}", subdistrict="500105")
        d = services.assessment_start(
            actor=place.owner, establishment=place, version=food_version()
        )
        answer_all(d)
        drafts.append(d)
    errors = []

    def submit(d):
        try:
            services.assessment_submit(actor=d.created_by, assessment=d)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    numbers = sorted(int(n[-6:]) for n in Certificate.objects.values_list("number", flat=True))
    assert numbers == list(range(1, 9))


def test_photo_is_resized_and_stripped(draft):
    from PIL import Image

    item = draft.version.items.filter(evidence_required=True).first()
    services.assessment_save_answers(
        actor=draft.created_by,
        assessment=draft,
        answers={item.pk: {"value": "pass"}},
        photos={item.pk: image_upload(size=(4000, 3000), exif_gps=True)},
    )
    stored = Answer.objects.get(item=item).evidence
    with Image.open(stored.path) as img:
        assert max(img.size) == 1600
        assert not img.getexif()


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_are_accepted(draft, fmt):
    item = draft.version.items.filter(evidence_required=True).first()
    services.assessment_save_answers(
        actor=draft.created_by,
        assessment=draft,
        answers={item.pk: {"value": "pass"}},
        photos={item.pk: image_upload(name=f"p.{fmt.lower()}", fmt=fmt, size=(300, 200))},
    )
    assert Answer.objects.get(item=item).evidence.name.endswith(".jpg")


def test_too_large_file_is_refused(draft):
    from django.core.files.uploadedfile import SimpleUploadedFile

    item = draft.version.items.filter(evidence_required=True).first()
    big = SimpleUploadedFile("big.jpg", b"\xff" * (5 * 1024 * 1024 + 1), content_type="image/jpeg")
    with pytest.raises(ValidationError, match="5 MB"):
        services.assessment_save_answers(
            actor=draft.created_by,
            assessment=draft,
            answers={item.pk: {"value": "pass"}},
            photos={item.pk: big},
        )


def test_someone_elses_assessment_is_not_found(client, draft):
    client.force_login(operator())
    assert client.get(f"/my/assessments/{draft.pk}/step/1/").status_code == 404
    assert client.get(f"/my/assessments/{draft.pk}/review/").status_code == 404
    assert Assessment.objects.count() == 1
