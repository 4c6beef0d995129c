"""core.ratelimit.RateLimit: one declaration per limit, counted per client in the shared cache."""

from tscplus.core.ratelimit import RateLimit


def test_within_the_limit_then_the_wait():
    limit = RateLimit(scope="test-fixed", limit=2, seconds=3600)
    answers = [limit.wait("203.0.113.5") for _ in range(3)]
    assert answers[:2] == [None, None]
    assert 0 < answers[2] <= 3600
    # Another client, and another scope, have their own counts.
    assert limit.wait("203.0.113.6") is None
    assert RateLimit(scope="test-other", limit=2, seconds=3600).wait("203.0.113.5") is None


def test_a_limit_named_by_its_setting_is_read_at_each_call(settings):
    limit = RateLimit(scope="test-setting", limit="RATING_LIMIT_PER_HOUR", seconds=60)
    settings.RATING_LIMIT_PER_HOUR = 1
    assert limit.per_window() == 1
    assert limit.wait("203.0.113.7") is None
    assert limit.wait("203.0.113.7")
    settings.RATING_LIMIT_PER_HOUR = 5
    assert limit.per_window() == 5 and limit.wait("203.0.113.7") is None


def test_an_unknown_client_is_counted_as_one():
    limit = RateLimit(scope="test-unknown", limit=1, seconds=3600)
    assert limit.wait(None) is None
    assert limit.wait("")  # the same "-" client as None
