"""Oversight's forms: plan an inspection, decide after it, answer and close a corrections case.
The services check and write."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tscplus.core import clock
from tscplus.core.datefields import ReaderDateField
from tscplus.oversight.choices import CLOSE_OUTCOME_CHOICES, Decision


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
        label=_("Corrections due by"),
        required=False,
        validators=[_not_far],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = settings.OVERSIGHT_CORRECTIONS_DAYS
        self.fields["corrections_due"].help_text = ngettext(
            "Leave it empty for {n} day from today.",
            "Leave it empty for {n} days from today.",
            days,
        ).format(n=days)


class CaseAnswerForm(forms.Form):
    """The owner's answer to one item of a corrections case."""

    answer = forms.CharField(
        label=_("What was done"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )
    evidence = forms.FileField(
        label=_("Evidence: a photo or a PDF"),
        required=False,
        help_text=_("JPEG, PNG or WebP photo, or PDF, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,.pdf"}),
    )


class CaseCloseForm(forms.Form):
    """An officer closes a corrections case."""

    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=CLOSE_OUTCOME_CHOICES,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reasons"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_("The owner reads them. Needed for every outcome but an acceptance."),
    )
    visit_on = ReaderDateField(
        label=_("Date of the visit"),
        required=False,
        validators=[_not_far],
        help_text=_("For “A visit is needed”: the visit is planned for you on this date."),
    )
