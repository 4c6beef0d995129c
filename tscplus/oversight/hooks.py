"""What other services call when their change moves a place's risk score. Kept apart from
`services.py`, with no imports at load time, so that any app may import it without a cycle."""

from __future__ import annotations

from tscplus.core.outbox import outbox_enqueue


def risk_refresh_soon(*, establishment_id: int) -> None:
    """After the current transaction, recompute one place's score in the job queue."""
    outbox_enqueue("oversight.risk_refresh", establishment_id=establishment_id)


def risk_score_new_places_soon() -> None:
    """After the current transaction, score every place that has no score yet (a bulk import
    writes thousands at once; the officers' queue must rank them before the nightly run)."""
    outbox_enqueue("oversight.risk_score_unscored")
