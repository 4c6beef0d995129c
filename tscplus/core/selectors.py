"""Reads of the shared geography, each already joined for the page or endpoint that needs it."""

import hashlib
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Case, IntegerField, Model, QuerySet, When
from django.http import Http404

from tscplus.core.geography import GEOGRAPHY_CACHE_SECONDS, geography_cache_version
from tscplus.core.language import reader_is_english
from tscplus.core.models import District, HealthRegion, Province, Subdistrict
from tscplus.core.thaisort import thai_sort_key

M = TypeVar("M", bound=Model)


def name_order() -> str:
    """Areas are listed by their name in the reader's language (Krabi after Kanchanaburi in
    English; กระบี่ first in Thai)."""
    return "name_en" if reader_is_english() else "name_th"


def in_name_order(areas: QuerySet[M]) -> QuerySet[M]:
    """Areas in the order of their names in the reader's language: Thai in dictionary order
    (`core.thaisort`), English alphabetically. For short lists (at most 77 rows). The order is
    computed once per list and language and cached until the geography changes."""
    field = name_order()
    digest = hashlib.sha256(str(areas.query).encode()).hexdigest()[:16]
    cache_key = f"area-order:{geography_cache_version()}:{field}:{digest}"
    ranked = cache.get(cache_key)
    if ranked is None:
        key = thai_sort_key if field == "name_th" else str.casefold
        rows = sorted(areas.values_list("pk", field), key=lambda r: key(r[1]))
        ranked = [pk for pk, _name in rows]
        cache.set(cache_key, ranked, timeout=GEOGRAPHY_CACHE_SECONDS)
    return areas.order_by(
        Case(*[When(pk=pk, then=i) for i, pk in enumerate(ranked)], output_field=IntegerField())
    )


def district_options(province_code: str) -> QuerySet[District]:
    return in_name_order(District.objects.filter(province_id=province_code))


def subdistrict_options(district_code: str) -> QuerySet[Subdistrict]:
    return in_name_order(Subdistrict.objects.filter(district_id=district_code))


def region_list() -> QuerySet[HealthRegion]:
    return HealthRegion.objects.all()


def province_list() -> QuerySet[Province]:
    return Province.objects.select_related("region").order_by("code")


def province_get(code: str) -> Province:
    try:
        return Province.objects.select_related("region").get(code=code)
    except Province.DoesNotExist as exc:
        raise Http404("province") from exc


def district_list(*, province_code: str) -> QuerySet[District]:
    """Districts of one province; an unknown province is 404, not an empty list."""
    province_get(province_code)
    return District.objects.filter(province_id=province_code).order_by("code")


def district_get(code: str) -> District:
    try:
        return District.objects.select_related("province__region").get(code=code)
    except District.DoesNotExist as exc:
        raise Http404("district") from exc


def subdistrict_list(*, district_code: str) -> QuerySet[Subdistrict]:
    district_get(district_code)
    return Subdistrict.objects.filter(district_id=district_code).order_by("code")
