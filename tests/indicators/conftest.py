import datetime

import pytest

from tests.factories import member
from tscplus.accounts.choices import Role
from tscplus.core import clock
from tscplus.indicators.models import Indicator


@pytest.fixture
def lo(db):
    """The seeded indicator of FY 2570 (loaded by the migration), with a responsible reporter."""
    indicator = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
    reporter = member(Role.INDICATOR_REPORTER)
    indicator.responsible.add(reporter)
    indicator.reporter = reporter
    return indicator


@pytest.fixture
def approver(db):
    return member(Role.REPORT_APPROVER)


@pytest.fixture
def on_day():
    """Run a block on a given day in Thailand: `with on_day(2026, 11, 8): ...`."""

    def at(year, month, day, hour=9):
        return clock.fixed_at(clock.local_datetime(datetime.date(year, month, day), hour))

    return at
