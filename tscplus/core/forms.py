"""The reusable address picker: province, then district, then subdistrict.

With JavaScript, HTMX refills the next select when one changes (`address_options` view). Without it,
the form is submitted and re-rendered with the next select narrowed to the choice made; a district
outside the chosen province (or a subdistrict outside the district) is a field error, never saved.
Use `AddressFieldsMixin` in any form (establishments, memberships, the area look-up).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from tscplus.core import selectors
from tscplus.core.models import District, Province, Subdistrict


class AreaChoiceField(forms.ModelChoiceField):
    """Shows each area in the active language. A value holding NUL is not a choice (PostgreSQL
    refuses NUL in the text codes it would look up): a field error, as for any unknown code."""

    def label_from_instance(self, obj: Any) -> str:
        return obj.name

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str) and "\x00" in value:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class AddressSelect(forms.Select):
    """A select that refills the next one when it changes. In a search filter (`for_filter`) the
    empty choice reads "all" rather than "choose", and there is no subdistrict to reset; in a
    picker that stops at the district (`last`), there is none to reset either."""

    def __init__(
        self, *, level: str, target: str, for_filter: bool = False, last: bool = False
    ) -> None:
        values = f'"level": "{level}", "filter": "1"' if for_filter else f'"level": "{level}"'
        if last:
            values += ', "last": "1"'
        super().__init__(
            attrs={
                "hx-get": reverse_lazy("core:address_options"),
                "hx-vals": f"{{{values}}}",
                "hx-target": f"#{target}",
                "hx-include": "closest form",
                "hx-trigger": "change",
                "autocomplete": "off",
            }
        )


class AddressFieldsMixin:
    """Adds `province`, `district` and `subdistrict` to a form and keeps them consistent."""

    address_required = True

    def setup_address_fields(
        self: Any, *, required: bool | None = None, subdistrict: bool = True
    ) -> None:
        """Province, district and (unless `subdistrict` is False) subdistrict."""
        required = self.address_required if required is None else required
        province_code, district_code = self._address_codes()
        self.fields["province"] = AreaChoiceField(
            label=_("Province"),
            queryset=selectors.in_name_order(Province.objects.all()),
            required=required,
            empty_label=_("Choose a province"),
            widget=AddressSelect(level="district", target="id_district", last=not subdistrict),
        )
        self.fields["district"] = AreaChoiceField(
            label=_("District"),
            queryset=selectors.district_options(province_code)
            if province_code
            else District.objects.none(),
            required=required,
            empty_label=_("Choose a district"),
            widget=AddressSelect(level="subdistrict", target="id_subdistrict")
            if subdistrict
            else forms.Select(),
        )
        if not subdistrict:
            return
        self.fields["subdistrict"] = AreaChoiceField(
            label=_("Subdistrict"),
            queryset=selectors.subdistrict_options(district_code)
            if district_code
            else Subdistrict.objects.none(),
            required=required,
            empty_label=_("Choose a subdistrict"),
        )

    def _address_codes(self: Any) -> tuple[str | None, str | None]:
        """The province and district chosen, once choices that no longer fit are cleared."""
        province_code = self._address_value("province")
        district_code = self._address_value("district")
        subdistrict_code = self._address_value("subdistrict")
        # Without JavaScript a person may change the province and leave the old district chosen:
        # the lower choices are then cleared quietly, and the lists show what fits the new choice.
        if (
            self.is_bound
            and district_code
            and not (
                province_code
                and District.objects.filter(pk=district_code, province_id=province_code).exists()
            )
        ):
            district_code = subdistrict_code = None
            self._clear_address_data("district", "subdistrict")
        if (
            self.is_bound
            and subdistrict_code
            and not (
                district_code
                and Subdistrict.objects.filter(
                    pk=subdistrict_code, district_id=district_code
                ).exists()
            )
        ):
            self._clear_address_data("subdistrict")
        return province_code, district_code

    def _clear_address_data(self: Any, *names: str) -> None:
        self.data = self.data.copy()
        for name in names:
            self.data[self.add_prefix(name)] = ""

    def _address_value(self: Any, name: str) -> str | None:
        value = self.data.get(self.add_prefix(name)) if self.is_bound else self.initial.get(name)
        if isinstance(value, Province | District | Subdistrict):
            return value.pk
        if not value or "\x00" in str(value):  # NUL: no area (the field itself says so)
            return None
        return str(value)

    def check_address_choices(self: Any, cleaned: dict[str, Any]) -> dict[str, Any]:
        """Check the three choices agree; call from the form's `clean`."""
        province, district, subdistrict = (
            cleaned.get("province"),
            cleaned.get("district"),
            cleaned.get("subdistrict"),
        )
        if district and province and district.province_id != province.pk:
            self.add_error("district", _("Choose a district in the selected province."))
        if subdistrict and district and subdistrict.district_id != district.pk:
            self.add_error("subdistrict", _("Choose a subdistrict in the selected district."))
        return cleaned


class AreaLookupForm(AddressFieldsMixin, forms.Form):
    """The public "find your health area" look-up: every choice optional."""

    address_required = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setup_address_fields()

    def clean(self) -> dict[str, Any]:
        super().clean()
        return self.check_address_choices(self.cleaned_data)


def form_add_service_errors(form: forms.BaseForm, exc: Any) -> None:
    """Show a service's refusal (a ValidationError) on the form that fed it: on the field it names
    when the form has that field, above the form otherwise. Nothing typed is lost."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)
