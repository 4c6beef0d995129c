"""The indicators' jobs (their times are in tscplus/tasks.py, the schedule)."""

from __future__ import annotations

import datetime


def indicators_daily_run(*, today: datetime.date) -> dict:
    from tscplus.indicators.services import daily_cycle

    return daily_cycle(today=today)


# Jobs that take the day they run for: the scheduler runs them for today, `tscplus run-due-jobs
# --date` replays any day.
DATED_JOBS = {"indicators_daily": indicators_daily_run}


def indicators_daily() -> dict:
    """Draft last month's report on the 1st, remind on the 1st, 5th and 8th, escalate after the
    due date (each step once)."""
    from tscplus.core import clock

    return indicators_daily_run(today=clock.today())
