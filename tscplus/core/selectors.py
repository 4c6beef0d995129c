"""Reads of the shared geography, each already joined for the page or endpoint that needs it."""

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import get_language

from tscplus.core.models import District, HealthRegion, Province, Subdistrict


def name_order() -> str:
    """Areas are listed by their name in the reader's language (Krabi after Kanchanaburi in
    English; กระบี่ first in Thai)."""
    return "name_en" if (get_language() or "th").startswith("en") else "name_th"


def district_options(province_code: str) -> QuerySet[District]:
    return District.objects.filter(province_id=province_code).order_by(name_order())


def subdistrict_options(district_code: str) -> QuerySet[Subdistrict]:
    return Subdistrict.objects.filter(district_id=district_code).order_by(name_order())


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


def subdistrict_get(code: str) -> Subdistrict:
    try:
        return Subdistrict.objects.select_related("district__province__region").get(code=code)
    except Subdistrict.DoesNotExist as exc:
        raise Http404("subdistrict") from exc
