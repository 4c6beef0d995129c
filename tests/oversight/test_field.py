"""Offline field work, the server's half (issue 17): the kit an officer takes offline, and the
record a phone sends later: written whole or not at all, once per idempotency key, and never over
a change it did not see (each conflict answered 409 for the officer to decide)."""

import json

import pytest
from django.urls import reverse

from tests.factories import certify, establishment, image_upload, member
from tscplus.accounts.choices import Role
from tscplus.accounts.models import Membership
from tscplus.accounts.services import membership_end
from tscplus.assessments import services as assessment_services
from tscplus.assessments.models import Assessment, Certificate
from tscplus.core import clock
from tscplus.core.models import AuditEvent, IdempotencyReceipt, Notification
from tscplus.oversight import services
from tscplus.oversight.choices import Decision, InspectionStatus
from tscplus.oversight.models import Inspection
from tscplus.standards import services as standard_services

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def place():
    place = establishment(name_th="ร้านภาคสนาม", subdistrict="500105")
    certify(place)
    return place


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


@pytest.fixture
def visit(place, officer):
    return services.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=clock.today()
    )


def _kit(client, officer, visit):
    client.force_login(officer)
    response = client.get(reverse("api-field-kit", args=[visit.pk]), HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200, response.content
    return response.json()


def _payload(kit, *, fail=(), decision="confirm", reason="", **extra):
    items = [i for s in kit["checklist"]["sections"] for i in s["items"]]
    return {
        "answers": [
            {"item": i["id"], "value": "fail" if i["code"] in fail else "pass", "note": ""}
            for i in items
        ],
        "decision": decision,
        "reason": reason,
        "corrections_due": None,
        "visited_at": "2026-12-06T09:30:00+07:00",
        "recorded_offline_at": "2026-12-06T09:45:00+07:00",
        "location": {"lat": 18.788344, "lng": 98.985321, "accuracy": 12.4},
        "basis": kit["basis"],
        "confirm": [],
        **extra,
    }


def _photos(kit):
    """A photo for every item that needs one to pass (the phone shrinks them before storing)."""
    items = [i for s in kit["checklist"]["sections"] for i in s["items"]]
    return {f"photo_{i['id']}": image_upload(size=(640, 480)) for i in items if i["photo_required"]}


def _send(client, kit, payload, *, key="key-0001-abcdefgh", photos=None):
    data = {"payload": json.dumps(payload), **(photos if photos is not None else _photos(kit))}
    return client.post(kit["record_url"], data, HTTP_IDEMPOTENCY_KEY=key, HTTP_ACCEPT_LANGUAGE="en")


def test_the_kit_holds_what_the_visit_needs(client, place, officer, visit):
    kit = _kit(client, officer, visit)
    certificate = Certificate.objects.get()
    assert kit["place"]["name"] == "ร้านภาคสนาม"
    # The checklist of the standard the place is certified against, by section.
    assert kit["checklist"]["version_id"] == certificate.version_id
    codes = [i["code"] for s in kit["checklist"]["sections"] for i in s["items"]]
    assert len(codes) == certificate.version.items.count()
    assert kit["last_result"]["passed"] is True and kit["last_result"]["failed"] == []
    assert kit["certificate"]["number"] == certificate.number
    assert kit["open_cases"] == []
    assert kit["basis"]["certificate_id"] == certificate.pk
    assert kit["basis"]["certificate_status"] == "valid"
    # Dates for people are Buddhist Era.
    assert str(clock.today().year + 543) in kit["visit"]["planned_for_display"]
    listed = client.get(reverse("api-field-visits")).json()["results"]
    assert [v["id"] for v in listed] == [visit.pk]


def test_another_officers_visit_and_an_owner_get_nothing(client, place, visit):
    other = member(Role.AREA_OFFICER, province="50")
    client.force_login(other)
    assert client.get(reverse("api-field-kit", args=[visit.pk])).status_code == 404
    client.force_login(place.owner)
    assert client.get(reverse("api-field-kit", args=[visit.pk])).status_code in (403, 404)
    assert client.get(reverse("api-field-visits")).status_code in (403, 404)


def test_a_record_made_offline_is_written_whole_with_its_time_and_place(
    client, place, officer, visit, django_capture_on_commit_callbacks
):
    kit = _kit(client, officer, visit)
    payload = _payload(kit, fail=("1.3",), decision="corrections", reason="ติดป้ายเว้นระยะ")
    with django_capture_on_commit_callbacks(execute=True):
        response = _send(client, kit, payload)
    assert response.status_code == 201, response.content
    visit.refresh_from_db()
    assert visit.status == InspectionStatus.DONE and visit.decision == Decision.CORRECTIONS
    assert visit.assessment.status == "submitted" and visit.assessment.kind == "inspection"
    assert visit.recorded_offline_at.isoformat() == "2026-12-06T02:45:00+00:00"
    assert visit.synced_at is not None and visit.synced_at >= visit.recorded_offline_at
    assert str(visit.latitude) == "18.788344" and visit.location_accuracy_m == 12
    photos = visit.assessment.answers.exclude(evidence="")
    assert photos.count() == len(_photos(kit))
    audit = AuditEvent.objects.get(verb="inspection.recorded", object_id=str(visit.pk))
    assert audit.after["recorded_offline_at"].startswith("2026-12-06T09:45")
    assert audit.after["synced_at"] and audit.after["location"] is True
    # The owner hears the decision, as after a visit recorded online.
    assert Notification.objects.filter(user=place.owner, title__contains="ร้านภาคสนาม").exists()
    assert response.json()["link"] == reverse("oversight:inspection", args=[visit.pk])


def test_a_replay_of_the_same_key_creates_nothing_twice(client, officer, visit):
    kit = _kit(client, officer, visit)
    payload = _payload(kit)
    first = _send(client, kit, payload)
    again = _send(client, kit, payload)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert Assessment.objects.filter(kind="inspection").count() == 1
    assert AuditEvent.objects.filter(verb="inspection.recorded").count() == 1
    assert IdempotencyReceipt.objects.filter(user=officer).count() == 1


def test_a_record_without_a_key_or_with_a_bad_body_is_refused_whole(client, officer, visit):
    kit = _kit(client, officer, visit)
    data = {"payload": json.dumps(_payload(kit)), **_photos(kit)}
    no_key = client.post(kit["record_url"], data, HTTP_ACCEPT_LANGUAGE="en")
    assert no_key.status_code == 400 and "Idempotency-Key" in no_key.json()["errors"]["detail"]
    bad = _payload(kit)
    bad["answers"][0]["value"] = "maybe"
    refused = _send(client, kit, bad, key="key-bad-answer-01")
    assert refused.status_code == 400 and "answers" in refused.json()["errors"]
    not_json = client.post(
        kit["record_url"], {"payload": "{"}, HTTP_IDEMPOTENCY_KEY="key-not-json-01"
    )
    assert not_json.status_code == 400 and "payload" in not_json.json()["errors"]
    # A checklist answered but missing a photo an item asks for: refused, nothing kept.
    incomplete = _send(client, kit, _payload(kit), key="key-no-photos-01", photos={})
    assert incomplete.status_code == 400, incomplete.content
    visit.refresh_from_db()
    assert visit.status == InspectionStatus.PLANNED and visit.assessment is None
    assert not AuditEvent.objects.filter(verb="inspection.recorded").exists()
    # A refusal is kept under its key: the same item sent again is refused the same way.
    assert _send(client, kit, bad, key="key-bad-answer-01").json() == refused.json()


def test_a_certificate_changed_meanwhile_is_shown_then_recorded_when_confirmed(
    client, place, officer, visit
):
    kit = _kit(client, officer, visit)
    assessment_services.certificate_set_status(
        actor=None, certificate=Certificate.objects.get(), status="suspended", reason="ร้องเรียน"
    )
    conflict = _send(client, kit, _payload(kit), key="key-conflict-001")
    assert conflict.status_code == 409
    found = conflict.json()["errors"]["conflicts"]
    assert [c["code"] for c in found] == ["certificate_changed"] and found[0]["can_confirm"]
    assert "Suspended" in found[0]["message"] or "suspended" in found[0]["message"]
    visit.refresh_from_db()
    assert visit.assessment is None  # nothing was written
    confirmed = _send(
        client,
        kit,
        _payload(kit, decision="reinstate", reason="แก้ไขแล้ว", confirm=["certificate_changed"]),
        key="key-conflict-002",
    )
    assert confirmed.status_code == 201, confirmed.content
    assert Certificate.objects.get().status == "valid"


def test_another_officers_decision_meanwhile_keeps_both_visits(client, place, officer, visit):
    kit = _kit(client, officer, visit)
    # The same officer's visit recorded and decided from another device meanwhile.
    checklist = services.inspection_start(actor=officer, inspection=visit)
    from tests.factories import answer_all

    answer_all(checklist)
    assessment_services.assessment_submit(actor=officer, assessment=checklist)
    visit.refresh_from_db()
    services.inspection_decide(actor=officer, inspection=visit, decision="confirm")
    conflict = _send(client, kit, _payload(kit), key="key-other-0001")
    assert conflict.status_code == 409
    assert [c["code"] for c in conflict.json()["errors"]["conflicts"]] == ["recorded_by_other"]
    done = _send(client, kit, _payload(kit, confirm=["recorded_by_other"]), key="key-other-0002")
    assert done.status_code == 201, done.content
    assert Inspection.objects.filter(establishment=place, status="done").count() == 2
    assert done.json()["inspection"] != visit.pk


def test_a_place_that_left_the_area_is_never_recorded(client, place, officer, visit):
    kit = _kit(client, officer, visit)
    for membership in Membership.objects.filter(user=officer):
        membership_end(actor=None, membership=membership)
    officer._membership_cache = None
    member(Role.AREA_OFFICER, province="10", user=officer)  # now an officer of Bangkok only
    payload = _payload(kit, confirm=["out_of_area"])
    response = _send(client, kit, payload, key="key-out-of-area1")
    # Refused with the reason, even when asked to record anyway; nothing written.
    assert response.status_code == 409
    (found,) = response.json()["errors"]["conflicts"]
    assert found["code"] == "out_of_area" and not found["can_confirm"]
    assert "no longer in your area" in found["message"]
    client.force_login(officer)
    assert client.get(reverse("api-field-kit", args=[visit.pk])).status_code == 404
    assert Assessment.objects.filter(kind="inspection").count() == 0


def test_a_new_standard_version_meanwhile_is_a_conflict(
    client, place, officer, visit, django_capture_on_commit_callbacks
):
    kit = _kit(client, officer, visit)
    old = Certificate.objects.get().version
    draft = standard_services.version_copy(actor=None, version=old)
    with django_capture_on_commit_callbacks(execute=True):
        standard_services.version_activate(actor=None, version=draft)
    conflict = _send(client, kit, _payload(kit), key="key-version-0001")
    codes = {c["code"] for c in conflict.json()["errors"]["conflicts"]}
    assert conflict.status_code == 409 and "standard_changed" in codes
    confirmed = _send(client, kit, _payload(kit, confirm=sorted(codes)), key="key-version-0002")
    assert confirmed.status_code == 201, confirmed.content
    visit.refresh_from_db()
    # The answers carried to the version in force, item by item by code.
    assert visit.assessment.version_id == draft.pk
    assert visit.assessment.answers.count() == draft.items.count()
