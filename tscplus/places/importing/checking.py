"""The check of a whole file: the headers, then every row against every column's validators, with
the reference data loaded once (a file of 100,000 rows costs a few queries, not one per row)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from tscplus.core.language import reader_language
from tscplus.core.models import Subdistrict
from tscplus.core.scoping import area_scope_of
from tscplus.places.importing.columns import (
    COLUMNS,
    MAX_ROWS,
    ImportFileError,
    column_label,
    header_key,
    norm,
)
from tscplus.places.importing.rows import Checked, Problem, Reference, Row
from tscplus.places.importing.validators import COLUMN_VALIDATORS
from tscplus.places.models import Establishment, SettingCategory

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def _require_columns(keys: list[str | None]) -> None:
    language = reader_language()
    missing = [
        column_label(key, language)
        for key, _th, _en, required in COLUMNS
        if required and key not in keys
    ]
    if missing:
        raise ImportFileError(
            _("These columns are missing: {columns}. Start from the template.").format(
                columns=", ".join(missing)
            )
        )


def _load_reference(user: User) -> Reference:
    subdistricts = {
        s["code"]: s
        for s in Subdistrict.objects.values(
            "code",
            "district_id",
            "postcodes",
            "district__province_id",
            "district__province__region_id",
            "district__name_th",
            "district__name_en",
            "district__province__name_th",
            "district__province__name_en",
        )
    }
    categories: dict[str, int] = {}
    for c in SettingCategory.objects.values("pk", "code", "name_th", "name_en"):
        for name in (c["code"], c["name_th"], c["name_en"]):
            categories[norm(name).casefold()] = c["pk"]
    return Reference(scope=area_scope_of(user), subdistricts=subdistricts, categories=categories)


def _non_blank_rows(
    keys: list[str | None], rows: Iterable[list[str]]
) -> list[tuple[int, dict[str, str]]]:
    """The rows with anything in them, numbered as the spreadsheet numbers them (header = 1)."""
    raw: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(rows, start=2):
        if not any(str(v).strip() for v in values):
            continue
        raw.append((number, {k: norm(v) for k, v in zip(keys, values, strict=False) if k}))
        if len(raw) > MAX_ROWS:
            raise ImportFileError(_("At most {n} rows in one file.").format(n=f"{MAX_ROWS:,}"))
    return raw


def _load_row_references(ref: Reference, raw: list[tuple[int, dict[str, str]]]) -> None:
    """The names already registered and the owners' accounts, for the subdistricts and e-mails
    that the file names."""
    from tscplus.accounts.selectors import operator_ids_by_email

    wanted_codes = {row.get("subdistrict", "") for _n, row in raw}
    ref.existing = {
        (code, norm(name).casefold())
        for code, name in Establishment.objects.filter(subdistrict_id__in=wanted_codes).values_list(
            "subdistrict_id", "name_th"
        )
    }
    emails = {row["owner_email"].casefold() for _n, row in raw if row.get("owner_email")}
    if emails:
        # Owners are operators' accounts only (accounts decides who that is).
        ref.owners = operator_ids_by_email(emails)


def _record(row: Row, sub: Mapping[str, Any]) -> dict[str, Any]:
    """A valid row, in the subdistrict `sub`, as the columns `write` inserts."""
    return {
        "name_th": row.values["name_th"],
        "name_en": row.get("name_en"),
        "category_id": row.category,
        "address": row.values["address"],
        "subdistrict_id": sub["code"],
        "district_id": sub["district_id"],
        "province_id": sub["district__province_id"],
        "postcode": (sub["postcodes"].split() or [""])[0],
        "latitude": row.coords.get("latitude"),
        "longitude": row.coords.get("longitude"),
        "phone": row.get("phone"),
        "opening_hours": row.get("opening_hours"),
        "owner_id": row.owner,
    }


def _check_row(row: Row) -> None:
    errors_before = len(row.result.errors)
    for column, validate in COLUMN_VALIDATORS:
        if (message := validate(row, column)) is not None:
            row.result.errors.append(Problem(row.number, column, message))
    sub = row.subdistrict
    if len(row.result.errors) == errors_before and sub is not None:
        row.result.rows.append((row.number, _record(row, sub)))


def check(
    header: list[str],
    rows: Iterable[list[str]],
    *,
    user: User,
    progress: Callable[[int], None] | None = None,
) -> Checked:
    """Every row against every column's validators; `progress` hears every 5,000 rows."""
    keys = [header_key(h) for h in header]
    _require_columns(keys)
    ref = _load_reference(user)
    raw = _non_blank_rows(keys, rows)
    result = Checked(total=len(raw))
    _load_row_references(ref, raw)
    for done, (number, values) in enumerate(raw, start=1):
        _check_row(Row(number=number, values=values, ref=ref, result=result))
        if progress and done % 5000 == 0:
            progress(done)
    return result
