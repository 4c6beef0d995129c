"""The rule of repeat breaches: a place's record counts the decisions that stand against it in the
last 12 months, and a repeat escalates. One module, read by the decision (which applies it), the
corrections case (which asks whether evidence alone may close it) and the owner's page (which shows
what the next breach would bring before it applies).

The rules are configurable (`OVERSIGHT_ESCALATION` in the settings: a list of
[decision, nth, effect]); the default:

- a second "corrections required" within 12 months: the corrections are closed only after an
  officer's visit, never on the owner's evidence alone;
- a second suspension within 12 months: the certificate is reinstated only after an officer's
  visit;
- a third suspension within 12 months: the decision revokes the certificate instead.

A decision overturned on appeal does not count; one varied counts as what it was varied to."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tscplus.oversight.choices import PUBLIC_DECISION, Decision

WINDOW_DAYS = 365

VISIT = "visit"  # closing (or reinstating) needs an officer's visit, evidence alone is not enough
REVOKE = "revoke"  # the decision revokes the certificate instead
EFFECTS: dict[str, Promise] = {
    VISIT: _("an officer's visit is needed before it is closed or the certificate reinstated"),
    REVOKE: _("the certificate is revoked"),
}


@dataclass(frozen=True)
class Rule:
    decision: str  # the decision counted (a Decision value)
    nth: int  # from this many within the window, counting the new one
    effect: str  # VISIT or REVOKE

    @property
    def words(self) -> str:
        return str(
            _("“{decision}”, {nth} within 12 months: {effect}").format(
                nth=self.nth, decision=PUBLIC_DECISION[self.decision], effect=EFFECTS[self.effect]
            )
        )


DEFAULT_RULES = (
    Rule(Decision.CORRECTIONS, 2, VISIT),
    Rule(Decision.SUSPEND, 2, VISIT),
    Rule(Decision.SUSPEND, 3, REVOKE),
)


def rules() -> tuple[Rule, ...]:
    configured = getattr(settings, "OVERSIGHT_ESCALATION", None)
    if not configured:
        return DEFAULT_RULES
    return tuple(Rule(str(d), int(n), str(e)) for d, n, e in configured)


def window_start(today: datetime.date) -> datetime.date:
    return today - datetime.timedelta(days=WINDOW_DAYS)


def effects_of(decision: str, standing: Iterable[str]) -> set[str]:
    """What applies to a new `decision`, given the decisions already standing in the window."""
    counts = Counter(standing)
    n = counts[decision] + 1
    return {r.effect for r in rules() if r.decision == decision and n >= r.nth}


def applied(decision: str, standing: Iterable[str]) -> str:
    """The decision that applies: a suspension that reaches a REVOKE rule revokes."""
    if decision == Decision.SUSPEND and REVOKE in effects_of(decision, standing):
        return Decision.REVOKE
    return decision


@dataclass(frozen=True)
class Warning:
    """The next step of a rule, as the owner (and the deciding officer) reads it."""

    rule: Rule
    count: int  # how many of this decision already stand in the window

    @property
    def words(self) -> str:
        return str(
            _("“{decision}”: {count} in the last 12 months; at {nth}, {effect}.").format(
                count=self.count,
                decision=PUBLIC_DECISION[self.rule.decision],
                nth=self.rule.nth,
                effect=EFFECTS[self.rule.effect],
            )
        )


def warnings(standing: Iterable[str]) -> list[Warning]:
    """The rules the place has started on and not yet passed: shown before they apply."""
    counts = Counter(standing)
    return [
        Warning(rule=r, count=counts[r.decision]) for r in rules() if 0 < counts[r.decision] < r.nth
    ]
