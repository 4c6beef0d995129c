"""core.datefields and the B.E. parsing in core.thaidate: dates shown and typed in B.E. on Thai
pages, in C.E. on English ones, stored as ordinary dates."""

import datetime

import pytest
from django import forms
from django.utils import translation

from tscplus.core import clock, thaidate
from tscplus.core.datefields import ReaderDateField, ReaderDateTimeField

TODAY = datetime.date(2026, 12, 4)


class VisitForm(forms.Form):
    day = ReaderDateField(label="Day")
    due = ReaderDateField(label="Due", required=False, help_text="Leave empty if none.")
    at = ReaderDateTimeField(label="At", required=False)


def _form(language: str, **data: str) -> VisitForm:
    with translation.override(language):
        form = VisitForm(data={"day": "", **data})
        form.is_valid()
        return form


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("04/12/2569", datetime.date(2026, 12, 4)),  # B.E., as a Thai reader writes it
        ("4/12/2569", datetime.date(2026, 12, 4)),
        ("04-12-2569", datetime.date(2026, 12, 4)),
        ("04.12.2569", datetime.date(2026, 12, 4)),
        ("04122569", datetime.date(2026, 12, 4)),  # the phone's number pad has no slash
        ("๐๔/๑๒/๒๕๖๙", datetime.date(2026, 12, 4)),  # Thai digits
        ("04/12/2569 พ.ศ.", datetime.date(2026, 12, 4)),
        (" 04 / 12 / 2569 ", datetime.date(2026, 12, 4)),
        ("04/12/2026", datetime.date(2026, 12, 4)),  # C.E. typed by mistake: still that day
        ("2026-12-04", datetime.date(2026, 12, 4)),  # ISO, as the API and old links have it
        ("2569-12-04", datetime.date(2026, 12, 4)),
        ("29/02/2567", datetime.date(2024, 2, 29)),  # 2024 is a leap year
        ("01/01/2400", datetime.date(1857, 1, 1)),  # where B.E. starts
        ("31/12/2399", datetime.date(2399, 12, 31)),  # the last year read as C.E.
        ("01/01/1900", datetime.date(1900, 1, 1)),
    ],
)
def test_parse_date(typed, expected):
    assert thaidate.parse_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("29/02/2566", "calendar"),  # 2023 is not a leap year
        ("31/04/2569", "calendar"),
        ("04/13/2569", "calendar"),
        ("00/12/2569", "calendar"),
        ("04/12/1899", "year"),
        ("04/12/3000", "year"),
        ("04/12/69", "shape"),  # a two-digit year could be either calendar's
        ("4 ธ.ค. 2569", "shape"),
        ("tomorrow", "shape"),
        ("2569/12", "shape"),
    ],
)
def test_parse_date_refuses(typed, code):
    with pytest.raises(thaidate.DateTextError) as exc:
        thaidate.parse_date(typed)
    assert exc.value.code == code


def test_parse_datetime_in_bangkok():
    at = thaidate.parse_datetime("04/12/2569 09.30 น.")
    assert at == datetime.datetime(2026, 12, 4, 2, 30, tzinfo=datetime.UTC)
    late = thaidate.parse_datetime("2026-12-04 23:59")
    assert late == datetime.datetime(2026, 12, 4, 16, 59, tzinfo=datetime.UTC)
    for typed, code in (("04/12/2569", "shape"), ("04/12/2569 24:00", "time")):
        with pytest.raises(thaidate.DateTextError) as exc:
            thaidate.parse_datetime(typed)
        assert exc.value.code == code


def test_numeric_date_in_the_readers_calendar():
    assert thaidate.numeric_date(datetime.date(2026, 12, 4), "th") == "04/12/2569"
    assert thaidate.numeric_date(datetime.date(2026, 12, 4), "en") == "04/12/2026"
    utc = datetime.datetime(2026, 12, 3, 17, 30, tzinfo=datetime.UTC)  # 00:30 on the 4th there
    assert thaidate.numeric_date(utc, "th") == "04/12/2569 00:30"
    assert thaidate.file_stamp(datetime.date(2026, 12, 4), "th") == "2569-12-04"
    assert thaidate.file_stamp(datetime.date(2026, 12, 4), "en", month=True) == "2026-12"


