"""Writes of the officers' queue: each place's risk score (derived data, not audited)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

from tscplus.oversight import risk, selectors
from tscplus.oversight.models import RiskScore
from tscplus.voice.ratings import ENOUGH_RATINGS

BATCH = 2000


def risk_refresh(*, establishment_ids: Iterable[int] | None = None) -> int:
    """Recompute the risk scores of these places (of every open place when None); derived data,
    so not audited. Returns how many were written."""
    ids = None if establishment_ids is None else list(establishment_ids)
    weights = selectors.risk_weights()
    facts = selectors.risk_facts(ids)
    now = timezone.now()
    rows = []
    for pk, place_facts in facts.items():
        score, reasons = risk.score(place_facts, weights, enough_ratings=ENOUGH_RATINGS)
        values = risk.factors(place_facts, enough_ratings=ENOUGH_RATINGS)
        rows.append(
            RiskScore(
                establishment_id=pk,
                score=score,
                reasons=reasons,
                factors={k: round(v, 3) for k, v in values.items()},
                refreshed_at=now,
            )
        )
    RiskScore.objects.bulk_create(
        rows,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["establishment"],
        update_fields=["score", "reasons", "factors", "refreshed_at"],
    )
    return len(rows)


def risk_refresh_unscored() -> int:
    """Score the open places that have no score yet, a batch at a time."""
    unscored = selectors.places_unscored()
    written = 0
    while ids := list(unscored.values_list("pk", flat=True)[:BATCH]):
        done = risk_refresh(establishment_ids=ids)
        written += done
        if done < len(ids):  # cannot happen for open places; never loop on what is not scored
            break
    return written
