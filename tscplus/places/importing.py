"""Bulk import of establishments by officers, from CSV or XLSX, with Thai or English headers.

One pass reads and checks every row against reference data loaded once (subdistricts, categories,
the names already registered in those subdistricts), so a file of 100,000 rows costs a few queries,
not one per row. Each problem is reported by row number (as the spreadsheet numbers it, the header
being row 1) and column. The rows are written in one transaction, with PostgreSQL's COPY where
available: all or nothing by default, or only the valid rows when asked."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tscplus.core.models import Subdistrict
from tscplus.core.permissions import area_scope_of
from tscplus.core.validators import phone_validator
from tscplus.places.choices import Certification, EstablishmentStatus
from tscplus.places.models import Establishment, SettingCategory, new_public_id

# (key, Thai header, English header, required)
COLUMNS: tuple[tuple[str, str, str, bool], ...] = (
    ("name_th", "ชื่อสถานที่ (ภาษาไทย)", "Name (Thai)", True),
    ("name_en", "ชื่อสถานที่ (ภาษาอังกฤษ)", "Name (English)", False),
    ("category", "ประเภทสถานที่", "Type of place", True),
    ("address", "ที่อยู่", "Address", True),
    ("subdistrict", "รหัสตำบล", "Subdistrict code", True),
    ("district", "อำเภอ", "District", False),
    ("province", "จังหวัด", "Province", False),
    ("phone", "โทรศัพท์", "Phone", False),
    ("opening_hours", "เวลาเปิดทำการ", "Opening hours", False),
    ("latitude", "ละติจูด", "Latitude", False),
    ("longitude", "ลองจิจูด", "Longitude", False),
    ("owner_email", "อีเมลเจ้าของ", "Owner's email", False),
)
MAX_ROWS = 200_000
LIMITS = {"name_th": 200, "name_en": 200, "address": 300, "opening_hours": 200}
# An XLSX file is a zip: what it unpacks to is checked before a cell is parsed. MAX_ROWS rows of
# the template's 12 columns unpack to 60 MB (Excel's shared strings) to 200 MB (inline strings, as
# openpyxl and some exports write them), at 5 to 20 times their zipped size; a sheet of one value
# repeated reached 18. A crafted file of repeated cells packs 250 times and more (a 198 KB file
# held a consumer thread 20 s with its 50 MB; a 50 MB upload would have made 12 GB).
XLSX_MAX_UNPACKED = 200 * 1024 * 1024
XLSX_MAX_RATIO = 100


def column_label(key: str, language: str) -> str:
    """A column's header in the reader's language, as in the template."""
    for k, th, en, _required in COLUMNS:
        if k == key:
            return en if language.startswith("en") else th
    return key


class ImportFileError(Exception):
    """The file cannot be read at all (format, encoding, headers): said in one message."""


@dataclass
class Problem:
    row: int
    column: str
    message: str


@dataclass
class Checked:
    total: int = 0
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def bad_rows(self) -> set[int]:
        return {p.row for p in self.errors}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def _header_key(text: str) -> str | None:
    wanted = _norm(text).casefold()
    for key, th, en, _required in COLUMNS:
        if wanted in (key, th.casefold(), en.casefold()):
            return key
    return None


def xlsx_check_unpacked(source: Any) -> None:
    """Refuse an XLSX (bytes or a file) that unpacks to more than XLSX_MAX_UNPACKED or more than
    XLSX_MAX_RATIO times its zipped size, from the sizes its zip directory declares; nothing is
    unpacked. A member cannot lie about its size: zipfile, which openpyxl reads through, never
    gives more than the declared size (a member that holds more fails its CRC check)."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    try:
        source.seek(0)
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportFileError(_("This is not an Excel (.xlsx) file we can open.")) from exc
    finally:
        source.seek(0)
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > XLSX_MAX_UNPACKED:
        raise ImportFileError(
            _(
                "This file unpacks to {size} MB, more than the {limit} MB a spreadsheet may hold "
                "here. Split it into smaller files, or save it as CSV."
            ).format(size=f"{unpacked / 1024 / 1024:,.0f}", limit=XLSX_MAX_UNPACKED // 1024 // 1024)
        )
    if unpacked / packed > XLSX_MAX_RATIO:
        raise ImportFileError(
            _(
                "This file unpacks to {ratio} times its size, which a list of places never does. "
                "Copy the rows into a new spreadsheet, or save it as CSV."
            ).format(ratio=f"{unpacked // packed:,}")
        )


def read_rows(data: bytes, filename: str) -> tuple[list[str], Iterator[list[str]]]:
    """The header and the rows of a CSV (UTF-8, with or without BOM, or Thai Windows-874) or XLSX."""
    if filename.lower().endswith(".xlsx"):
        import openpyxl

        xlsx_check_unpacked(data)
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
            raise ImportFileError(_("This is not an Excel (.xlsx) file we can open.")) from exc
        sheet = book.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        header = [str(v or "") for v in next(values, ())]
        rows = (["" if v is None else str(v) for v in row] for row in values)
        return header, rows
    if not filename.lower().endswith(".csv"):
        raise ImportFileError(_("Send a .csv or .xlsx file (the template is both)."))
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(_("The file's characters cannot be read: save it as CSV UTF-8."))
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    return header, reader


@dataclass
class _Reference:
    """What every row is checked against, loaded once for the whole file: a few queries, not one
    per row."""

    scope: Any
    subdistricts: dict[str, dict[str, Any]]
    categories: dict[str, int]
    existing: set[tuple[str, str]] = field(default_factory=set)
    owners: dict[str, int] = field(default_factory=dict)
    # (subdistrict, name) -> the first row that named it, for the "same as row n" warning.
    seen: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class _Row:
    """One row being checked: its values, what they point to, and the problems found so far."""

    number: int
    values: dict[str, str]
    ref: _Reference
    result: Checked
    coords: dict[str, Decimal] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    @cached_property
    def subdistrict(self) -> dict[str, Any] | None:
        return self.ref.subdistricts.get(self.get("subdistrict"))

    @cached_property
    def category(self) -> int | None:
        return self.ref.categories.get(self.get("category").casefold())

    @cached_property
    def owner(self) -> int | None:
        email = self.get("owner_email")
        return self.ref.owners.get(email.casefold()) if email else None

    def warn(self, column: str, message: str) -> None:
        self.result.warnings.append(Problem(self.number, column, message))


# A column validator looks at one row for one column and returns the problem, if any.
ColumnValidator = Callable[[_Row, str], str | None]


def _required(row: _Row, column: str) -> str | None:
    return None if row.get(column) else _("Required.")


def _at_most(limit: int) -> ColumnValidator:
    def validate(row: _Row, column: str) -> str | None:
        return (
            _("At most {n} characters.").format(n=limit) if len(row.get(column)) > limit else None
        )

    return validate


def _subdistrict_known(row: _Row, column: str) -> str | None:
    if row.get(column) and row.subdistrict is None:
        return _("No subdistrict has this code (6 digits, e.g. 500105).")
    return None


def _matches_subdistrict(code_key: str, *name_keys: str) -> ColumnValidator:
    """The district or province given, if any, by code or Thai or English name, must be the one
    the subdistrict code lies in: the code decides, the names only catch a typo."""

    def validate(row: _Row, column: str) -> str | None:
        sub, given = row.subdistrict, row.get(column).casefold()
        if sub is None or not given:
            return None
        allowed = {sub[code_key].casefold(), *(sub[n].casefold() for n in name_keys)}
        if given in allowed:
            return None
        return _("Does not match the subdistrict code ({name}).").format(name=sub[name_keys[0]])

    return validate


def _subdistrict_in_scope(row: _Row, column: str) -> str | None:
    sub, scope = row.subdistrict, row.ref.scope
    if sub is None or scope.everything:
        return None
    if (
        sub["district__province_id"] in scope.province_codes
        or sub["district_id"] in scope.district_codes
        or sub["district__province__region_id"] in scope.region_numbers
    ):
        return None
    return _("Outside the area you oversee.")


def _category_known(row: _Row, column: str) -> str | None:
    if row.get(column) and row.category is None:
        return _("Unknown type of place: use a name from the template's list.")
    return None


def _coordinate(row: _Row, column: str) -> str | None:
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

    def validate(row: _Row, column: str) -> str | None:
        if column in row.coords and not low <= row.coords[column] <= high:
            return _("This point is not in Thailand.")
        return None

    return validate


def _coordinate_pair(row: _Row, column: str) -> str | None:
    if bool(row.get("latitude")) != bool(row.get("longitude")):
        return _("Give both latitude and longitude, or neither.")
    return None


def _phone(row: _Row, column: str) -> str | None:
    if not row.get(column):
        return None
    try:
        phone_validator(row.get(column))
    except Exception:
        return _("Enter a phone number of digits, for example 081 234 5678.")
    return None


def _owner_known(row: _Row, column: str) -> str | None:
    if row.get(column) and row.owner is None:
        return _("No operator's account has this e-mail.")
    return None


def _name_new_here(row: _Row, column: str) -> str | None:
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


def _require_columns(keys: list[str | None]) -> None:
    language = translation.get_language() or "th"
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


def _load_reference(user: Any) -> _Reference:
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
            categories[_norm(name).casefold()] = c["pk"]
    return _Reference(scope=area_scope_of(user), subdistricts=subdistricts, categories=categories)


def _non_blank_rows(
    keys: list[str | None], rows: Iterable[list[str]]
) -> list[tuple[int, dict[str, str]]]:
    """The rows with anything in them, numbered as the spreadsheet numbers them (header = 1)."""
    raw: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(rows, start=2):
        if not any(str(v).strip() for v in values):
            continue
        raw.append((number, {k: _norm(v) for k, v in zip(keys, values, strict=False) if k}))
        if len(raw) > MAX_ROWS:
            raise ImportFileError(_("At most {n} rows in one file.").format(n=f"{MAX_ROWS:,}"))
    return raw


def _load_row_references(ref: _Reference, raw: list[tuple[int, dict[str, str]]]) -> None:
    """The names already registered and the owners' accounts, for the subdistricts and e-mails
    that the file names."""
    from tscplus.accounts.choices import Role
    from tscplus.accounts.models import User

    wanted_codes = {row.get("subdistrict", "") for _n, row in raw}
    ref.existing = {
        (code, _norm(name).casefold())
        for code, name in Establishment.objects.filter(subdistrict_id__in=wanted_codes).values_list(
            "subdistrict_id", "name_th"
        )
    }
    emails = {row["owner_email"].casefold() for _n, row in raw if row.get("owner_email")}
    if not emails:
        return
    # Owners are operators' accounts: an import neither hands a place to a staff account nor
    # tells the officer which staff addresses exist.
    operators = User.objects.filter(
        email__in=emails,
        is_active=True,
        memberships__role=Role.OPERATOR,
        memberships__ended_at__isnull=True,
    )
    ref.owners = {e.casefold(): pk for pk, e in operators.values_list("pk", "email")}


def _record(row: _Row, sub: dict[str, Any]) -> dict[str, Any]:
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


def _check_row(row: _Row) -> None:
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
    user: Any,
    progress: Callable[[int], None] | None = None,
) -> Checked:
    """Every row against every column's validators; `progress` hears every 5,000 rows."""
    keys = [_header_key(h) for h in header]
    _require_columns(keys)
    ref = _load_reference(user)
    raw = _non_blank_rows(keys, rows)
    result = Checked(total=len(raw))
    _load_row_references(ref, raw)
    for done, (number, values) in enumerate(raw, start=1):
        _check_row(_Row(number=number, values=values, ref=ref, result=result))
        if progress and done % 5000 == 0:
            progress(done)
    return result


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
