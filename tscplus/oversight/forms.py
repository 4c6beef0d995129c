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
        help_text=_("A photo (JPEG, PNG or WebP, up to 5 MB) or a PDF document (up to 10 MB)."),
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


class AppealForm(forms.Form):
    reasons = forms.CharField(
        label=_("Why the decision should change"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
        help_text=_(
            "Say what the officer got wrong or what has changed. An officer who did not make the decision reads it."
        ),
    )
    evidence = forms.FileField(
        label=_("Evidence (optional)"),
        required=False,
        help_text=_("A photo (JPEG, PNG or WebP, up to 5 MB) or a PDF document (up to 10 MB)."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp,.pdf"}),
    )


class AppealDecisionForm(forms.Form):
    status = forms.ChoiceField(label=_("Outcome of the appeal"), widget=forms.RadioSelect)
    varied_to = forms.ChoiceField(
        label=_("New decision (when varied)"),
        required=False,
        help_text=_("Only a lighter decision than the one appealed."),
    )
    reason = forms.CharField(
        label=_("Reasons"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        help_text=_("The owner reads them, and the public reads them with the finding."),
    )

    def __init__(self, *args, decision: str, **kwargs) -> None:
        from tscplus.oversight.choices import AppealStatus
        from tscplus.oversight.services.appeals import VARY_TO

        super().__init__(*args, **kwargs)
        lighter = VARY_TO.get(decision, ())
        outcomes = [AppealStatus.UPHELD, AppealStatus.OVERTURNED]
        if lighter:
            outcomes.append(AppealStatus.VARIED)
        status = self.fields["status"]
        varied = self.fields["varied_to"]
        assert isinstance(status, forms.ChoiceField) and isinstance(varied, forms.ChoiceField)
        status.choices = [(s.value, s.label) for s in outcomes]
        varied.choices = [("", "—")] + [(d, Decision(d).label) for d in lighter]
        if not lighter:
            del self.fields["varied_to"]


class InspectionReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your reply"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        help_text=_(
            "One reply per inspection, shown beside the outcome on the place's public page and the QR code page. A reply with a link or a phone number waits for an officer first."
        ),
    )


class ReplyModerationForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Publish")), ("reject", _("Reject"))])
    reason = forms.CharField(label=_("Reason (needed to reject)"), max_length=300, required=False)
