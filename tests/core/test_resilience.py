"""Faults are input too: Redis that refuses or hangs is a cache miss (and limits still count),
a database that cannot answer is a 503 with Retry-After and one log line, and a job promised by a
committed change is never lost, even when the queue cannot be reached."""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid

import pytest
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client, override_settings

from tests.factories import certify, establishment, operator
from tscplus.core import outbox
from tscplus.core.breaker import CircuitBreaker
from tscplus.core.cache import RedisCache
from tscplus.core.choices import OutboxState
from tscplus.core.models import OutboxMessage


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SilentServer:
    """A TCP server that accepts connections and never answers: a Redis that hangs."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def dead_redis_cache(url: str, *, retry: float = 60.0) -> RedisCache:
    backend = RedisCache(
        url,
        {
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
            "KEY_PREFIX": uuid.uuid4().hex,
        },
    )
    backend.breaker = CircuitBreaker("redis-under-test", retry_seconds=retry)
    return backend


class TestCacheWhenRedisFails:
    def test_refused_connections_are_misses_and_the_process_keeps_its_own_copy(self, caplog):
        backend = dead_redis_cache(f"redis://127.0.0.1:{free_port()}/0")
        with caplog.at_level(logging.WARNING, logger="tscplus.dependencies"):
            assert backend.get("page") is None
            backend.set("page", b"html", timeout=60)
            assert backend.get("page") == b"html"
            assert backend.add("n", 0) and backend.incr("n") == 1 and backend.incr("n") == 2
            assert backend.get_many(["page", "x"]) == {"page": b"html"}
        assert backend.breaker.is_down
        assert [r.getMessage() for r in caplog.records].count(
            next(r.getMessage() for r in caplog.records)
        ) == 1, "the outage is logged once, not per call"

    def test_a_hanging_redis_costs_one_timeout_per_retry_period(self):
        server = SilentServer()
        try:
            backend = dead_redis_cache(f"redis://127.0.0.1:{server.port}/0", retry=60)
            started = time.monotonic()
            for _ in range(50):
                assert backend.get("page") is None
            elapsed = time.monotonic() - started
            assert len(server.accepted) == 1, "only the first call tried Redis"
            assert elapsed < 2, f"50 reads took {elapsed:.2f} s: each one waited for Redis"
        finally:
            server.close()

    def test_keys_deleted_during_an_outage_are_deleted_when_redis_is_back(self, redis_url):
        backend = dead_redis_cache(redis_url, retry=60)
        backend.breaker.on_recovery(backend.recovered)  # as the platform's breaker does
        backend.set("verify-page", b"valid", timeout=60)
        backend.breaker.failed(ConnectionError("as if Redis had gone"))
        backend.delete("verify-page")  # the certificate was suspended meanwhile
        backend.breaker._retry_at = 0  # the retry period is over
        assert backend.get("other") is None  # the first answer after the outage...
        assert backend._cache.get(backend.make_key("verify-page"), None) is None  # ...deleted it


@pytest.fixture
def redis_away(settings):
    """The platform's cache is a Redis that refuses connections."""
    from tscplus.core.breaker import redis_breaker

    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "tscplus.core.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
        },
    }
    yield
    redis_breaker.succeeded()


@pytest.mark.django_db
class TestPagesWhenRedisIsDown:
    def test_the_qr_page_answers_from_the_database_and_then_from_memory(
        self, redis_away, client, django_assert_num_queries
    ):
        place = establishment(owner=operator())
        certificate = certify(place).certificate
        first = client.get(f"/v/{certificate.verify_token}")
        assert first.status_code == 200 and certificate.number in first.content.decode()
        with django_assert_num_queries(0):
            again = client.get(f"/v/{certificate.verify_token}")
        assert again.status_code == 200 and again.content == first.content

    def test_page_limits_still_refuse(self, redis_away):
        from tscplus.core.ratelimit import rate_limit_hit

        answers = [
            rate_limit_hit(scope="t", ident="1.2.3.4", limit=3, seconds=3600) for _ in range(5)
        ]
        assert answers[:3] == [None, None, None] and all(a and a > 0 for a in answers[3:])

    def test_api_throttles_still_refuse(self, redis_away, client, monkeypatch):
        from rest_framework.throttling import SimpleRateThrottle

        rates = {**SimpleRateThrottle.THROTTLE_RATES, "anon": "3/minute"}
        monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
        codes = [client.get("/api/v1/categories/").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]


