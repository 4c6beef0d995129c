"""Who sees the officers' figures of an area: an officer whose area covers it (`core.scoping`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tscplus.core import scoping

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer


def covers(user: Viewer, level: str, code: str, parents: dict[str, str]) -> bool:
    """True when the user's area scope includes this area (`parents`: its province and region;
    none for the whole country, which only a country-wide scope covers)."""
    region = parents.get("region")
    return scoping.covers(
        scoping.area_scope_of(user),
        region=int(region) if region else None,
        province=parents.get("province") if level in ("province", "district") else None,
        district=code if level == "district" else None,
    )