def test_thai_page_shows_be_in_a_numeric_text_input_with_a_hint():
    with clock.fixed_at(TODAY), translation.override("th"):
        form = VisitForm(initial={"day": datetime.date(2026, 12, 4)})
        html = str(form["day"])
        hint = str(form["day"].help_text)
        due_hint = str(form["due"].help_text)
    assert 'type="text"' in html and 'inputmode="numeric"' in html
    assert 'value="04/12/2569"' in html and 'type="date"' not in html
    assert hint == "วว/ดด/ปปปป พ.ศ. เช่น 04/12/2569"
    assert due_hint == "วว/ดด/ปปปป พ.ศ. เช่น 04/12/2569 \u2014 Leave empty if none."


def test_english_page_shows_ce():
    with clock.fixed_at(TODAY), translation.override("en"):
        form = VisitForm(initial={"day": datetime.date(2026, 12, 4)})
        assert 'value="04/12/2026"' in str(form["day"])
        assert str(form["day"].help_text) == "DD/MM/YYYY, e.g. 04/12/2026"


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize("typed", ["04/12/2569", "04/12/2026", "2026-12-04"])
def test_either_calendar_is_stored_as_the_same_date(language, typed):
    form = _form(language, day=typed)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == datetime.date(2026, 12, 4)


def test_bad_input_is_refused_in_thai_and_kept_as_typed():
    with clock.fixed_at(TODAY):
        shape = _form("th", day="4 ธันวา")
        leap = _form("th", day="29/02/2566")
        year = _form("th", day="04/12/1800")
        time = _form("th", day="04/12/2569", at="04/12/2569 25:00")
        with translation.override("th"):
            kept = str(shape["day"])
    assert shape.errors["day"] == ["กรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 04/12/2569"]
    assert leap.errors["day"] == ["ไม่มีวันนี้ในปฏิทิน โปรดตรวจสอบวันและเดือน"]
    assert year.errors["day"] == ["โปรดตรวจสอบปี: พิมพ์ปี พ.ศ. สี่หลัก เช่น 04/12/2569"]
    assert time.errors["at"] == ["โปรดตรวจสอบเวลา: ชั่วโมง 00 ถึง 23 และนาที 00 ถึง 59 เช่น 09:30"]
    assert 'value="4 ธันวา"' in kept


def test_bad_input_is_refused_in_english():
    with clock.fixed_at(TODAY):
        shape = _form("en", day="yesterday")
        leap = _form("en", day="29/02/2023")
        datetime_shape = _form("en", day="04/12/2026", at="04/12/2026")
        with translation.override("en"):
            required = [str(e) for e in _form("en", day="").errors["day"]]
    assert shape.errors["day"] == ["Enter the date as day/month/year, e.g. 04/12/2026."]
    assert leap.errors["day"] == [
        "There is no such day in the calendar: check the day and the month."
    ]
    assert datetime_shape.errors["at"] == [
        "Enter the date and time as day/month/year hours:minutes, e.g. 04/12/2026 09:30."
    ]
    assert required == ["This field is required."]


def test_leap_day_in_b_e():
    assert _form("th", day="29/02/2567").cleaned_data["day"] == datetime.date(2024, 2, 29)
    assert "day" in _form("th", day="29/02/2566").errors


def test_date_time_field_shows_bangkok_time_in_be():
    at = datetime.datetime(2026, 12, 4, 2, 30, tzinfo=datetime.UTC)
    with translation.override("th"):
        form = VisitForm(initial={"at": at})
        assert 'value="04/12/2569 09:30"' in str(form["at"])
    assert _form("th", day="04/12/2569", at="04/12/2569 09:30").cleaned_data["at"] == at
