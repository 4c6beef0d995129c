"""Demo figures: the dashboards computed from the demo data (the job recomputes them every ten
minutes in a running platform)."""

from tscplus.insights.services import stats_refresh


def load() -> None:
    stats_refresh()
