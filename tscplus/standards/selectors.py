"""Reads of standards that other pillars need."""

from __future__ import annotations

from django.db.models import QuerySet

from tscplus.standards.choices import VersionStatus
from tscplus.standards.models import Item, Standard, StandardVersion


def version_get(pk: int) -> StandardVersion:
    """One version of a standard, with its standard."""
    return StandardVersion.objects.select_related("standard").get(pk=pk)


def versions_in_force(*, group_id: int | None = None) -> QuerySet[StandardVersion]:
    """The active version of each standard (of those that apply to a setting group, if given),
    with its standard."""
    versions = StandardVersion.objects.filter(status=VersionStatus.ACTIVE)
    if group_id is not None:
        versions = versions.filter(standard__groups=group_id)
    return versions.select_related("standard")


# "tsc-*" names every TSC+ standard (their codes start with "tsc-").
TSC_STANDARDS = "tsc-*"


def standards_coded(code: str) -> QuerySet[Standard]:
    """The standard with this code, or every TSC+ standard for `TSC_STANDARDS`."""
    if code == TSC_STANDARDS:
        return Standard.objects.filter(code__startswith="tsc-")
    return Standard.objects.filter(code=code)


def standards_with_active_item(code: str, item_code: str) -> set[int]:
    """Ids of the standards named by `code` (see `standards_coded`) whose active version has
    the checklist item `item_code`."""
    found = Item.objects.filter(
        version__standard__in=standards_coded(code),
        code=item_code,
        version__status=VersionStatus.ACTIVE,
    )
    return set(found.values_list("version__standard_id", flat=True))
