"""Forms of the indicator pages; the services decide, the forms only parse."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.indicators.choices import StepStatus


class MonthField(forms.CharField):
    """The month the page is for, carried as YYYY-MM in a hidden input: the reader chooses it
    from a list of months named in their language (B.E. in Thai), never types it."""

    widget = forms.HiddenInput

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(f"{value}-01")
        except ValueError:
            raise forms.ValidationError(_("Choose the month from the list.")) from None


class ProgressForm(forms.Form):
    month = MonthField(label=_("Month"))
    level = forms.IntegerField(
        label=_("Level reached (1-5)"), required=False, min_value=1, max_value=5
    )
    value = forms.DecimalField(
        label=_("Value reached"), required=False, max_digits=12, decimal_places=2
    )
    done = forms.CharField(
        label=_("What was done"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    problems = forms.CharField(
        label=_("Problems and obstacles"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    next_steps = forms.CharField(
        label=_("Next steps"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    evidence_title = forms.CharField(label=_("Evidence: title"), required=False, max_length=200)
    evidence_file = forms.FileField(
        label=_("Evidence: file (PDF, picture, Excel or Word, up to 10 MB)"), required=False
    )
    evidence_url = forms.URLField(
        label=_("Evidence: or a link"), required=False, assume_scheme="https"
    )


class StepForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=StepStatus.choices)
    evidence = forms.CharField(
        label=_("Evidence"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class NarrativeForm(forms.Form):
    narrative = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))
