"""How ratings add up, in one place.

- A rating from a verified visit (made after scanning the certificate's QR code at the place)
  weighs VERIFIED_WEIGHT times one made from the web.
- Summaries cover the last WINDOW_DAYS and published ratings only.
- Rankings use a Bayesian average: the place's ratings pulled towards PRIOR_MEAN as if PRIOR_WEIGHT
  neutral ratings had been added, so that three fives (3.46) do not beat three hundred fours (3.97).
"""

from __future__ import annotations

from dataclasses import dataclass, field

VERIFIED_WEIGHT = 2
WINDOW_DAYS = 90
PRIOR_MEAN = 3.0
PRIOR_WEIGHT = 10
# Below this many ratings a summary is shown but not trusted for risk (oversight reads this).
ENOUGH_RATINGS = 5


def bayesian_average(
    *,
    total: float,
    weight: float,
    prior_mean: float = PRIOR_MEAN,
    prior_weight: float = PRIOR_WEIGHT,
) -> float:
    """`total` is the weighted sum of ratings and `weight` the sum of their weights."""
    return (prior_mean * prior_weight + total) / (prior_weight + weight)


@dataclass(frozen=True)
class RatingSummary:
    count: int
    verified: int
    averages: dict[str, float] = field(default_factory=dict)  # aspect -> weighted mean, 1-5
    ranking_score: float = PRIOR_MEAN

    @property
    def verified_share(self) -> float:
        return self.verified / self.count if self.count else 0.0

    @property
    def enough(self) -> bool:
        return self.count >= ENOUGH_RATINGS


def summary_from_sums(
    *, count: int, verified: int, weight: int, sums: dict[str, int]
) -> RatingSummary:
    """A summary from weighted sums (what `PlaceRating` keeps)."""
    if not weight:
        return RatingSummary(count=0, verified=0)
    return RatingSummary(
        count=count,
        verified=verified,
        averages={aspect: total / weight for aspect, total in sums.items()},
        ranking_score=bayesian_average(total=sums["overall"], weight=weight),
    )


def stars_text(value: float) -> str:
    """★★★★☆ for 3.6: for the eye only; the number is always written beside it."""
    full = max(0, min(5, round(value or 0)))
    return "★" * full + "☆" * (5 - full)
