"""The places a person owns, for their data export (see accounts.personal_data)."""

from tscplus.accounts.personal_data import iso
from tscplus.places.models import Establishment


def places_owned(user) -> list[dict]:
    return [
        {
            "public_id": p.public_id,
            "name_th": p.name_th,
            "name_en": p.name_en,
            "address": p.address,
            "postcode": p.postcode,
            "phone": p.phone,
            "created_at": iso(p.created_at),
        }
        for p in Establishment.objects.filter(owner=user).order_by("created_at")
    ]