@pytest.fixture
def database_away(transactional_db):
    """The database stops answering: new connections are refused (PostgreSQL) or cannot open
    the file (SQLite). Restored after the test (a transactional test: it runs with the ones
    that empty the tables, after the others, see tests/conftest.py)."""
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-tscplus-dir/gone.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(free_port()))
    yield Client(raise_request_exception=False)
    connection.close()
    connection.settings_dict.clear()
    connection.settings_dict.update(saved)


def test_a_database_outage_answers_503_with_one_log_line_each(database_away, caplog):
    client = database_away
    with caplog.at_level(logging.INFO):
        thai = client.get("/places/")
        english = client.get("/en/places/")
        api = client.get("/api/v1/categories/", HTTP_ACCEPT_LANGUAGE="en")
    assert thai.status_code == 503 and thai["Retry-After"] == "15"
    assert "กรุณาลองใหม่" in thai.content.decode()
    assert english.status_code == 503 and "try again in a minute" in english.content.decode()
    assert api.status_code == 503 and api["Retry-After"] == "15"
    assert api.json() == {
        "errors": {"detail": "The service is briefly unavailable. Please try again in a moment."}
    }
    request_lines = [r for r in caplog.records if r.name == "django.request"]
    assert len(request_lines) == 3
    assert all(r.exc_info is None and "answered 503" in r.getMessage() for r in request_lines)
    down = [r for r in caplog.records if "database unavailable" in r.getMessage()]
    assert len(down) == 1, "the outage itself is said once"
    started = time.monotonic()
    health = client.get("/healthz")
    assert time.monotonic() - started < 1
    assert health.status_code == 503 and health.json()["database"] == "error"
    assert health["Retry-After"] == "15"


@outbox.job("tests.flaky")
def _flaky(*, fail: bool) -> None:
    if fail:
        raise RuntimeError("the mail server is down")


@pytest.mark.django_db
class TestOutbox:
    def test_a_promise_commits_with_the_change_or_not_at_all(
        self, django_capture_on_commit_callbacks
    ):
        with pytest.raises(ZeroDivisionError), transaction.atomic():
            outbox.outbox_enqueue("tests.flaky", fail=False)
            1 / 0  # noqa: B018 (the change fails)
        assert not OutboxMessage.objects.filter(name="tests.flaky").exists()
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            message = outbox.outbox_enqueue("tests.flaky", fail=False)
        message.refresh_from_db()
        assert message.state == OutboxState.DONE and message.attempts == 1

    def test_work_promised_while_the_queue_is_down_runs_later_by_itself(
        self, monkeypatch, django_capture_on_commit_callbacks
    ):
        from huey.contrib.djhuey import HUEY
        from huey.storage import RedisStorage

        monkeypatch.setattr(HUEY, "immediate", False)
        monkeypatch.setattr(HUEY, "storage", RedisStorage(url=f"redis://127.0.0.1:{free_port()}/0"))
        with django_capture_on_commit_callbacks(execute=True):
            place = establishment(owner=operator())  # promises its risk score
        promised = OutboxMessage.objects.get(
            name="oversight.risk_refresh", payload={"establishment_id": place.pk}
        )
        assert (promised.state, promised.enqueued_at) == (OutboxState.PENDING, None)
        monkeypatch.undo()  # the queue is back
        import datetime

        from django.utils import timezone

        assert outbox.outbox_relay() == 0, "a new promise is given its own hand-over a while"
        later = timezone.now() + datetime.timedelta(seconds=31)
        assert outbox.outbox_relay(now=later) >= 1
        promised.refresh_from_db()
        assert promised.state == OutboxState.DONE
        from tscplus.oversight.models import RiskScore

        assert RiskScore.objects.filter(establishment=place).exists()

    def test_a_failing_job_is_retried_with_growing_delays_then_kept_as_failed(self, settings):
        settings.OUTBOX_MAX_ATTEMPTS = 3
        with transaction.atomic():
            message = OutboxMessage.objects.create(name="tests.flaky", payload={"fail": True})
        delays = []
        for _ in range(3):
            with pytest.raises(RuntimeError):
                outbox.outbox_run(message.pk)
            message.refresh_from_db()
            delays.append(message.next_attempt_at)
            OutboxMessage.objects.filter(pk=message.pk).update(next_attempt_at=message.created_at)
        message.refresh_from_db()
        assert message.state == OutboxState.FAILED and message.attempts == 3
        assert "the mail server is down" in message.last_error
        assert outbox.outbox_run(message.pk) == "skipped", "a failed job waits for a person"
        assert [outbox.retry_delay(n).total_seconds() for n in (1, 2, 3)] == [10, 20, 40]
        outbox.outbox_retry(message=message)
        message.refresh_from_db()
        assert message.state == OutboxState.PENDING and message.attempts == 0

    def test_a_job_handed_over_twice_runs_once(self):
        with transaction.atomic():
            message = OutboxMessage.objects.create(name="tests.flaky", payload={"fail": False})
        assert outbox.outbox_run(message.pk) == OutboxState.DONE
        assert outbox.outbox_run(message.pk) == "skipped"
        message.refresh_from_db()
        assert message.attempts == 1

    def test_the_relay_gives_back_what_a_dead_consumer_held(self, settings):
        import datetime

        from django.utils import timezone

        long_ago = timezone.now() - datetime.timedelta(
            seconds=settings.OUTBOX_RUNNING_LEASE_SECONDS + 5
        )
        message = OutboxMessage.objects.create(
            name="tests.flaky",
            payload={"fail": False},
            state=OutboxState.RUNNING,
            claimed_at=long_ago,
            attempts=1,
        )
        outbox.outbox_relay()
        message.refresh_from_db()
        assert message.state == OutboxState.DONE and message.attempts == 2

    def test_unknown_jobs_are_refused_at_once(self):
        with pytest.raises(LookupError):
            outbox.outbox_enqueue("tests.nobody")


