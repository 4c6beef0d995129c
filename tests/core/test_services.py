"""core.services.model_update: set, validate, save the fields, audit, in one call."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from tests.factories import establishment, operator
from tscplus.core.models import AuditEvent
from tscplus.core.services import model_update
from tscplus.voice import services as voice_services

pytestmark = pytest.mark.django_db


def test_sets_saves_and_audits_what_changed():
    user = operator()
    user.full_name, user.phone = "สมชาย", "0812345678"
    user.save()
    model_update(
        instance=user,
        data={"full_name": "สมหญิง", "phone": "0812345678"},
        actor=user,
        verb="user.profile_updated",
        audited=("full_name", "phone"),
    )
    user.refresh_from_db()
    assert user.full_name == "สมหญิง"
    event = AuditEvent.objects.get(verb="user.profile_updated")
    assert event.actor_id == user.pk and event.object_id == str(user.pk)
    # Only what changed is in the log.
    assert event.before == {"full_name": "สมชาย"} and event.after == {"full_name": "สมหญิง"}


def test_invalid_data_is_refused_and_nothing_is_written():
    user = operator()
    with pytest.raises(ValidationError) as exc:
        model_update(
            instance=user,
            data={"phone": "not a phone"},
            actor=user,
            verb="user.profile_updated",
            audited=("phone",),
        )
    assert "phone" in exc.value.error_dict
    user.refresh_from_db()
    assert user.phone != "not a phone"
    assert not AuditEvent.objects.filter(verb="user.profile_updated").exists()


def test_only_the_given_fields_and_auto_now_ones_are_saved(geo):
    place = establishment(subdistrict="500105")
    complaint = voice_services.complaint_file(
        establishment=place, topic="dirty", description="ห้องน้ำสกปรก", ip="203.0.113.2"
    )
    long_ago = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    type(complaint).objects.filter(pk=complaint.pk).update(updated_at=long_ago)
    complaint.refresh_from_db()
    complaint.description = "changed in memory only"  # not in data: must not be saved
    model_update(
        instance=complaint,
        data={"resolution": "ทำความสะอาดแล้ว"},
        actor=None,
        verb="complaint.test",
        audited=("resolution",),
        clean=False,
    )
    complaint.refresh_from_db()
    assert complaint.resolution == "ทำความสะอาดแล้ว"
    assert complaint.description == "ห้องน้ำสกปรก"
    assert complaint.updated_at > long_ago  # "updated at" moves with every change
    event = AuditEvent.objects.get(verb="complaint.test")
    assert event.actor_id is None and event.after == {"resolution": "ทำความสะอาดแล้ว"}
