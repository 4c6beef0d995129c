"""Contract test: Schemathesis generates requests for every operation of `/api/schema/` (a bounded
number of examples each) and checks that none is a server error and that every documented answer
matches its schema. Run as an administrator with a write token, so writes are exercised too."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tscplus.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def admin_key(db):
    from tests.factories import member
    from tscplus.accounts.choices import Role
    from tscplus.accounts.services import api_token_create

    _token, key = api_token_create(
        actor=member(Role.ADMINISTRATOR), name="contract", scopes=["write"]
    )
    return key


@pytest.fixture(autouse=True)
def _connection_stays_open():
    """The app is called directly (WSGI), not through Django's test client: like the client, keep
    the end of each request from closing the test's database connection."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _no_throttling(settings):
    rest = dict(settings.REST_FRAMEWORK)
    rest["DEFAULT_THROTTLE_CLASSES"] = []
    settings.REST_FRAMEWORK = rest


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_contract(case, admin_key):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {admin_key}"},
        checks=[not_a_server_error, response_schema_conformance],
    )
