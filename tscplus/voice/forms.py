"""The public's forms: a rating, a complaint and a report of an unknown QR code. The services
check and write; these only read what was typed and carry the field errors back."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.core.forms import AddressFieldsMixin
from tscplus.core.validators import phone_validator
from tscplus.voice.choices import COMPLAINT_TRANSITIONS, Aspect, ComplaintStatus, ComplaintTopic

STARS = [(n, str(n)) for n in range(5, 0, -1)]


def stars_field(aspect: Aspect) -> forms.TypedChoiceField:
    message = _("Choose from 1 to 5 stars.")
    return forms.TypedChoiceField(
        label=aspect.label,
        choices=STARS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


class HoneypotInput(forms.TextInput):
    """A text box people never see (off-screen, aria-hidden, out of the tab order); bots that fill
    every field give themselves away. Rendered with the form's hidden fields."""

    template_name = "voice/widgets/honeypot.html"
    is_hidden = True


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=HoneypotInput(attrs={"title": _("Leave this empty")}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


def contact_fields() -> tuple[forms.CharField, forms.CharField, forms.EmailField]:
    """Name, phone and email, each optional: the same three wherever the public may leave a way
    to be reached (a complaint, a report of an unknown QR code)."""
    return (
        forms.CharField(label=_("Your name (optional)"), max_length=120, required=False),
        forms.CharField(
            label=_("Phone (optional)"),
            max_length=20,
            required=False,
            validators=[phone_validator],
            widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        ),
        forms.EmailField(label=_("Email (optional)"), required=False),
    )


class ContactConsentMixin(forms.Form):
    """Contact details are kept only with the consent beside them (the rule is the service's)."""

    def contact_consent_check(self, cleaned: dict[str, Any]) -> None:
        from tscplus.voice.services import complaint_consent_errors

        # Raw values: a contact that failed its own check still counts as given.
        given = any(
            str(self.data.get(self.add_prefix(name), "")).strip()
            for name in ("contact_name", "contact_phone", "contact_email")
        )
        consent = bool(cleaned.get("consent"))
        for field, message in complaint_consent_errors(has_contact=given, consent=consent).items():
            self.add_error(field, message)


class RatingForm(HoneypotMixin):
    cleanliness = stars_field(Aspect.CLEANLINESS)
    distancing = stars_field(Aspect.DISTANCING)
    hygiene = stars_field(Aspect.HYGIENE)
    staff = stars_field(Aspect.STAFF)
    overall = stars_field(Aspect.OVERALL)
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text=_("What was good, what should improve. Up to 1,000 characters."),
    )
    photo = forms.FileField(
        label=_("Photo (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    visit = forms.CharField(required=False, widget=forms.HiddenInput)

    def ratings(self) -> dict[str, int]:
        return {aspect: self.cleaned_data[aspect] for aspect in Aspect.values}


class ComplaintForm(ContactConsentMixin, HoneypotMixin):
    topic = forms.ChoiceField(
        label=_("What is the problem?"),
        choices=[("", _("Choose a topic")), *ComplaintTopic.choices],
    )
    description = forms.CharField(
        label=_("What happened, and when?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
    )
    photo = forms.FileField(
        label=_("Photo (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    contact_name, contact_phone, contact_email = contact_fields()
    consent = forms.BooleanField(
        required=False,
        label=_(
            "I agree that the Department of Health's officers of this area use my contact details only to ask about and follow up this complaint. They are never shown to the place."
        ),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.contact_consent_check(cleaned)
        return cleaned


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your reply"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
        help_text=_("One reply per rating, shown under it once published."),
    )


class ModerationForm(forms.Form):
    part = forms.ChoiceField(
        choices=[("rating", _("Rating")), ("reply", _("Reply"))], widget=forms.HiddenInput
    )
    decision = forms.ChoiceField(choices=[("approve", _("Publish")), ("reject", _("Reject"))])
    reason = forms.CharField(label=_("Reason (needed to reject)"), max_length=300, required=False)


class ComplaintStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"))
    resolution = forms.CharField(
        label=_("What was found and done"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_(
            "Needed to resolve or dismiss; the complainant reads it with the tracking code."
        ),
    )

    def __init__(self, *args, complaint, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        allowed = COMPLAINT_TRANSITIONS[complaint.status] - {ComplaintStatus.ASSIGNED}
        status = self.fields["status"]
        assert isinstance(status, forms.ChoiceField)  # declared above
        status.choices = [(v, label) for v, label in ComplaintStatus.choices if v in allowed]


class QrReportForm(AddressFieldsMixin, ContactConsentMixin, HoneypotMixin):
    """Where a QR code the registry does not know was seen, for the officers of that area."""

    place_name = forms.CharField(
        label=_("Name of the place (optional)"),
        max_length=200,
        required=False,
        help_text=_("As written on its sign, if you know it."),
    )
    note = forms.CharField(
        label=_("Anything else the officers should know (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text=_("For example where the code was stuck, or what it showed."),
    )
    contact_name, contact_phone, contact_email = contact_fields()
    consent = forms.BooleanField(
        required=False,
        label=_(
            "I agree that the Department of Health's officers of this area use my contact details only to ask about this report."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setup_address_fields(subdistrict=False)
        self.fields["province"].label = _("Province where you saw it")
        self.fields["district"].label = _("District where you saw it")
        self.order_fields(["province", "district"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self.check_address_choices(cleaned)
        self.contact_consent_check(cleaned)
        return cleaned

    def service_kwargs(self) -> dict[str, Any]:
        """What `qr_report_file` takes, as typed (every field but the honeypot)."""
        return {name: self.cleaned_data[name] for name in self.fields if name != "website"}
