"""Browser journeys: Playwright drives Debian's Chromium against Django's live server."""

import os
import shutil

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"  # Debian's package
    if not os.path.exists(path):
        path = shutil.which("chromium") or path
    if not os.path.exists(path):
        pytest.fail("Chromium is missing: apt-get install chromium (or set CHROMIUM_PATH)")
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": chromium_path(),
        "args": CHROMIUM_FLAGS,
        "headless": True,
    }


@pytest.fixture(autouse=True)
def _server_before_browser(live_server, transactional_db):
    """Start the server and the database before the browser, so that the browser closes first: a
    request still in flight when the test ends must not write while the tables are being emptied.
    Once the browser is closed, the requests it left with the server are let finish (up to 10 s):
    on PostgreSQL, emptying the tables beside one deadlocks."""
    yield
    import threading
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(
        "process_request_thread" in thread.name for thread in threading.enumerate()
    ):
        time.sleep(0.05)


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's address, with the reference data the migrations load (a live-server
    test empties every table when it ends, so the next one loads them again)."""
    from tests.reference import reference_data_loaded

    reference_data_loaded()
    return live_server.url
