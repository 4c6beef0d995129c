"""Officers' forms: plan an inspection, decide after it. The services check and write."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.oversight.choices import Decision


class PlanForm(forms.Form):
    planned_for = forms.DateField(label=_("Date of the visit"),
                                  widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reasons"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_("The operator reads them. Needed for every decision but a confirmation."),
    )  # fmt: skip
    corrections_due = forms.DateField(
        label=_("Corrections due by"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip
