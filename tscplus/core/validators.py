"""Validators shared by every app."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock

# Thai numbers as people write them: 02 123 4567, 081-234-5678, +66 81 234 5678 (9-15 digits).
phone_validator = RegexValidator(
    regex=r"^\+?[0-9][0-9 \-]{7,17}[0-9]$",
    message=_("Enter a phone number of digits, for example 081 234 5678."),
    code="phone",
)


# Dates. Thai users count years in the Buddhist Era (B.E. = C.E. + 543); the browser's pickers and
# the API use the Western calendar. A year past 2300 can only be a B.E. year typed into a Western
# field, so it is refused with the Western year it most likely means, never silently stored as
# a date five centuries ahead.
BE_OFFSET = 543


def western_year(value: datetime.date) -> None:
    if value and value.year > 2300:
        raise ValidationError(
            _(
                "%(year)s looks like a Buddhist Era year. This field takes the Western year: "
                "B.E. %(year)s is %(western)s."
            ),
            code="buddhist_year",
            params={"year": value.year, "western": value.year - BE_OFFSET},
        )


def not_in_future(value: datetime.date) -> None:
    """A date something already happened on (started, last updated)."""
    western_year(value)
    if value and value > clock.today():
        raise ValidationError(_("This date is in the future."), code="future")


_EMAIL = re.compile(r"\S+@\S+\.\S+")
_PHONE = re.compile(r"(?:\d[\s\-.]?){9,}")


def no_contact_details(value: str) -> None:
    """For text published as a unit's name (an owner in the open-data catalogue): an e-mail address
    or a phone number there would publish a person's contact details."""
    if value and (_EMAIL.search(value) or _PHONE.search(value)):
        raise ValidationError(
            _(
                "Name the unit only: this text is published, so leave out e-mail addresses and "
                "phone numbers."
            ),
            code="contact_details",
        )
