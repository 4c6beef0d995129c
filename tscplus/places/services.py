"""Every write about establishments: register, edit, transfer. Atomic and audited."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.models import Subdistrict
from tscplus.oversight.hooks import risk_refresh_soon
from tscplus.places.models import Establishment, SettingCategory

EDITABLE_FIELDS = (
    "name_th", "name_en", "category", "address", "subdistrict", "district", "province", "postcode",
    "latitude", "longitude", "phone", "opening_hours", "status",
)  # fmt: skip


def _place_in(establishment: Establishment, subdistrict: Subdistrict) -> None:
    """Copy the district, province and postcode down from the subdistrict."""
    establishment.subdistrict = subdistrict
    establishment.district_id = subdistrict.district_id
    establishment.province_id = subdistrict.district.province_id
    if not establishment.postcode or establishment.postcode not in subdistrict.postcodes.split():
        establishment.postcode = subdistrict.postcode


@transaction.atomic
def establishment_register(
    *,
    owner: Any,
    name_th: str,
    category: SettingCategory,
    address: str,
    subdistrict: Subdistrict,
    name_en: str = "",
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    phone: str = "",
    opening_hours: str = "",
) -> Establishment:
    establishment = Establishment(
        owner=owner,
        name_th=name_th.strip(),
        name_en=name_en.strip(),
        category=category,
        address=address.strip(),
        latitude=latitude,
        longitude=longitude,
        phone=phone.strip(),
        opening_hours=opening_hours.strip(),
    )
    _place_in(establishment, subdistrict)
    establishment.full_clean()
    establishment.save()
    audit_record(
        actor=owner,
        verb="establishment.registered",
        obj=establishment,
        after=snapshot(establishment, EDITABLE_FIELDS),
    )
    risk_refresh_soon(establishment_id=establishment.pk)
    return establishment


@transaction.atomic
def establishment_update(
    *, actor: Any, establishment: Establishment, **changes: Any
) -> Establishment:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
    before = snapshot(establishment, EDITABLE_FIELDS)
    subdistrict = changes.pop("subdistrict", None)
    for name in ("district", "province", "postcode"):
        changes.pop(name, None)  # always derived from the subdistrict
    for name, value in changes.items():
        setattr(establishment, name, value.strip() if isinstance(value, str) else value)
    if subdistrict is not None and subdistrict.pk != establishment.subdistrict_id:
        establishment.postcode = ""
        _place_in(establishment, subdistrict)
    establishment.full_clean()
    establishment.save()
    audit_record(
        actor=actor,
        verb="establishment.updated",
        obj=establishment,
        before=before,
        after=snapshot(establishment, EDITABLE_FIELDS),
    )
    return establishment


@transaction.atomic
def establishment_transfer(
    *, actor: Any, establishment: Establishment, new_owner: Any
) -> Establishment:
    """Give an establishment to another operator (administrators only; checked by the caller)."""
    before = snapshot(establishment, ("owner",))
    establishment.owner = new_owner
    establishment.save(update_fields=["owner"])
    audit_record(
        actor=actor,
        verb="establishment.transferred",
        obj=establishment,
        before=before,
        after=snapshot(establishment, ("owner",)),
    )
    return establishment


def establishment_set_certification(*, establishment: Establishment, certification: str) -> None:
    """Record where the place stands in the registry. Not audited itself: it follows from the
    certificate changes, each of which is audited where it happens."""
    if establishment.certification != certification:
        Establishment.objects.filter(pk=establishment.pk).update(certification=certification)
        establishment.certification = certification
