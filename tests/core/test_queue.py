"""The job queue for real: a `tscplus run_huey` consumer process runs a job enqueued here, once
with SQLite storage (the embedded default) and once with Redis (when REDIS_URL is set)."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from huey.contrib.djhuey import HUEY
from huey.storage import RedisStorage, SqliteStorage

from tscplus import tasks
from tscplus.core import health

pytestmark = pytest.mark.consumer

ROOT = Path(__file__).resolve().parents[2]


def redis_url() -> str:
    return os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(params=["sqlite", "redis"])
def consumer(request, tmp_path):
    name = f"tscplus-test-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "HUEY_SQLITE_PATH")}
    env.update(
        HUEY_NAME=name, DJANGO_SETTINGS_MODULE="tscplus.settings", TSCPLUS_VAR_DIR=str(tmp_path)
    )
    if request.param == "sqlite":
        path = str(tmp_path / "huey.sqlite3")
        env["HUEY_SQLITE_PATH"] = path
        storage = SqliteStorage(name, filename=path)
    else:
        import redis

        try:
            redis.Redis.from_url(redis_url()).ping()
        except redis.exceptions.ConnectionError:
            pytest.fail(f"Redis is not reachable at {redis_url()}; start it (see README)")
        env["REDIS_URL"] = redis_url()
        storage = RedisStorage(name, url=redis_url())
    proc = subprocess.Popen(
        [sys.executable, "-m", "tscplus", "run_huey", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    saved = HUEY.storage
    HUEY.immediate = False
    HUEY.storage = storage
    try:
        yield request.param
    finally:
        HUEY.storage.flush_all()
        HUEY.storage = saved
        HUEY.immediate = True
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_for(predicate, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_real_consumer_runs_the_heartbeat_job(consumer):
    assert health.consumer_last_seen() is None
    assert health.queue_status() == "ok"
    tasks.consumer_heartbeat()  # enqueued; the consumer process runs it
    assert wait_for(lambda: health.consumer_last_seen() is not None, 30), "the consumer ran no job"
    # The consumer's own scheduler may enqueue periodic jobs at a minute's turn (every minute,
    # every five): the queue must drain, not be empty at one instant.
    assert wait_for(lambda: HUEY.pending_count() == 0, 30), "the queue did not drain"


def test_immediate_mode_in_unit_tests():
    assert HUEY.immediate
    tasks.consumer_heartbeat()
    assert health.consumer_last_seen() is not None
