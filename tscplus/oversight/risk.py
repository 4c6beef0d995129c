"""The risk score of a place, in one place: which places an area officer should look at first.

Each factor is a number from 0 (no concern) to 1 (most concern); the score is the weighted sum of
the factors, with weights administrators edit (`RiskWeights`, defaults below), scaled to 0-100 by
the sum of the weights. The two or three factors that add the most are the row's reasons.

- essential_failed: essential items failed in the place's last submitted assessment (3 or more = 1)
- low_score: how far the last self-assessment score is below 100 %
- low_ratings: how far the public's weighted average is below 5 stars, only with enough ratings
- complaints: complaints still open (3 or more = 1)
- inspection_age: time since the last inspection (never, or a year or more = 1)
- certificate: no certificate, or expired, suspended or revoked = 1; re-assessment due = 0.7;
  a valid one counts by its age (a year old = 0.5)
- category: the inherent risk of the kind of place (crowds indoors, food, close contact)
- corrections_overdue: a corrections case still open past its deadline (one is enough = 1)
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

FACTORS = (
    "essential_failed",
    "low_score",
    "low_ratings",
    "complaints",
    "inspection_age",
    "certificate",
    "category",
    "corrections_overdue",
)
DEFAULT_WEIGHTS = {
    "essential_failed": 3.0,
    "low_score": 2.0,
    "low_ratings": 1.5,
    "complaints": 2.5,
    "inspection_age": 1.0,
    "certificate": 2.0,
    "category": 1.0,
    "corrections_overdue": 2.0,
}
LABELS = {
    "essential_failed": _("essential items failed"),
    "low_score": _("low self-assessment score"),
    "low_ratings": _("low public ratings"),
    "complaints": _("open complaints"),
    "inspection_age": _("not inspected recently"),
    "certificate": _("no valid certificate"),
    "category": _("higher-risk kind of place"),
    "corrections_overdue": _("corrections overdue"),
}
# Inherent risk of each setting group: crowds indoors and close contact first.
GROUP_RISK = {
    "entertainment": 1.0,
    "personal-care": 0.8,
    "market": 0.8,
    "food": 0.7,
    "sport-tourism": 0.6,
    "accommodation": 0.6,
    "transport": 0.6,
    "education": 0.6,
    "retail": 0.5,
    "religious": 0.5,
    "workplace": 0.4,
}
DEFAULT_GROUP_RISK = 0.5
CERTIFICATE_RISK = {
    "none": 1.0,
    "expired": 1.0,
    "suspended": 1.0,
    "revoked": 1.0,
    "reassessment_due": 0.7,
}


@dataclass(frozen=True)
class Facts:
    """What is known of a place, as the refresh reads it."""

    essential_failed: int = 0
    last_score: float | None = None  # percent, of the last submitted self-assessment
    rating_count: int = 0
    rating_average: float | None = None  # weighted, 1-5
    open_complaints: int = 0
    days_since_inspection: int | None = None  # None: never inspected
    certification: str = "none"
    certificate_age_days: int | None = None
    group: str = ""
    corrections_overdue: int = 0  # open corrections cases past their deadline


def factors(facts: Facts, *, enough_ratings: int) -> dict[str, float]:
    # The ratings' average counts once there are enough of them.
    average = facts.rating_average if facts.rating_count >= enough_ratings else None
    days = facts.days_since_inspection
    if facts.certification == "certified":
        certificate = min(1.0, (facts.certificate_age_days or 0) / 730)
    else:
        certificate = CERTIFICATE_RISK.get(facts.certification, 1.0)
    return {
        "essential_failed": min(1.0, facts.essential_failed / 3),
        "low_score": 0.0 if facts.last_score is None else max(0.0, (100 - facts.last_score) / 100),
        "low_ratings": 0.0 if average is None else max(0.0, (5 - average) / 4),
        "complaints": min(1.0, facts.open_complaints / 3),
        "inspection_age": 1.0 if days is None else min(1.0, days / 365),
        "certificate": certificate,
        "category": GROUP_RISK.get(facts.group, DEFAULT_GROUP_RISK),
        "corrections_overdue": min(1.0, float(facts.corrections_overdue)),
    }


def score(
    facts: Facts, weights: dict[str, float], *, enough_ratings: int
) -> tuple[float, list[str]]:
    """The score (0-100) and the codes of the factors that add the most (at most three)."""
    values = factors(facts, enough_ratings=enough_ratings)
    total_weight = sum(max(0.0, weights.get(f, 0.0)) for f in FACTORS) or 1.0
    parts = {f: max(0.0, weights.get(f, 0.0)) * values[f] for f in FACTORS}
    reasons = [f for f, part in sorted(parts.items(), key=lambda kv: -kv[1]) if part > 0][:3]
    return round(100 * sum(parts.values()) / total_weight, 2), reasons
