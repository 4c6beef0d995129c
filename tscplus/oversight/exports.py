"""Officers' exports of their areas: establishments, assessments, inspections and complaints
(never the complainants' contact details), as CSV streamed row by row (any size, constant memory)
or as XLSX (Excel, built in write-only mode: at once up to XLSX_INLINE_ROWS rows, in the job queue
beyond, up to Excel's limit). One table of columns per dataset: the header in the reader's language,
and how to read each value from a row."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from tscplus.assessments import selectors as assessments_selectors
from tscplus.core import clock, tabular, thaidate
from tscplus.core.tabular import date_cell, yes_no
from tscplus.oversight.models import Inspection
from tscplus.places import selectors as places_selectors
from tscplus.voice import selectors as voice_selectors

if TYPE_CHECKING:
    from tscplus.accounts.models import User

XLSX_INLINE_ROWS = 20_000  # more than this, and the XLSX is built in the job queue
XLSX_MAX_ROWS = 1_000_000  # Excel's own limit is 1,048,576 rows a sheet


@dataclass(frozen=True)
class Dataset:
    """An export: its name, the rows an officer may see (scoped by `overseen_by`), its columns."""

    label: Any
    rows: Callable[[User], QuerySet[Any]]
    columns: tuple[tuple[Any, Callable[[Any], Any]], ...]


DATASETS: dict[str, Dataset] = {
    "establishments": Dataset(
        _("Establishments"),
        lambda user: (
            places_selectors.establishments_overseen_by(user)
            .select_related("category", "subdistrict", "district", "province")
            .order_by("province_id", "district_id", "pk")
        ),
        (
            (_("public id"), lambda e: e.public_id),
            (_("name (Thai)"), lambda e: e.name_th),
            (_("name (English)"), lambda e: e.name_en),
            (_("type of place"), lambda e: e.category.name),
            (_("address"), lambda e: e.address),
            (_("subdistrict"), lambda e: e.subdistrict.name),
            (_("district"), lambda e: e.district.name),
            (_("province"), lambda e: e.province.name),
            (_("postcode"), lambda e: e.postcode),
            (_("phone"), lambda e: e.phone),
            (_("certification"), lambda e: str(e.get_certification_display())),
            (_("status"), lambda e: str(e.get_status_display())),
            (_("registered at"), lambda e: date_cell(e.created_at)),
        ),
    ),
    "assessments": Dataset(
        _("Assessments"),
        lambda user: (
            assessments_selectors.assessments_overseen_by(user)
            .select_related("establishment", "version__standard")
            .order_by("pk")
        ),
        (
            (_("id"), lambda a: a.pk),
            (_("public id"), lambda a: a.establishment.public_id),
            (_("establishment"), lambda a: a.establishment.name_th),
            (_("standard"), lambda a: a.version.standard.name),
            (_("version"), lambda a: a.version.number),
            (_("kind"), lambda a: str(a.get_kind_display())),
            (_("status"), lambda a: str(a.get_status_display())),
            (_("submitted at"), lambda a: date_cell(a.submitted_at)),
            (_("score (%)"), lambda a: "" if a.score is None else float(a.score)),
            (_("passed"), lambda a: yes_no(a.passed)),
        ),
    ),
    "inspections": Dataset(
        _("Inspections"),
        lambda user: (
            Inspection.objects.overseen_by(user)
            .select_related("establishment", "officer", "assessment")
            .order_by("pk")
        ),
        (
            (_("id"), lambda i: i.pk),
            (_("public id"), lambda i: i.establishment.public_id),
            (_("establishment"), lambda i: i.establishment.name_th),
            (_("officer"), lambda i: i.officer.full_name or i.officer.email),
            (_("planned for"), lambda i: date_cell(i.planned_for)),
            (_("visited on"), lambda i: date_cell(i.visited_on)),
            (_("status"), lambda i: str(i.get_status_display())),
            (_("decision"), lambda i: str(i.get_decision_display()) if i.decision else ""),
            (_("reasons"), lambda i: i.reason),
            (_("corrections due by"), lambda i: date_cell(i.corrections_due)),
            (_("decided at"), lambda i: date_cell(i.decided_at)),
        ),
    ),
    "complaints": Dataset(
        _("Complaints (without contact details)"),
        lambda user: (
            voice_selectors.complaints_overseen_by(user)
            .select_related("establishment", "assignee")
            .order_by("pk")
        ),
        (
            (_("tracking code"), lambda c: c.tracking_code),
            (_("public id"), lambda c: c.establishment.public_id),
            (_("establishment"), lambda c: c.establishment.name_th),
            (_("topic"), lambda c: str(c.get_topic_display())),
            (_("status"), lambda c: str(c.get_status_display())),
            (_("filed at"), lambda c: date_cell(c.created_at)),
            (_("updated at"), lambda c: date_cell(c.updated_at)),
            (_("assigned officer"), lambda c: c.assignee.email if c.assignee else ""),
            (_("outcome"), lambda c: c.resolution),
        ),
    ),
}


def rows(dataset: Dataset, user: User) -> Iterator[list[Any]]:
    """The header, then every row, read from the database in chunks."""
    return tabular.table_rows(dataset.columns, dataset.rows(user).iterator(chunk_size=2000))


def csv_stream(dataset: Dataset, user: User, *, machine: bool = False) -> Iterator[str]:
    """CSV text, a row at a time, opening in Excel with Thai intact (UTF-8 with a BOM); dates
    in B.E. for a Thai reader, ISO 8601 for the API (`machine`)."""
    return tabular.csv_lines(rows(dataset, user), machine=machine)


def filename(dataset: str, fmt: str, language: str, day: datetime.date | None = None) -> str:
    """The file's name with the day it was asked for (today unless given), its year in the
    reader's calendar: tscplus-inspections-2569-12-04.xlsx for a Thai reader (it still sorts by
    date in a folder)."""
    return f"tscplus-{dataset}-{thaidate.file_stamp(day or clock.today(), language)}.{fmt}"


def xlsx_bytes(dataset: Dataset, user: User) -> bytes:
    return tabular.xlsx_bytes([tabular.Sheet(dataset.label, rows(dataset, user))])
