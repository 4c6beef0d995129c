"""What other services call when their change moves a place's risk score. Kept apart from
`services.py`, with no imports at load time, so that any app may import it without a cycle."""

from __future__ import annotations

from django.db import transaction


def risk_refresh_soon(*, establishment_id: int) -> None:
    """After the current transaction, recompute one place's score in the job queue."""
    from tscplus.tasks import risk_refresh_place

    transaction.on_commit(lambda: risk_refresh_place(establishment_id))


def risk_score_new_places_soon() -> None:
    """After the current transaction, score every place that has no score yet (a bulk import
    writes thousands at once; the officers' queue must rank them before the nightly run)."""
    from tscplus.tasks import risk_refresh_unscored

    transaction.on_commit(lambda: risk_refresh_unscored())
