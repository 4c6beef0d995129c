"""Shared test set-up: real database (SQLite or PostgreSQL from DATABASE_URL), real templates,
huey in immediate mode for unit tests, browser journeys last (they flush the database)."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Property tests: no per-example deadline (a shared 2-core CI machine is slow at times, and speed
# is measured by the benchmarks, not by tests). In CI the examples are derandomized, so a run is
# repeatable; on a developer's machine they are random, to keep exploring.
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_collection_modifyitems(config, items):
    # Live-server tests, and any other test on a real transaction, empty every table when they
    # finish; running them last keeps the geography and the reference data that the migrations
    # loaded for all the other tests (the browser journeys load them again, see e2e/conftest.py).
    def empties_tables(item) -> int:
        if item.get_closest_marker("e2e") is not None:
            return 2
        marker = item.get_closest_marker("django_db")
        transactional = "transactional_db" in getattr(item, "fixturenames", ()) or bool(
            marker and marker.kwargs.get("transaction")
        )
        return 1 if transactional else 0

    items.sort(key=empties_tables)


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _thai_by_default():
    """Each test starts in the default language, whatever the previous request activated."""
    from django.utils import translation

    translation.activate("th")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _steady_rate_windows(monkeypatch):
    """The page limits count in fixed windows of the clock (`core.ratelimit`). A test runs at one
    moment of it, so a window cannot turn over between its requests and reset a count mid-test."""
    from types import SimpleNamespace

    from tscplus.core import ratelimit

    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))


@pytest.fixture(autouse=True)
def _search_reads_afresh():
    """Search keeps the index's size and the synonym dictionary for a minute in each process:
    each test reads its own database's."""
    from tscplus.search import backends, synonyms

    backends.forget_count()
    synonyms.forget()
    yield
    backends.forget_count()
    synonyms.forget()


@pytest.fixture(autouse=True)
def _clean_cache():
    from django.core.cache import caches

    for name in ("default", "local"):
        caches[name].clear()
    yield
    for name in ("default", "local"):
        caches[name].clear()


@pytest.fixture(autouse=True, scope="session")
def _huey_immediate():
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield
    HUEY.immediate = False


@pytest.fixture(autouse=True)
def _job_errors_fail_the_test():
    """Immediate mode keeps a job's exception in its result, where nobody looks: a job that fails
    during a test (a page's on-commit indexing, say) fails the test instead of passing unseen."""
    from huey.contrib.djhuey import HUEY
    from huey.signals import SIGNAL_ERROR

    errors = []

    def record(signal, task, exc=None):
        errors.append(f"{task.name}: {exc!r}")

    HUEY.signal(SIGNAL_ERROR)(record)
    yield
    HUEY.disconnect_signal(record, SIGNAL_ERROR)
    assert not errors, f"a job failed during the test: {errors}"


@pytest.fixture
def geo(db):
    """The geography the migration loads (reloaded if a live-server test emptied the tables)."""
    from tscplus.core.geography import geography_sync_current
    from tscplus.core.models import Province

    if not Province.objects.exists():
        geography_sync_current()


# --- Indicators: the seeded indicator with a responsible reporter, an approver, the clock --------


@pytest.fixture
def lo(db):
    """The seeded indicator of FY 2570 (loaded by the migration), with a responsible reporter."""
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.indicators.models import Indicator

    indicator = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
    reporter = member(Role.INDICATOR_REPORTER)
    indicator.responsible.add(reporter)
    indicator.reporter = reporter
    return indicator


@pytest.fixture
def approver(db):
    from tests.factories import member
    from tscplus.accounts.choices import Role

    return member(Role.REPORT_APPROVER)


@pytest.fixture
def on_day():
    """Run a block on a given day in Thailand: `with on_day(2026, 11, 8): ...`."""
    import datetime

    from tscplus.core import clock

    def at(year, month, day, hour=9):
        return clock.fixed_at(clock.local_datetime(datetime.date(year, month, day), hour))

    return at


@pytest.fixture
def redis_url():
    """The real Redis the cache tests use (`TEST_REDIS_URL`); the test fails if it is down."""
    import os

    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url).ping()
    except redis.exceptions.ConnectionError:
        pytest.fail(f"Redis is not reachable at {url}; start it (see README)")
    return url


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """A real S3-compatible server over HTTP on loopback: s3rver (npm, package.json), its
    objects in files under a temporary directory (scripts/servers.py). Returns its
    OBJECT_STORE_URL; the bucket is made at start."""
    from scripts.servers import s3rver

    directory = tmp_path_factory.mktemp("s3rver")
    with s3rver(directory, "tscplus-test") as url:
        yield {"url": url, "directory": directory}


@pytest.fixture
def object_store(settings, s3_server):
    """Uploads go to the S3-compatible server for this test (core/storage.py), as on a cluster."""
    from tscplus.core.storage import object_store as store_config

    settings.OBJECT_STORE_URL = s3_server["url"]
    settings.STORAGES = {**settings.STORAGES, "default": store_config(s3_server["url"])}
    return s3_server
