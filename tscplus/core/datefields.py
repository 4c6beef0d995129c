"""Date fields a Thai reader can read and type: DD/MM/YYYY in the Buddhist Era (04/12/2569) on
Thai pages, DD/MM/YYYY C.E. (04/12/2026) on English ones, stored as ordinary dates.

A native `<input type="date">` is drawn by the browser in its own calendar (Western in Chromium
whatever the page's language, and the page cannot change it), so these fields are text inputs:
`inputmode="numeric"` brings up the number pad on a phone, a hint under the label gives the shape
with today's date as the example, and the text is read by `thaidate.parse_date` (either calendar,
Thai digits, 8 digits with no slashes). Bad input is a field error in the reader's language,
saying what was wrong (the shape, the year or a day the calendar does not have). The API keeps
ISO 8601 dates (`core.rest`); only pages use these fields."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock, thaidate
from tscplus.core.language import reader_language

MESSAGES = {
    "shape": _("Enter the date as day/month/year, e.g. {example}."),
    "year": _("Check the year: type it in four digits, e.g. {example}."),
    "calendar": _("There is no such day in the calendar: check the day and the month."),
    "time": _("Check the time: hours from 00 to 23 and minutes from 00 to 59, e.g. 09:30."),
}
DATETIME_MESSAGES = {
    **MESSAGES,
    "shape": _("Enter the date and time as day/month/year hours:minutes, e.g. {example} 09:30."),
}


def _date_hint() -> str:
    example = thaidate.numeric_date(clock.today(), reader_language())
    return gettext("DD/MM/YYYY, e.g. {example}").format(example=example)


def _datetime_hint() -> str:
    example = thaidate.numeric_date(clock.today(), reader_language())
    return gettext("DD/MM/YYYY HH:MM, e.g. {example} 09:30").format(example=example)


date_hint = lazy(_date_hint, str)
datetime_hint = lazy(_datetime_hint, str)


class ReaderDateInput(forms.TextInput):
    """A text input showing a date in the reader's calendar; typed text is shown back as typed."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        base = {"inputmode": "numeric", "autocomplete": "off", "class": "date-input"}
        super().__init__(attrs={**base, **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, datetime.datetime) and timezone.is_naive(value):
            value = timezone.make_aware(value)  # DateTimeField hands its value on in local time
        if isinstance(value, datetime.date):
            return thaidate.numeric_date(value, reader_language())
        return super().format_value(value)


class _ReaderField:
    """What the fields share: the hint joined to any help text, and the error to raise."""

    messages = MESSAGES

    def _with_hint(self, help_text: Any, hint: Any) -> Any:
        # Lazy, as fields are made when their form's module is imported, before any language.
        return format_lazy("{} \u2014 {}", hint, help_text) if help_text else hint

    def _refuse(self, exc: thaidate.DateTextError) -> ValidationError:
        example = thaidate.numeric_date(clock.today(), reader_language())
        message = str(self.messages[exc.code]).format(example=example)
        return ValidationError(message, code=f"date_{exc.code}")


class ReaderDateField(_ReaderField, forms.DateField):
    """A date typed in either calendar, shown in the reader's (see the module's docstring)."""

    widget = ReaderDateInput

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["help_text"] = self._with_hint(kwargs.get("help_text"), date_hint())
        super().__init__(*args, **kwargs)

    def to_python(self, value: Any) -> datetime.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value.date() if isinstance(value, datetime.datetime) else value
        try:
            return thaidate.parse_date(str(value))
        except thaidate.DateTextError as exc:
            raise self._refuse(exc) from None


class ReaderDateTimeField(_ReaderField, forms.DateTimeField):
    """A Bangkok date and time typed as DD/MM/YYYY HH:MM in either calendar."""

    widget = ReaderDateInput
    messages = DATETIME_MESSAGES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["help_text"] = self._with_hint(kwargs.get("help_text"), datetime_hint())
        super().__init__(*args, **kwargs)
        self.widget.attrs["inputmode"] = "text"  # the time needs a colon

    def to_python(self, value: Any) -> datetime.datetime | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value
        try:
            return thaidate.parse_datetime(str(value))
        except thaidate.DateTextError as exc:
            raise self._refuse(exc) from None


def reader_date_formfield(db_field: Any, **kwargs: Any) -> forms.Field | None:
    """`formfield_callback` for a ModelForm: every model date (and date-time) field becomes a
    reader's field, keeping the model's label, help text, required and validators."""
    from django.db import models

    if isinstance(db_field, models.DateTimeField):
        return db_field.formfield(form_class=ReaderDateTimeField, **kwargs)
    if isinstance(db_field, models.DateField):
        return db_field.formfield(form_class=ReaderDateField, **kwargs)
    return db_field.formfield(**kwargs)
