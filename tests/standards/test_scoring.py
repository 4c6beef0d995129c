"""The pass rule, by examples and by properties."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from tscplus.standards.scoring import FAIL, NA, PASS, ItemRule, score

T80 = Decimal(80)


def rules(*specs):
    return [
        ItemRule(id=i, essential=e, weight=w, allow_na=na) for i, (e, w, na) in enumerate(specs)
    ]


def test_all_pass():
    result = score(rules((True, 2, True), (False, 1, True)), {0: PASS, 1: PASS}, T80)
    assert result.passed and result.score == Decimal("100.00")


def test_failed_essential_fails_whatever_the_score():
    items = rules((True, 1, True), *[(False, 10, True)] * 9)
    answers = {0: FAIL, **dict.fromkeys(range(1, 10), PASS)}
    result = score(items, answers, T80)
    assert result.score > 98 and not result.passed and result.failed_essential == (0,)


def test_weighted_threshold():
    items = rules((False, 4, True), (False, 1, True))
    assert score(items, {0: PASS, 1: FAIL}, T80).passed  # 80.00
    assert not score(items, {0: FAIL, 1: PASS}, T80).passed  # 20.00


def test_not_applicable_leaves_the_denominator():
    items = rules((False, 1, True), (False, 9, True))
    result = score(items, {0: PASS, 1: NA}, T80)
    assert result.score == Decimal("100.00") and result.passed


def test_nothing_applicable_does_not_pass():
    result = score(rules((False, 1, True)), {0: NA}, T80)
    assert result.score == 0 and not result.passed


def test_missing_answers_listed_essentials_first():
    items = rules((False, 1, True), (True, 1, True), (False, 1, True))
    result = score(items, {2: PASS}, T80)
    assert result.missing == (1, 0) and not result.passed and not result.complete


def test_na_not_allowed_is_reported():
    result = score(rules((False, 1, False)), {0: NA}, T80)
    assert result.invalid_na == (0,) and not result.passed


answer = st.sampled_from([PASS, FAIL, NA])
item_specs = st.lists(
    st.tuples(st.booleans(), st.integers(1, 10), st.just(True)), min_size=1, max_size=50
)


@given(item_specs, st.data())
def test_properties(specs, data):
    items = rules(*specs)
    answers = {i.id: data.draw(answer) for i in items}
    result = score(items, answers, T80)
    assert Decimal(0) <= result.score <= Decimal(100)
    # Passing means: something applied, no essential failed, the threshold reached.
    applicable = [i for i in items if answers[i.id] != NA]
    expected = (
        bool(applicable)
        and result.score >= T80
        and not any(i.essential and answers[i.id] == FAIL for i in items)
    )
    assert result.passed == expected
    # Turning one failed item into a pass never lowers the score.
    failed = [i.id for i in items if answers[i.id] == FAIL]
    if failed:
        better = score(items, {**answers, failed[0]: PASS}, T80)
        assert better.score >= result.score
    # Not-applicable items change nothing in the score of the others.
    if any(a == NA for a in answers.values()):
        without = [i for i in items if answers[i.id] != NA]
        if without:
            assert score(without, answers, T80).score == result.score
