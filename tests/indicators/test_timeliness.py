"""Report timeliness, by examples and by properties (no database: the rule is pure)."""

import datetime

from django.test import override_settings
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from tscplus.indicators import timeliness as t
from tscplus.indicators.choices import NoticeKind, ReportKind

OCT = datetime.date(2026, 10, 1)
days = st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2040, 12, 31))
due_days = st.integers(min_value=1, max_value=31)


def test_a_month_is_due_on_the_10th_of_the_next():
    assert t.schedule() == t.Schedule(due_day=10, reminder_days=(1, 5, 8), half_year_months=(2, 7))
    assert t.due_date(OCT) == datetime.date(2026, 11, 10)
    assert t.due_date(datetime.date(2026, 12, 1)) == datetime.date(2027, 1, 10)


def test_a_due_day_past_the_month_is_its_last_day():
    assert t.due_date(datetime.date(2027, 1, 1), due_day=31) == datetime.date(2027, 2, 28)
    assert t.due_date(datetime.date(2028, 1, 1), due_day=31) == datetime.date(2028, 2, 29)


def test_the_settings_are_read_when_asked():
    with override_settings(INDICATOR_REPORT_DUE_DAY=15):
        assert t.due_date(OCT) == datetime.date(2026, 11, 15)


def test_half_year_summaries_after_february_and_july():
    assert t.report_kinds(datetime.date(2027, 2, 1)) == (ReportKind.MONTHLY, ReportKind.HALF_YEAR)
    assert t.report_kinds(datetime.date(2027, 7, 1)) == (ReportKind.MONTHLY, ReportKind.HALF_YEAR)
    assert t.report_kinds(OCT) == (ReportKind.MONTHLY,)


def test_on_time_late_overdue_pending():
    due = datetime.date(2026, 11, 10)
    assert t.timeliness(due, datetime.date(2026, 11, 10), due).state == "on_time"
    assert t.timeliness(due, datetime.date(2026, 11, 14), due) == t.Timeliness("late", 4)
    assert t.timeliness(due, None, datetime.date(2026, 11, 12)) == t.Timeliness("overdue", 2)
    assert t.timeliness(due, None, due) == t.Timeliness("pending")


def test_the_labels_say_it_in_the_readers_language():
    with translation.override("en"):
        assert t.Timeliness("late", 1).label == "Published late by 1 day"
        assert t.Timeliness("overdue", 3).label == "Not published, 3 days past the due date"
    with translation.override("th"):
        assert t.Timeliness("late", 4).label == "เผยแพร่ล่าช้า 4 วัน"


def test_reminders_on_the_1st_5th_and_8th():
    due = datetime.date(2026, 11, 10)
    reached = [
        t.reminders_reached(ReportKind.MONTHLY, datetime.date(2026, 11, d), due)
        for d in (1, 4, 5, 8, 10, 11)
    ]
    r1, r2, r3 = NoticeKind.REMINDER_1, NoticeKind.REMINDER_2, NoticeKind.REMINDER_3
    assert reached == [(r1,), (r1,), (r1, r2), (r1, r2, r3), (r1, r2, r3), ()]
    assert t.reminders_reached(ReportKind.HALF_YEAR, datetime.date(2026, 11, 8), due) == ()


def test_escalation_the_day_after_the_due_day_unless_published():
    due = datetime.date(2026, 11, 10)
    assert not t.escalates(due, due, published=False)
    assert t.escalates(datetime.date(2026, 11, 11), due, published=False)
    assert not t.escalates(datetime.date(2026, 11, 11), due, published=True)


def test_a_report_is_sent_once_its_month_is_over():
    assert not t.month_is_over(OCT, datetime.date(2026, 10, 31))
    assert t.month_is_over(OCT, datetime.date(2026, 11, 1))


def test_a_plan_step_is_late_after_its_last_month_unless_done():
    assert not t.step_is_late(done=False, ends_on=OCT, today=datetime.date(2026, 10, 31))
    assert t.step_is_late(done=False, ends_on=OCT, today=datetime.date(2026, 11, 1))
    assert not t.step_is_late(done=True, ends_on=OCT, today=datetime.date(2027, 1, 1))


@given(days, due_days)
def test_the_due_day_is_in_the_next_month(period, due_day):
    due = t.due_date(period, due_day=due_day)
    assert t.month_start(due) == t.month_end(period) + datetime.timedelta(days=1)
    assert due.day == min(due_day, t.month_end(due).day)
    assert t.month_is_over(period, due)


@given(days, days, days)
def test_published_by_the_due_day_is_on_time_else_late_by_the_days_past(due, published, today):
    result = t.timeliness(due, published, today)
    if published <= due:
        assert result == t.Timeliness("on_time")
    else:
        assert result == t.Timeliness("late", (published - due).days) and result.days > 0


@given(days, days)
def test_unpublished_is_pending_until_the_due_day_then_overdue(due, today):
    result = t.timeliness(due, None, today)
    assert result.state == ("overdue" if today > due else "pending")
    assert result.days == max(0, (today - due).days)
    assert t.escalates(today, due, published=False) == (result.state == "overdue")


@given(days, days)
def test_reminders_grow_with_the_days_and_stop_after_the_due_day(due, today):
    reached = t.reminders_reached(ReportKind.MONTHLY, today, due)
    tomorrow = t.reminders_reached(ReportKind.MONTHLY, today + datetime.timedelta(days=1), due)
    assert reached == t.REMINDERS[: len(reached)]
    if today > due:
        assert reached == ()
    elif (
        today + datetime.timedelta(days=1) <= due
        and today.month == (today + datetime.timedelta(days=1)).month
    ):
        assert len(tomorrow) >= len(reached)
