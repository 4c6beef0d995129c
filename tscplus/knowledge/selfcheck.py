"""The health-literacy self-check: statements on the six skills of the Department of Health's
V-shape model, each answered from 1 (never / not at all) to 5 (always / fully).

Scoring (the scale is also in docs/decisions.md):
- a skill's score is the mean of its answers mapped to 0-100: (mean - 1) / 4 x 100;
- the overall score is the mean of the six skill scores;
- the level: below 60 "needs improvement", 60-69 "fair", 70-79 "good", 80 and above "excellent"
  (the cut points of the Department's health-literacy surveys, which grade at 60, 70 and 80 %).
A skill under 70 gets recommendations: published knowledge items of that skill's topic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tscplus.knowledge.choices import Level, Skill

LEVELS = ((80, Level.EXCELLENT), (70, Level.GOOD), (60, Level.FAIR), (0, Level.LOW))
RECOMMEND_BELOW = 70
# The knowledge topic that helps each skill most (topic codes of the seeded taxonomy).
SKILL_TOPICS: dict[str, str] = {
    Skill.ACCESS: "health-literacy",
    Skill.UNDERSTAND: "health-literacy",
    Skill.QUESTION: "fake-news",
    Skill.DECIDE: "3o2s",
    Skill.APPLY: "covid-prevention",
    Skill.TELL: "community",
}


def score(answers: Mapping[int, int], skills: Mapping[int, str]) -> tuple[dict[str, int], int]:
    """(score 0-100 per skill, overall 0-100) from answers {question id: 1..5}; `skills` maps each
    question to its skill. Skills without an answer are left out of the overall score."""
    by_skill: dict[str, list[int]] = {}
    for question, value in answers.items():
        by_skill.setdefault(skills[question], []).append(value)
    scores = {
        skill: round((sum(values) / len(values) - 1) / 4 * 100)
        for skill, values in by_skill.items()
    }
    overall = round(sum(scores.values()) / len(scores)) if scores else 0
    return scores, overall


def level(overall: int) -> str:
    return next(lv for cut, lv in LEVELS if overall >= cut)


def weak_skills(scores: Mapping[str, int]) -> Iterable[str]:
    return [skill for skill, value in scores.items() if value < RECOMMEND_BELOW]
