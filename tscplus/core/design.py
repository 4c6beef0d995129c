"""What the design system page (/design/) shows: a form with every kind of input the platform
uses, once empty and once refused, so the error summary and the field errors can be seen."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.core.datefields import ReaderDateField

TAGS = (
    ("valid", _("Valid")),
    ("expired", _("Expired")),
    ("suspended", _("Suspended")),
    ("review", _("Under review")),
    ("draft", _("Draft")),
)


class ExamplesForm(forms.Form):
    """Every input type, labelled as a real form would be (dates in the reader's calendar)."""

    name = forms.CharField(label=_("Name of the place"), max_length=200)
    email = forms.EmailField(label=_("Email"), help_text=_("We send the certificate here."))
    phone = forms.CharField(
        label=_("Phone"), widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel"})
    )
    staff = forms.IntegerField(label=_("Number of staff"), min_value=0)
    query = forms.CharField(
        label=_("Search the knowledge hub"), widget=forms.TextInput(attrs={"type": "search"})
    )
    visited_on = ReaderDateField(label=_("Date of the visit"))
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", "---------"), ("restaurant", _("Restaurant")), ("market", _("Market"))],
    )
    answer = forms.ChoiceField(
        label=_("Is soap at every wash basin?"),
        choices=[("yes", _("Yes")), ("no", _("No")), ("na", _("Not applicable"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))
    photo = forms.FileField(label=_("Photo"), required=False)
    consent = forms.BooleanField(label=_("I agree to the privacy notice"))


def examples_form(*, key: str, bound: bool = False) -> ExamplesForm:
    """Empty, or refused as a person might have filled it (each field keeps what was typed).
    `key` keeps the ids of the page's several copies apart."""
    auto_id = f"{key}-%s"
    if not bound:
        return ExamplesForm(auto_id=auto_id)
    data = {
        "name": "ร้านป้าแดง",
        "email": "not-an-email",
        "staff": "-2",
        "visited_on": "31/02/2569",
        "website": "www",
    }
    return ExamplesForm(data=data, auto_id=auto_id)


def examples() -> list[dict[str, object]]:
    """One set of examples per language: its code, an empty form and a refused one."""
    return [
        {
            "language": code,
            "empty": examples_form(key=f"{code}-empty"),
            "form": examples_form(key=f"{code}-refused", bound=True),
            "tags": TAGS,
        }
        for code in ("th", "en")
    ]
