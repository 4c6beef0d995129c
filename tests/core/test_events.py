"""Domain events (core/events.py): a lower pillar announces, a higher one hears it after the
commit, through the outbox, and a listener's failure never touches the announcer's write."""

from __future__ import annotations

import pytest
from django.db import transaction

from tests.factories import establishment, operator
from tscplus.core import events, outbox
from tscplus.core.choices import OutboxState
from tscplus.core.models import OutboxMessage

HEARD: list[dict] = []

THING_HAPPENED = events.event("tests.thing_happened", "thing_id", "colour")


@outbox.job("tests.thing_heard")
def _heard(*, thing_id: int) -> None:
    if thing_id < 0:
        raise RuntimeError("the listener is broken")
    HEARD.append({"thing_id": thing_id})


events.subscribe(THING_HAPPENED, "tests.thing_heard")


@pytest.fixture(autouse=True)
def _forget():
    HEARD.clear()
    yield
    HEARD.clear()


def test_an_event_is_declared_once_with_its_fields():
    assert events.event("tests.thing_happened", "thing_id", "colour") is not None
    with pytest.raises(ValueError, match="declared twice"):
        events.event("tests.thing_happened", "thing_id")


def test_a_subscriber_must_name_a_job_that_takes_only_what_the_event_carries():
    with pytest.raises(LookupError, match="no job"):
        events.subscribe(THING_HAPPENED, "tests.nobody")

    @outbox.job("tests.wants_more")
    def _wants_more(*, thing_id: int, size: int) -> None: ...

    with pytest.raises(TypeError, match="size"):
        events.subscribe(THING_HAPPENED, "tests.wants_more")
    undeclared = events.Event(name="tests.never_declared", fields=("x",))
    with pytest.raises(LookupError, match="no event"):
        events.subscribe(undeclared, "tests.thing_heard")


def test_an_announcement_carries_exactly_the_declared_fields():
    with pytest.raises(TypeError, match="carries"):
        events.announce(THING_HAPPENED, thing_id=1)


@pytest.mark.django_db
def test_subscribers_hear_after_the_commit_and_only_what_they_take(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks, transaction.atomic():
        assert events.announce(THING_HAPPENED, thing_id=7, colour="red") == 1
        assert HEARD == [], "nothing is heard before the commit"
    message = OutboxMessage.objects.get(name="tests.thing_heard")
    assert message.payload == {"thing_id": 7}
    for callback in callbacks:
        callback()
    assert HEARD == [{"thing_id": 7}]


@pytest.mark.django_db
def test_a_rolled_back_change_announces_nothing():
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        events.announce(THING_HAPPENED, thing_id=8, colour="blue")
        1 / 0  # noqa: B018 (the change fails)
    assert not OutboxMessage.objects.filter(name="tests.thing_heard").exists()


@pytest.mark.django_db
def test_a_failing_subscriber_keeps_the_announcers_write_and_is_retried():
    with transaction.atomic():
        place = establishment(owner=operator())
        events.announce(THING_HAPPENED, thing_id=-1, colour="green")
    message = OutboxMessage.objects.get(name="tests.thing_heard")
    with pytest.raises(RuntimeError, match="the listener is broken"):
        outbox.outbox_run(message.pk)  # what the consumer does after the commit
    place.refresh_from_db()  # the announcer's write stands
    message.refresh_from_db()
    assert message.state == OutboxState.PENDING and message.attempts == 1
    assert "the listener is broken" in message.last_error
    assert message.next_attempt_at > message.created_at, "it is tried again later"


def test_the_platforms_pillars_subscribe_to_what_moves_them():
    heard = events.subscriptions()
    for moved in (
        "place_registered",
        "place_changed",
        "assessment_submitted",
        "certificate_status_changed",
        "complaint_filed",
        "complaint_status_changed",
    ):
        assert "oversight.risk_refresh" in heard[moved], moved
    assert heard["places_imported"] == ["oversight.risk_score_unscored"]
    assert heard["standard_version_activated"] == ["assessments.version_replaced"]
