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
from typing import Any

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from tscplus.core.language import reader_language
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
            _("This file unpacks to {size} MB, more than the {limit} MB a spreadsheet may hold "
              "here. Split it into smaller files, or save it as CSV.").format(
                size=f"{unpacked / 1024 / 1024:,.0f}", limit=XLSX_MAX_UNPACKED // 1024 // 1024)
        )  # fmt: skip
    if unpacked / packed > XLSX_MAX_RATIO:
        raise ImportFileError(
            _("This file unpacks to {ratio} times its size, which a list of places never does. "
              "Copy the rows into a new spreadsheet, or save it as CSV.").format(
                ratio=f"{unpacked // packed:,}")
        )  # fmt: skip


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


def check(
    header: list[str],
    rows: Iterable[list[str]],
    *,
    user: Any,
    progress: Callable[[int], None] | None = None,
) -> Checked:
    keys = [_header_key(h) for h in header]
    language = reader_language()
    missing = [column_label(key, language) for key, _th, _en, required in COLUMNS
               if required and key not in keys]  # fmt: skip
    if missing:
        raise ImportFileError(
            _("These columns are missing: {columns}. Start from the template.").format(
                columns=", ".join(missing)
            )
        )
    scope = area_scope_of(user)
    subdistricts = {
        s["code"]: s
        for s in Subdistrict.objects.values(
            "code", "district_id", "postcodes", "district__province_id",
            "district__province__region_id", "district__name_th", "district__name_en",
            "district__province__name_th", "district__province__name_en",
        )
    }  # fmt: skip
    categories: dict[str, int] = {}
    for c in SettingCategory.objects.values("pk", "code", "name_th", "name_en"):
        for name in (c["code"], c["name_th"], c["name_en"]):
            categories[_norm(name).casefold()] = c["pk"]
    from tscplus.accounts.choices import Role
    from tscplus.accounts.models import User

    result = Checked()
    raw: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(rows, start=2):
        if not any(str(v).strip() for v in values):
            continue
        raw.append((number, {k: _norm(v) for k, v in zip(keys, values, strict=False) if k}))
        if len(raw) > MAX_ROWS:
            raise ImportFileError(_("At most {n} rows in one file.").format(n=f"{MAX_ROWS:,}"))
    result.total = len(raw)
    wanted_codes = {row.get("subdistrict", "") for _n, row in raw}
    existing = {
        (code, _norm(name).casefold())
        for code, name in Establishment.objects.filter(subdistrict_id__in=wanted_codes).values_list(
            "subdistrict_id", "name_th"
        )
    }
    emails = {row["owner_email"].casefold() for _n, row in raw if row.get("owner_email")}
    # Owners are operators' accounts: an import neither hands a place to a staff account nor
    # tells the officer which staff addresses exist.
    operators = User.objects.filter(
        email__in=emails, is_active=True, memberships__role=Role.OPERATOR,
        memberships__ended_at__isnull=True,
    )  # fmt: skip
    owners = {e.casefold(): pk for pk, e in operators.values_list("pk", "email")} if emails else {}
    seen: dict[tuple[str, str], int] = {}

    for done, (number, row) in enumerate(raw, start=1):
        errors_before = len(result.errors)

        def bad(column: str, message: str, number: int = number) -> None:
            result.errors.append(Problem(number, column, message))

        for key, _th, _en, required in COLUMNS:
            if required and not row.get(key):
                bad(key, _("Required."))
        for key, limit in LIMITS.items():
            if len(row.get(key, "")) > limit:
                bad(key, _("At most {n} characters.").format(n=limit))
        sub = subdistricts.get(row.get("subdistrict", ""))
        if row.get("subdistrict") and sub is None:
            bad("subdistrict", _("No subdistrict has this code (6 digits, e.g. 500105)."))
        if sub is not None:
            for key, code_key, names in (
                ("province", "district__province_id", ("district__province__name_th", "district__province__name_en")),
                ("district", "district_id", ("district__name_th", "district__name_en")),
            ):  # fmt: skip
                given = row.get(key, "").casefold()
                allowed = {sub[code_key].casefold(), *(sub[n].casefold() for n in names)}
                if given and given not in allowed:
                    bad(key, _("Does not match the subdistrict code ({name}).").format(
                        name=sub[names[0]]))  # fmt: skip
            in_scope = scope.everything or (
                sub["district__province_id"] in scope.province_codes
                or sub["district_id"] in scope.district_codes
                or sub["district__province__region_id"] in scope.region_numbers
            )
            if not in_scope:
                bad("subdistrict", _("Outside the area you oversee."))
        category = categories.get(row.get("category", "").casefold())
        if row.get("category") and category is None:
            bad("category", _("Unknown type of place: use a name from the template's list."))
        coords = {}
        for key in ("latitude", "longitude"):
            if row.get(key):
                try:
                    coords[key] = Decimal(row[key]).quantize(Decimal("0.000001"))
                except InvalidOperation:
                    bad(key, _("Not a number."))
        for key, low, high in (("latitude", 5, 21), ("longitude", 97, 106)):
            if key in coords and not low <= coords[key] <= high:
                bad(key, _("This point is not in Thailand."))
        if bool(row.get("latitude")) != bool(row.get("longitude")):
            bad("longitude", _("Give both latitude and longitude, or neither."))
        if row.get("phone"):
            try:
                phone_validator(row["phone"])
            except Exception:
                bad("phone", _("Enter a phone number of digits, for example 081 234 5678."))
        owner = None
        if row.get("owner_email"):
            owner = owners.get(row["owner_email"].casefold())
            if owner is None:
                bad("owner_email", _("No operator's account has this e-mail."))
        if sub is not None and row.get("name_th"):
            name_key = (sub["code"], row["name_th"].casefold())
            if name_key in existing:
                bad(
                    "name_th",
                    _(
                        "Already registered in this subdistrict. If it is another place with the same name, register it with the form."
                    ),
                )
            elif name_key in seen:
                result.warnings.append(
                    Problem(
                        number,
                        "name_th",
                        _("Same name and subdistrict as row {n}.").format(n=seen[name_key]),
                    )
                )
            seen.setdefault(name_key, number)
        if len(result.errors) == errors_before and sub is not None:
            result.rows.append((number, {
                "name_th": row["name_th"], "name_en": row.get("name_en", ""), "category_id": category,
                "address": row["address"], "subdistrict_id": sub["code"], "district_id": sub["district_id"],
                "province_id": sub["district__province_id"], "postcode": (sub["postcodes"].split() or [""])[0],
                "latitude": coords.get("latitude"), "longitude": coords.get("longitude"),
                "phone": row.get("phone", ""), "opening_hours": row.get("opening_hours", ""),
                "owner_id": owner,
            }))  # fmt: skip
        if progress and done % 5000 == 0:
            progress(done)
    return result


WRITE_COLUMNS = ("public_id", "name_th", "name_en", "category_id", "owner_id", "address",
                 "subdistrict_id", "district_id", "province_id", "postcode", "latitude", "longitude",
                 "phone", "opening_hours", "status", "certification", "created_at")  # fmt: skip


def write(rows: list[dict[str, Any]], *, default_owner_id: int) -> int:
    """Insert the checked rows (inside the caller's transaction). COPY on PostgreSQL."""
    now = timezone.now()
    records = (
        (new_public_id(), r["name_th"], r["name_en"], r["category_id"], r["owner_id"] or default_owner_id,
         r["address"], r["subdistrict_id"], r["district_id"], r["province_id"], r["postcode"],
         r["latitude"], r["longitude"], r["phone"], r["opening_hours"], EstablishmentStatus.ACTIVE,
         Certification.NONE, now)
        for r in rows
    )  # fmt: skip
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
