"""The area filters a dataset's download takes from the query string."""

from __future__ import annotations

from tscplus.insights.opendata.dataset import OpenDataset


class UnknownAreaError(ValueError):
    """An area filter that names no province or district."""


def params_of(dataset: OpenDataset, query: dict[str, str]) -> dict[str, str]:
    """The filters a dataset takes, from the query string (unknown parameters ignored; a code
    that names no area refused with UnknownAreaError, never passed on, e.g. into a file name)."""
    from tscplus.core.models import District, Province

    if not dataset.area_filters:
        return {}
    params = {}
    for key, model in (("province", Province), ("district", District)):
        value = query.get(key)
        if not value:
            continue
        if not value.isdigit() or not model.objects.filter(code=value).exists():
            raise UnknownAreaError(key)
        params[key] = value
    return params
