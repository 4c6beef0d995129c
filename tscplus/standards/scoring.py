"""The pass rule of TSC+ self-assessments and inspections: the only place that scores.

A version passes an assessment when
  1. every applicable essential item (*) passes, and
  2. the weighted score of the applicable items reaches the version's threshold (default 80 %).
"Not applicable" takes an item out of both the numerator and the denominator. If no item applies, the
score is 0 and the assessment does not pass: there is nothing to certify. Every item must be
answered before scoring; the unanswered ones are reported, essentials first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

PASS, FAIL, NA = "pass", "fail", "na"


@dataclass(frozen=True)
class ItemRule:
    id: int
    essential: bool
    weight: int
    allow_na: bool = True


@dataclass(frozen=True)
class ScoreResult:
    score: Decimal  # 0.00 - 100.00
    passed: bool
    failed: tuple[int, ...] = ()
    failed_essential: tuple[int, ...] = ()
    missing: tuple[int, ...] = field(default=())
    invalid_na: tuple[int, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing and not self.invalid_na


def score(items: Sequence[ItemRule], answers: Mapping[int, str], threshold: Decimal) -> ScoreResult:
    missing = tuple(
        i.id
        for i in sorted(items, key=lambda i: not i.essential)
        if answers.get(i.id) not in (PASS, FAIL, NA)
    )
    invalid_na = tuple(i.id for i in items if answers.get(i.id) == NA and not i.allow_na)
    applicable = [i for i in items if answers.get(i.id) in (PASS, FAIL) and i.id not in invalid_na]
    total = sum(i.weight for i in applicable)
    earned = sum(i.weight for i in applicable if answers[i.id] == PASS)
    value = (
        (Decimal(100) * earned / total).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if total
        else Decimal(0)
    )
    failed = tuple(i.id for i in applicable if answers[i.id] == FAIL)
    failed_essential = tuple(i.id for i in applicable if i.essential and answers[i.id] == FAIL)
    passed = (
        bool(total)
        and not missing
        and not invalid_na
        and not failed_essential
        and value >= threshold
    )
    return ScoreResult(value, passed, failed, failed_essential, missing, invalid_na)
