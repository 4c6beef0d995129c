"""Writing the checked rows of an import: COPY on PostgreSQL, batched inserts elsewhere."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.utils import timezone

from tscplus.places.choices import Certification, EstablishmentStatus
from tscplus.places.models import Establishment, new_public_id

WRITE_COLUMNS = (
    "public_id",
    "name_th",
    "name_en",
    "category_id",
    "owner_id",
    "address",
    "subdistrict_id",
    "district_id",
    "province_id",
    "postcode",
    "latitude",
    "longitude",
    "phone",
    "opening_hours",
    "status",
    "certification",
    "officer_outcome",
    "created_at",
)


def write(rows: list[dict[str, Any]], *, default_owner_id: int) -> int:
    """Insert the checked rows (inside the caller's transaction). COPY on PostgreSQL."""
    now = timezone.now()
    records = (
        (
            new_public_id(),
            r["name_th"],
            r["name_en"],
            r["category_id"],
            r["owner_id"] or default_owner_id,
            r["address"],
            r["subdistrict_id"],
            r["district_id"],
            r["province_id"],
            r["postcode"],
            r["latitude"],
            r["longitude"],
            r["phone"],
            r["opening_hours"],
            EstablishmentStatus.ACTIVE,
            Certification.NONE,
            "",  # no officer has checked a place just imported
            now,
        )
        for r in rows
    )
    if connection.vendor == "postgresql":
        table = Establishment._meta.db_table
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({', '.join(WRITE_COLUMNS)}) FROM STDIN") as copy,
        ):
            for record in records:
                copy.write_row(record)
        return len(rows)
    Establishment.objects.bulk_create(
        (Establishment(**dict(zip(WRITE_COLUMNS, record, strict=True))) for record in records),
        batch_size=2000,
    )
    return len(rows)
