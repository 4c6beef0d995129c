"""The database router on a real primary and streaming replica (core/db_router.py)."""

import time

import pytest
from django.core.cache import caches
from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import certify, establishment
from tests.reference import reference_data_loaded
from tscplus.core import db_router

pytestmark = [pytest.mark.django_db(transaction=True, databases="__all__")]


def replicated(check, seconds=10.0):
    """Wait until the replica has replayed what the primary committed."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError("the replica did not catch up")


@pytest.fixture
def place():
    reference_data_loaded()  # the test before emptied every table
    found = establishment(name_th="ร้านบนสำเนา", subdistrict="500105")
    certify(found)
    with connections["replica1"].cursor() as cursor:

        def seen():
            cursor.execute("SELECT 1 FROM places_establishment WHERE id = %s", [found.pk])
            return cursor.fetchone() is not None

        replicated(seen)
    db_router.health.refresh()
    return found


def reads(client, url, **kwargs):
    """The page, and how many queries it made on the primary and on the replica, from scratch
    (each database's connection already open, nothing cached)."""
    client.get(url, **kwargs)
    for cache in caches.all():
        cache.clear()
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica1"]) as replica,
    ):
        answer = client.get(url, **kwargs)
    assert answer.status_code == 200
    return answer, len(primary), len(replica)


def test_the_registry_is_read_from_the_replica_and_no_query_is_added(client, place):
    answer, on_primary, on_replica = reads(client, reverse("places:registry"))
    assert "ร้านบนสำเนา" in answer.content.decode()
    assert on_replica > 0 and on_primary == 0
    # The same page read from the primary (this browser just wrote) makes as many queries.
    client.cookies[db_router.WROTE_COOKIE] = "1"
    _, on_primary_after_a_write, on_replica_after = reads(client, reverse("places:registry"))
    assert (on_primary_after_a_write, on_replica_after) == (on_replica, 0)


def test_a_write_leaves_a_cookie_that_keeps_reads_on_the_primary(client, place, settings):
    answer = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert answer.cookies[db_router.WROTE_COOKIE]["max-age"] == settings.READ_YOUR_WRITES_SECONDS


def test_pages_not_marked_may_lag_stay_on_the_primary(client, place):
    _, on_primary, on_replica = reads(client, "/api/v1/provinces/")
    assert on_replica == 0 and on_primary > 0


def test_a_replica_that_lags_beyond_the_bound_is_skipped(client, place, settings):
    settings.REPLICA_MAX_LAG_SECONDS = 0.5
    with connections["replica1"].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
    try:
        establishment(name_th="ร้านใหม่", subdistrict="500105")  # replay stops behind this
        time.sleep(1.0)
        assert db_router.health.refresh() == ()
        _, on_primary, on_replica = reads(client, reverse("places:registry"))
        assert on_replica == 0 and on_primary > 0
    finally:
        with connections["replica1"].cursor() as cursor:
            cursor.execute("SELECT pg_wal_replay_resume()")
    replicated(lambda: db_router.health.refresh() == ("replica1",))
