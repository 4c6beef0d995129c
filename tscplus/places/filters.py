"""One filter for the public registry, serving the page and the API alike."""

import django_filters
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from tscplus.core.forms import AddressSelect
from tscplus.core.models import District, Province
from tscplus.core.selectors import district_options, in_name_order
from tscplus.places.choices import Certification, OfficerOutcome
from tscplus.places.models import Establishment, SettingCategory


class RegistryFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Name"))
    province = django_filters.ModelChoiceFilter(
        queryset=Province.objects.all(),
        label=_("Province"),
        empty_label=_("All provinces"),
        # With JavaScript the district list narrows as soon as a province is picked.
        widget=AddressSelect(level="district", target="id_district", for_filter=True),
    )
    district = django_filters.ModelChoiceFilter(
        queryset=District.objects.all(), label=_("District"), empty_label=_("All districts")
    )
    category = django_filters.ModelChoiceFilter(
        queryset=SettingCategory.objects.all(),
        field_name="category",
        to_field_name="code",
        label=_("Type of place"),
        empty_label=_("All types"),
    )

    certification = django_filters.ChoiceFilter(
        choices=Certification.choices, label=_("Certification"), empty_label=_("Any")
    )

    checked = django_filters.ChoiceFilter(
        method="checked_by",
        label=_("Checked by"),
        empty_label=_("Anyone"),
        choices=[("officer", _("Checked by an officer")), ("self", _("Self-assessed only"))],
    )
    outcome = django_filters.ChoiceFilter(
        field_name="officer_outcome",
        choices=OfficerOutcome.choices,
        label=_("Officer's outcome"),
        empty_label=_("Any"),
    )

    sort = django_filters.ChoiceFilter(
        method="sort_by",
        label=_("Sort"),
        empty_label=_("By name"),
        choices=[("rating", _("Best rated first"))],
    )

    class Meta:
        model = Establishment
        fields = [
            "q",
            "province",
            "district",
            "category",
            "certification",
            "checked",
            "outcome",
            "sort",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        province = (self.data or {}).get("province")
        field = self.filters["district"]
        # Only the chosen province's districts are offered (all of them would be 928 options).
        field.queryset = district_options(province) if province else District.objects.none()
        # Provinces in the reader's language order (the queryset is evaluated per request).
        self.filters["province"].queryset = in_name_order(Province.objects.all())

    def search(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(Q(name_th__icontains=word) | Q(name_en__icontains=word))
        return queryset

    def checked_by(self, queryset, name, value):
        # The outcome is set whenever an officer's decision is on record (area oversight keeps
        # it), so one indexed column answers both ways.
        if value == "officer":
            return queryset.exclude(officer_outcome="")
        if value == "self":
            return queryset.filter(officer_outcome="")
        return queryset

    def sort_by(self, queryset, name, value):
        # People Voice's Bayesian score (voice/ratings.py): three fives do not beat three hundred
        # fours; places without ratings come last.
        if value == "rating":
            return queryset.order_by(F("rating__ranking_score").desc(nulls_last=True), "name_th")
        return queryset
