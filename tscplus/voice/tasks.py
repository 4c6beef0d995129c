"""People Voice's jobs (their times are in tscplus/tasks.py, the schedule)."""

from __future__ import annotations


def place_ratings_refresh() -> int:
    """Rating summaries drop the ratings that left the 90-day window."""
    from tscplus.voice.services import place_ratings_refresh as refresh

    return refresh()
