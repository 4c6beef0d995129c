from hypothesis import given
from hypothesis import strategies as st

from tscplus.knowledge.choices import Level, Skill
from tscplus.knowledge.selfcheck import level, score

SKILLS = Skill.values


@given(st.dictionaries(st.integers(1, 60), st.integers(1, 5), min_size=1))
def test_scores_stay_in_range_and_levels_follow_them(answers):
    skills = {q: SKILLS[q % len(SKILLS)] for q in answers}
    scores, overall = score(answers, skills)
    assert all(0 <= v <= 100 for v in scores.values())
    assert min(scores.values()) <= overall <= max(scores.values())
    assert level(overall) in Level.values


def test_scale():
    assert score({1: 1, 2: 1}, {1: "access", 2: "access"}) == ({"access": 0}, 0)
    assert score({1: 5}, {1: "tell"}) == ({"tell": 100}, 100)
    assert [level(x) for x in (0, 59, 60, 69, 70, 79, 80, 100)] == [
        "low",
        "low",
        "fair",
        "fair",
        "good",
        "good",
        "excellent",
        "excellent",
    ]
