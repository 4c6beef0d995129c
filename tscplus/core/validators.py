"""Validators shared by every app."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Thai numbers as people write them: 02 123 4567, 081-234-5678, +66 81 234 5678 (9-15 digits).
phone_validator = RegexValidator(
    regex=r"^\+?[0-9][0-9 \-]{7,17}[0-9]$",
    message=_("Enter a phone number of digits, for example 081 234 5678."),
    code="phone",
)
