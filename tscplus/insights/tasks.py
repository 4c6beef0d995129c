"""The dashboards' jobs (their times are in tscplus/tasks.py, the schedule)."""

from __future__ import annotations


def insights_refresh() -> dict:
    """The dashboards' and open statistics' figures, recomputed."""
    from tscplus.insights.services import stats_refresh

    return stats_refresh()
