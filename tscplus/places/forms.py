"""Forms for registering and editing an establishment; the services write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tscplus.core.forms import AddressFieldsMixin, AreaChoiceField
from tscplus.places import selectors
from tscplus.places.choices import ImportMode
from tscplus.places.models import Establishment, SettingCategory


class EstablishmentForm(AddressFieldsMixin, forms.ModelForm):
    not_duplicate = forms.BooleanField(
        label=_("This is a different place with the same name"), required=False
    )

    class Meta:
        model = Establishment
        fields = [
            "name_th",
            "name_en",
            "category",
            "address",
            "latitude",
            "longitude",
            "phone",
            "opening_hours",
        ]
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "latitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
        }
        help_texts = {
            "name_en": _("Optional: how foreign visitors know the place."),
            "latitude": _("Optional: copy it from a map app, e.g. 18.788300."),
            "longitude": _("Optional, with the latitude: e.g. 98.985300."),
            "phone": _("A number customers can call, e.g. 053 123 456 or 081 234 5678."),
            "opening_hours": _("For example: every day 08:00-20:00"),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"] = AreaChoiceField(
            label=_("Type of place"),
            queryset=SettingCategory.objects.select_related("group"),
            empty_label=_("Choose a type"),
        )
        if self.instance.pk and not self.is_bound:
            self.initial.update(
                province=self.instance.province_id,
                district=self.instance.district_id,
                subdistrict=self.instance.subdistrict_id,
            )
        self.setup_address_fields()
        self.duplicates: list[Establishment] = []
        # The "different place" box is offered only once a likely duplicate has been shown.
        ticked = self.is_bound and forms.CheckboxInput().value_from_datadict(
            self.data, self.files, self.add_prefix("not_duplicate")
        )
        if not ticked:
            self.fields["not_duplicate"].widget = forms.HiddenInput()
        # Address fields come after the street address, the point and contacts last.
        order = ["name_th", "name_en", "category", "address", "province", "district", "subdistrict"]
        self.order_fields(order)

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.check_address_choices(self.cleaned_data)
        lat, lon = cleaned.get("latitude"), cleaned.get("longitude")
        if (lat is None) != (lon is None):
            self.add_error(
                "longitude" if lon is None else "latitude",
                _("Give both latitude and longitude, or neither."),
            )
        name, subdistrict = cleaned.get("name_th"), cleaned.get("subdistrict")
        if name and subdistrict and not cleaned.get("not_duplicate"):
            self.duplicates = selectors.establishment_likely_duplicates(
                name_th=name, subdistrict_id=subdistrict.pk, exclude_pk=self.instance.pk
            )
            if self.duplicates:
                self.fields["not_duplicate"].widget = forms.CheckboxInput()
                self.add_error(
                    "not_duplicate",
                    _(
                        "A place with this name is already registered in this subdistrict. If it is yours, you do not need to register it again. If it is a different place, tick the box."
                    ),
                )
        return cleaned

    def service_kwargs(self) -> dict[str, Any]:
        data = {
            k: v
            for k, v in self.cleaned_data.items()
            if k not in ("province", "district", "not_duplicate")
        }
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File (.csv or .xlsx)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
        help_text=_("Start from the template: one place per row, headers in Thai or English."),
    )
    mode = forms.ChoiceField(
        label=_("How to import"),
        choices=ImportMode.choices,
        initial=ImportMode.ALL_OR_NOTHING,
        widget=forms.RadioSelect,
    )
