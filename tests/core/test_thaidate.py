import datetime
import zoneinfo

import pytest
from django.template import Context, Template
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from tscplus.core import thaidate

UTC = datetime.UTC
BKK = zoneinfo.ZoneInfo("Asia/Bangkok")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("short", "24 พ.ย. 2569"),
        ("long", "24 พฤศจิกายน 2569"),
        ("month", "พ.ย. 2569"),
        ("month_long", "พฤศจิกายน 2569"),
        ("seed", "พ.ย. 69"),
    ],
)
def test_thai_styles(style, expected):
    assert thaidate.format_date(datetime.date(2026, 11, 24), style, "th") == expected


def test_seed_style_matches_the_sop():
    # The SOP writes October B.E. 2564 as "ต.ค. 64".
    assert thaidate.format_date(datetime.date(2021, 10, 1), "seed") == "ต.ค. 64"


def test_english_keeps_the_western_year():
    assert thaidate.format_date(datetime.date(2026, 11, 24), "short", "en") == "24 Nov 2026"
    assert thaidate.format_date(datetime.date(2026, 11, 24), "long", "en") == "24 November 2026"


def test_leap_day():
    assert thaidate.format_date(datetime.date(2024, 2, 29), "long") == "29 กุมภาพันธ์ 2567"
    assert thaidate.fiscal_year(datetime.date(2024, 2, 29)) == 2567


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (datetime.date(2021, 10, 1), 2565),
        (datetime.date(2022, 9, 30), 2565),
        (datetime.date(2022, 10, 1), 2566),
        (datetime.date(2021, 9, 30), 2564),
        (datetime.date(2026, 10, 1), 2570),
        (datetime.date(2027, 9, 30), 2570),
    ],
)
def test_fiscal_year_edges(day, fy):
    assert thaidate.fiscal_year(day) == fy


def test_fiscal_year_bounds():
    assert thaidate.fiscal_year_bounds(2565) == (
        datetime.date(2021, 10, 1),
        datetime.date(2022, 9, 30),
    )
    assert thaidate.fiscal_year_bounds(2570) == (
        datetime.date(2026, 10, 1),
        datetime.date(2027, 9, 30),
    )


def test_midnight_in_bangkok_is_still_the_day_before_in_utc():
    # 30 Sep 2022 17:30 UTC is 1 Oct 2022 00:30 in Bangkok: a new fiscal year there.
    moment = datetime.datetime(2022, 9, 30, 17, 30, tzinfo=UTC)
    assert thaidate.local_date(moment) == datetime.date(2022, 10, 1)
    assert thaidate.fiscal_year(moment) == 2566
    assert thaidate.format_date(moment, "short") == "1 ต.ค. 2565"
    # One minute before Bangkok midnight stays in the old fiscal year.
    before = datetime.datetime(2022, 9, 30, 16, 59, tzinfo=UTC)
    assert thaidate.fiscal_year(before) == 2565
    assert thaidate.format_date(before, "datetime") == "30 ก.ย. 2565 23:59 น."


def test_new_year_midnight_changes_the_be_year_in_bangkok_time():
    moment = datetime.datetime(2026, 12, 31, 17, 0, tzinfo=UTC)  # 1 Jan 2027 00:00 in Bangkok
    assert thaidate.be_year(moment) == 2570


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="naive"):
        thaidate.fiscal_year(datetime.datetime(2022, 10, 1, 0, 0))  # noqa: DTZ001


def test_unknown_style_is_refused():
    with pytest.raises(ValueError, match="unknown date style"):
        thaidate.format_date(datetime.date(2026, 1, 1), "weird")  # type: ignore[arg-type]


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2400, 12, 31)))
def test_every_date_lies_inside_its_fiscal_year(day):
    first, last = thaidate.fiscal_year_bounds(thaidate.fiscal_year(day))
    assert first <= day <= last
    assert (last - first).days in (364, 365)


def test_template_filters_follow_the_active_language():
    template = Template('{{ d|thai_date }} | {{ d|thai_date:"long" }} | {{ d|fiscal_year }}')
    context = Context({"d": datetime.datetime(2026, 11, 24, 5, 0, tzinfo=BKK)})
    with translation.override("th"):
        assert template.render(context) == "24 พ.ย. 2569 | 24 พฤศจิกายน 2569 | ปีงบประมาณ 2570"
    with translation.override("en"):
        assert template.render(context) == "24 Nov 2026 | 24 November 2026 | FY 2570"


def test_template_filter_leaves_empty_values_empty():
    assert Template("[{{ d|thai_date }}]").render(Context({"d": None})) == "[]"


# Naive bounds, as hypothesis asks; each moment is then read as UTC.
EARLIEST, LATEST = datetime.datetime(2000, 1, 1), datetime.datetime(2100, 1, 1)  # noqa: DTZ001


@given(st.datetimes(min_value=EARLIEST, max_value=LATEST))
def test_the_clock_s_remembered_day_is_always_the_day_in_bangkok(moment):
    """clock.today() remembers the last day it worked out (with its first and last moment): any
    moment, in any order, gives the same day as converting it afresh."""
    from tscplus.core import clock

    moment = moment.replace(tzinfo=UTC)
    for at in (moment, moment - datetime.timedelta(microseconds=1), moment.astimezone(BKK)):
        with clock.fixed_at(at):
            assert clock.today() == at.astimezone(BKK).date()


def test_the_clock_s_day_changes_at_bangkok_midnight():
    from tscplus.core import clock

    midnight = datetime.datetime(2026, 12, 7, 17, 0, tzinfo=UTC)  # 8 Dec 00:00 in Bangkok
    for at, day in [
        (midnight - datetime.timedelta(microseconds=1), 7),
        (midnight, 8),
        (midnight - datetime.timedelta(hours=24), 7),
        (midnight - datetime.timedelta(hours=24, microseconds=1), 6),
    ]:
        with clock.fixed_at(at):
            assert clock.today() == datetime.date(2026, 12, day)