def test_redis_cache_setting_has_short_timeouts():
    with override_settings(REDIS_URL="redis://x"):
        pass
    from django.conf import settings

    assert settings.REDIS_TIMEOUT <= 1
    assert caches["local"] is not None


@pytest.mark.django_db
class TestDailyJobsCatchUp:
    def test_the_last_due_time_is_today_or_yesterday(self):
        import datetime

        from tscplus.core.periodic import last_due

        now = datetime.datetime(2026, 12, 4, 17, 0, tzinfo=datetime.UTC)
        assert last_due(17, 5, now) == datetime.datetime(2026, 12, 3, 17, 5, tzinfo=datetime.UTC)
        assert last_due(16, 0, now) == datetime.datetime(2026, 12, 4, 16, 0, tzinfo=datetime.UTC)

    def test_a_job_missed_in_an_outage_runs_once_when_the_consumer_is_back(self):
        import datetime

        from django.utils import timezone

        from tscplus.core.models import PeriodicRun
        from tscplus.core.periodic import DAILY, periodic_catch_up

        now = timezone.now()
        for name in DAILY:
            PeriodicRun.objects.create(name=name, last_run_at=now)
        PeriodicRun.objects.filter(name="sessions_clear").update(
            last_run_at=now - datetime.timedelta(days=2)
        )
        assert periodic_catch_up(now=now) == ["sessions_clear"]
        assert PeriodicRun.objects.get(name="sessions_clear").last_run_at > now
        assert periodic_catch_up(now=now) == [], "it ran: nothing more to catch up"

    def test_a_job_is_left_to_the_scheduler_just_after_its_time(self):
        import datetime

        from tscplus.core.periodic import DAILY, periodic_catch_up

        hour, minute, _task = DAILY["sessions_clear"]
        just_after = datetime.datetime(2026, 12, 4, hour, minute, 30, tzinfo=datetime.UTC)
        assert "sessions_clear" not in periodic_catch_up(now=just_after)


def test_the_consumer_says_redis_is_away_in_one_line():
    from redis.exceptions import ConnectionError as RedisConnectionError

    from tscplus.core.outage import QuietOutages

    try:
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    except RedisConnectionError:
        import sys

        record = logging.LogRecord(
            "huey.consumer.Worker",
            logging.ERROR,
            __file__,
            1,
            "Worker-%s: Error reading from queue",
            (1,),
            sys.exc_info(),
        )
    assert QuietOutages().filter(record) and record.exc_info is None
    assert record.getMessage() == (
        "Worker-1: Error reading from queue: ConnectionError: "
        "Error 111 connecting to 127.0.0.1:6379. Connection refused."
    )


