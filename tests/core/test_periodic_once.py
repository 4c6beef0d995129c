"""Each periodic job is queued once per minute however many consumers run the scheduler
(core/queue.py), against the real Redis."""

import datetime
import socket
import uuid

from huey import crontab

from tscplus.core.queue import OncePerMinuteRedisHuey

MINUTE = datetime.datetime(2026, 12, 7, 1, 30, 5)  # noqa: DTZ001 (huey's clock: naive UTC)


def scheduler(name: str, url: str) -> OncePerMinuteRedisHuey:
    """One consumer's huey, with the platform's every-minute job declared on it."""
    huey = OncePerMinuteRedisHuey(name, url=url, utc=True)
    huey.periodic_task(crontab(minute="*"), name="consumer_heartbeat")(lambda: None)
    huey.periodic_task(crontab(minute="*/5"), name="every_five")(lambda: None)
    return huey


def names(tasks) -> list[str]:
    return sorted(task.name for task in tasks)


def test_two_consumers_queue_each_job_once_per_minute(redis_url):
    name = f"tscplus-test-{uuid.uuid4().hex[:8]}"
    first, second = scheduler(name, redis_url), scheduler(name, redis_url)
    try:
        # Both check the same minute, a few seconds apart: only the first queues the job.
        assert names(first.read_periodic(MINUTE)) == ["consumer_heartbeat", "every_five"]
        later = MINUTE + datetime.timedelta(seconds=40)
        assert second.read_periodic(later) == []
        # The next minute, whoever checks first queues it (and only what is due then).
        next_minute = MINUTE + datetime.timedelta(minutes=1)
        assert names(second.read_periodic(next_minute)) == ["consumer_heartbeat"]
        assert first.read_periodic(next_minute) == []
    finally:
        first.storage.conn.delete(*first.storage.conn.keys(f"huey.periodic.{name}.*"))


def test_another_queue_name_is_another_schedule(redis_url):
    names_ = [f"tscplus-test-{uuid.uuid4().hex[:8]}" for _ in range(2)]
    one, other = (scheduler(name, redis_url) for name in names_)
    try:
        assert len(one.read_periodic(MINUTE)) == len(other.read_periodic(MINUTE)) == 2
    finally:
        for name in names_:
            one.storage.conn.delete(*one.storage.conn.keys(f"huey.periodic.{name}.*"))


def test_redis_away_queues_nothing_and_says_so(caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens there once the probe is closed
    huey = scheduler("tscplus-test-away", f"redis://127.0.0.1:{port}/0")
    assert huey.read_periodic(MINUTE) == []
    assert "not queued" in caplog.text
