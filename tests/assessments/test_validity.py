"""Certificate validity, by examples and by properties (no database: the rule is pure)."""

import datetime

from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from tscplus.assessments import validity
from tscplus.assessments.choices import IN_FORCE, CertificateStatus

ISSUED = datetime.date(2026, 11, 24)
days = st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2040, 12, 31))
lengths = st.integers(min_value=1, max_value=3 * 366)
statuses = st.sampled_from(list(CertificateStatus.values))


def test_a_certificate_lasts_a_year_by_default():
    assert validity.policy().valid_days == 365
    assert validity.policy().grace_days == 30
    assert validity.expiry_date(ISSUED, valid_days=365) == datetime.date(2027, 11, 24)


def test_the_settings_are_read_when_asked():
    with override_settings(CERTIFICATE_VALID_DAYS=180, CERTIFICATE_GRACE_DAYS=14):
        assert validity.policy() == validity.Policy(valid_days=180, grace_days=14)


def test_it_counts_through_its_expiry_day_and_not_the_day_after():
    expires = datetime.date(2027, 11, 24)
    assert validity.counts_as_valid("valid", expires, expires)
    assert not validity.counts_as_valid("valid", expires, expires + datetime.timedelta(days=1))
    assert validity.live_status("valid", expires, datetime.date(2027, 11, 25)) == "expired"


def test_revoked_stays_revoked_and_a_suspension_runs_out():
    after = datetime.date(2028, 1, 1)
    assert validity.live_status("revoked", ISSUED, after) == "revoked"
    assert validity.live_status("suspended", ISSUED, after) == "expired"
    assert validity.live_status("suspended", ISSUED, ISSUED) == "suspended"
    assert not validity.counts_as_valid("suspended", ISSUED, ISSUED)


def test_reassessment_due_still_counts():
    assert validity.counts_as_valid("reassessment_due", ISSUED, ISSUED)


def test_grace_ends_thirty_days_after_the_new_version():
    end = validity.grace_end(datetime.date(2026, 12, 1), grace_days=30)
    assert end == datetime.date(2026, 12, 31)
    assert not validity.is_past_grace(end, end)
    assert validity.is_past_grace(end, end + datetime.timedelta(days=1))


def test_reminders_go_out_30_and_7_days_before():
    expires = datetime.date(2027, 11, 24)
    assert [validity.reminder_day(expires, d) for d in validity.policy().reminder_days] == [
        datetime.date(2027, 10, 25),
        datetime.date(2027, 11, 17),
    ]


@given(days, lengths)
def test_expiry_is_always_after_issue(issued, valid_days):
    assert validity.expiry_date(issued, valid_days=valid_days) > issued


@given(days, lengths)
def test_a_new_certificate_counts_from_issue_to_expiry(issued, valid_days):
    expires = validity.expiry_date(issued, valid_days=valid_days)
    assert validity.counts_as_valid("valid", expires, issued)
    assert validity.counts_as_valid("valid", expires, expires)
    assert not validity.counts_as_valid("valid", expires, expires + datetime.timedelta(days=1))


@given(days, st.integers(min_value=0, max_value=365))
def test_grace_end_is_activation_day_plus_n(activated, grace_days):
    end = validity.grace_end(activated, grace_days=grace_days)
    assert (end - activated).days == grace_days
    assert not validity.is_past_grace(end, activated)


@given(days, st.integers(min_value=0, max_value=400))
def test_a_reminder_is_never_after_expiry(expires, days_before):
    assert validity.reminder_day(expires, days_before) <= expires


@given(days, st.integers(min_value=0, max_value=400))
def test_the_job_finds_the_certificate_its_reminder_is_for(today, days_before):
    expires = validity.expiry_reminded_on(today, days_before)
    assert validity.reminder_day(expires, days_before) == today


@given(statuses, days, days)
def test_the_live_status_only_ever_moves_to_expired(status, expires, today):
    live = validity.live_status(status, expires, today)
    assert live in (status, CertificateStatus.EXPIRED)
    assert validity.counts_as_valid(status, expires, today) == (live in IN_FORCE)
    if not validity.is_past_expiry(expires, today):
        assert live == status


@given(statuses, days, days, days)
def test_once_expired_it_stays_expired(status, expires, today, later):
    first, second = sorted((today, later))
    if validity.live_status(status, expires, first) == CertificateStatus.EXPIRED:
        assert validity.live_status(status, expires, second) == CertificateStatus.EXPIRED