@pytest.mark.django_db
def test_a_job_cut_off_by_a_database_outage_is_given_back_by_the_relay(monkeypatch):
    """The job fails because the database went away, and so does writing the failure down (the
    one step that stands in for the outage here: the test's own connection must survive)."""
    from django.db import OperationalError

    def cut_off() -> None:
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setitem(outbox.JOBS, "tests.cut_off", cut_off)
    message = OutboxMessage.objects.create(name="tests.cut_off")
    with monkeypatch.context() as outage:
        outage.setattr(outbox, "_record_failure", lambda message, error, **claim: cut_off())
        with pytest.raises(OperationalError):
            outbox.outbox_run(message.pk)
    message.refresh_from_db()
    assert message.state == OutboxState.RUNNING
    monkeypatch.setitem(outbox.JOBS, "tests.cut_off", lambda: None)  # back: the job can finish
    outbox.outbox_relay()
    message.refresh_from_db()
    assert message.state == OutboxState.DONE and message.attempts == 2


@pytest.mark.django_db
def test_a_new_installation_runs_no_daily_job_at_the_consumers_first_start():
    from tscplus.core.models import PeriodicRun
    from tscplus.core.periodic import DAILY, periodic_catch_up

    assert periodic_catch_up() == []
    assert set(PeriodicRun.objects.values_list("name", flat=True)) == set(DAILY)


@pytest.mark.django_db
def test_a_first_start_within_minutes_of_a_jobs_time_records_that_job_too():
    """A consumer may first start a minute after a job's time: the job is still recorded, not left
    for the next start (CI once started at 00:01 UTC and missed one)."""
    import datetime

    from tscplus.core.models import PeriodicRun
    from tscplus.core.periodic import DAILY, periodic_catch_up

    name, (hour, minute, _task) = next(iter(DAILY.items()))
    now = datetime.datetime(2026, 12, 6, hour, minute, tzinfo=datetime.UTC)
    now += datetime.timedelta(minutes=1)
    assert periodic_catch_up(now=now) == []
    assert PeriodicRun.objects.filter(name=name).exists()
    assert set(PeriodicRun.objects.values_list("name", flat=True)) == set(DAILY)


def test_whoever_notices_redis_is_back_the_cache_catches_up(redis_url, settings):
    """The job queue's hand-over may be the first to reach Redis again: the cache's deletes made
    meanwhile are replayed all the same."""
    from tscplus.core.breaker import redis_breaker

    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "tscplus.core.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": uuid.uuid4().hex,
        },
    }
    backend = caches["default"]
    backend.set("verify-page", b"valid", timeout=60)
    redis_breaker.failed(ConnectionError("as if Redis had gone"))
    try:
        backend.delete("verify-page")
    finally:
        redis_breaker.succeeded()  # noticed by someone else (the outbox's hand-over)
    assert backend._cache.get(backend.make_key("verify-page"), None) is None


@pytest.mark.django_db
def test_a_bug_in_sql_is_not_an_outage():
    """A missing table (an OperationalError on SQLite) stays a 500 with its traceback."""
    from django.db import DatabaseError

    from tscplus.core.outage import is_outage

    with (
        pytest.raises(DatabaseError) as raised,
        transaction.atomic(),
        connection.cursor() as cur,
    ):
        cur.execute("SELECT * FROM tscplus_no_such_table")
    assert not is_outage(raised.value)


@pytest.mark.django_db
def test_a_job_that_keeps_taking_its_consumer_down_stops_at_the_limit(settings):
    import datetime

    from django.utils import timezone

    lapsed = timezone.now() - datetime.timedelta(seconds=settings.OUTBOX_RUNNING_LEASE_SECONDS + 5)
    message = OutboxMessage.objects.create(
        name="tests.flaky",
        payload={"fail": False},
        state=OutboxState.RUNNING,
        claimed_at=lapsed,
        attempts=settings.OUTBOX_MAX_ATTEMPTS,
    )
    outbox.outbox_relay()
    message.refresh_from_db()
    assert message.state == OutboxState.FAILED and "stopped" in message.last_error
