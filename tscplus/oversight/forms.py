"""Officers' forms: plan an inspection, decide after it. The services check and write."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock
from tscplus.core.datefields import ReaderDateField
from tscplus.oversight.choices import Decision


def _not_far(value):
    """Refuse a date far off (a year typed wrong): the field reads either calendar."""
    if value and abs((value - clock.today()).days) > 2 * 366:
        raise ValidationError(_("Choose a date within two years of today."))
    return value


class PlanForm(forms.Form):
    planned_for = ReaderDateField(label=_("Date of the visit"), validators=[_not_far])


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reasons"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_(
            "The operator reads them, and when a certificate is suspended or revoked the public does too (on the place's page and the verification page). Needed for every decision but a confirmation."
        ),
    )
    corrections_due = ReaderDateField(
        label=_("Corrections due by"), required=False, validators=[_not_far]
    )
