"""Who sees the officers' figures of an area: an officer whose area covers it (the one rule)."""

from __future__ import annotations

from typing import Any

from tscplus.core.permissions import area_scope_of


def covers(user: Any, level: str, code: str, parents: dict[str, str]) -> bool:
    """True when the user's area scope includes this area (`parents`: its province and region)."""
    scope = area_scope_of(user)
    if scope.everything:
        return True
    if level == "nation":
        return False
    region = int(parents.get("region") or 0)
    if region in scope.region_numbers:
        return True
    if level in ("province", "district") and parents.get("province") in scope.province_codes:
        return True
    return level == "district" and code in scope.district_codes
