"""One small validator per column of the import: each looks at one row for one column and
returns the problem it finds (in the reader's language), or None. `COLUMN_VALIDATORS` is the table
that `check` runs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from tscplus.core import scoping
from tscplus.core.validators import phone_validator
from tscplus.places.importing.columns import COLUMNS, LIMITS
from tscplus.places.importing.rows import Row

# A column validator looks at one row for one column and returns the problem, if any.
ColumnValidator = Callable[[Row, str], str | None]


def _required(row: Row, column: str) -> str | None:
    return None if row.get(column) else _("Required.")


def _at_most(limit: int) -> ColumnValidator:
    def validate(row: Row, column: str) -> str | None:
        return (
            _("At most {n} characters.").format(n=limit) if len(row.get(column)) > limit else None
        )

    return validate


def _subdistrict_known(row: Row, column: str) -> str | None:
    if row.get(column) and row.subdistrict is None:
        return _("No subdistrict has this code (6 digits, e.g. 500105).")
    return None


def _matches_subdistrict(code_key: str, *name_keys: str) -> ColumnValidator:
    """The district or province given, if any, by code or Thai or English name, must be the one
    the subdistrict code lies in: the code decides, the names only catch a typo."""

    def validate(row: Row, column: str) -> str | None:
        sub, given = row.subdistrict, row.get(column).casefold()
        if sub is None or not given:
            return None
        allowed = {sub[code_key].casefold(), *(sub[n].casefold() for n in name_keys)}
        if given in allowed:
            return None
        return _("Does not match the subdistrict code ({name}).").format(name=sub[name_keys[0]])

    return validate


def _subdistrict_in_scope(row: Row, column: str) -> str | None:
    sub, scope = row.subdistrict, row.ref.scope
    if sub is None or scoping.covers(
        scope,
        region=sub["district__province__region_id"],
        province=sub["district__province_id"],
        district=sub["district_id"],
    ):
        return None
    return _("Outside the area you oversee.")


def _category_known(row: Row, column: str) -> str | None:
    if row.get(column) and row.category is None:
        return _("Unknown type of place: use a name from the template's list.")
    return None


def _coordinate(row: Row, column: str) -> str | None:
    """Reads the coordinate for the checks after it (and for writing), to the micro-degree."""
    if not row.get(column):
        return None
    try:
        row.coords[column] = Decimal(row.get(column)).quantize(Decimal("0.000001"))
    except InvalidOperation:
        return _("Not a number.")
    return None


def _within(low: int, high: int) -> ColumnValidator:
    """Thailand's bounding box, one coordinate at a time."""

    def validate(row: Row, column: str) -> str | None:
        if column in row.coords and not low <= row.coords[column] <= high:
            return _("This point is not in Thailand.")
        return None

    return validate


def _coordinate_pair(row: Row, column: str) -> str | None:
    if bool(row.get("latitude")) != bool(row.get("longitude")):
        return _("Give both latitude and longitude, or neither.")
    return None


def _phone(row: Row, column: str) -> str | None:
    if not row.get(column):
        return None
    try:
        phone_validator(row.get(column))
    except Exception:
        return _("Enter a phone number of digits, for example 081 234 5678.")
    return None


def _owner_known(row: Row, column: str) -> str | None:
    if row.get(column) and row.owner is None:
        return _("No operator's account has this e-mail.")
    return None


def _name_new_here(row: Row, column: str) -> str | None:
    """A name already registered in the subdistrict is refused; one that an earlier row of the
    same file gives is only a warning (two branches of a chain may share a name)."""
    sub = row.subdistrict
    if sub is None or not row.get(column):
        return None
    name_key = (sub["code"], row.get(column).casefold())
    seen = row.ref.seen
    problem = None
    if name_key in row.ref.existing:
        problem = _(
            "Already registered in this subdistrict. If it is another place with the same name, register it with the form."
        )
    elif name_key in seen:
        row.warn(column, _("Same name and subdistrict as row {n}.").format(n=seen[name_key]))
    seen.setdefault(name_key, row.number)
    return problem


# Every check of a row, by the column it reports on, in the order a row's problems are listed
# (the report shows them so: keep the order). Some columns have more than one check, because
# later checks use what earlier ones found (coordinates are read before they are placed).
COLUMN_VALIDATORS: tuple[tuple[str, ColumnValidator], ...] = (
    *((key, _required) for key, _th, _en, required in COLUMNS if required),
    *((key, _at_most(limit)) for key, limit in LIMITS.items()),
    ("subdistrict", _subdistrict_known),
    (
        "province",
        _matches_subdistrict(
            "district__province_id", "district__province__name_th", "district__province__name_en"
        ),
    ),
    ("district", _matches_subdistrict("district_id", "district__name_th", "district__name_en")),
    ("subdistrict", _subdistrict_in_scope),
    ("category", _category_known),
    ("latitude", _coordinate),
    ("longitude", _coordinate),
    ("latitude", _within(5, 21)),
    ("longitude", _within(97, 106)),
    ("longitude", _coordinate_pair),
    ("phone", _phone),
    ("owner_email", _owner_known),
    ("name_th", _name_new_here),
)
