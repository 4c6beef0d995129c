"""Every write about establishments: register, edit, transfer, bulk import. Atomic and audited."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.models import Subdistrict
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.services import model_update
from tscplus.places.choices import ImportMode, ImportStatus
from tscplus.places.events import PLACE_CHANGED, PLACE_REGISTERED, PLACES_IMPORTED
from tscplus.places.models import Establishment, ImportJob, SettingCategory

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.places.importing import Checked, Problem

logger = logging.getLogger(__name__)

EDITABLE_FIELDS = (
    "name_th",
    "name_en",
    "category",
    "address",
    "subdistrict",
    "district",
    "province",
    "postcode",
    "latitude",
    "longitude",
    "phone",
    "opening_hours",
    "status",
)


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
    owner: User,
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
    announce(PLACE_REGISTERED, establishment_id=establishment.pk)
    return establishment


@transaction.atomic
def establishment_update(
    *, actor: User, establishment: Establishment, **changes: Any
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
    announce(PLACE_CHANGED, establishment_id=establishment.pk)
    return establishment


@transaction.atomic
def establishment_transfer(
    *, actor: User, establishment: Establishment, new_owner: User
) -> Establishment:
    """Give an establishment to another operator (administrators only; checked by the caller)."""
    return model_update(
        instance=establishment,
        data={"owner": new_owner},
        actor=actor,
        verb="establishment.transferred",
        audited=("owner",),
        clean=False,
    )


def establishment_set_certification(*, establishment: Establishment, certification: str) -> None:
    """Record where the place stands in the registry. Not audited itself: it follows from the
    certificate changes, each of which is audited where it happens."""
    if establishment.certification != certification:
        Establishment.objects.filter(pk=establishment.pk).update(certification=certification)
        establishment.certification = certification


def establishment_set_oversight(
    *, establishment: Establishment, checked_on: datetime.date | None, outcome: str
) -> None:
    """Record when an officer last checked the place and the outcome the public reads, so the
    registry can filter on them. Not audited itself: it follows from the inspections' decisions,
    corrections and appeals, each audited where it happens."""
    if (establishment.officer_checked_on, establishment.officer_outcome) != (checked_on, outcome):
        Establishment.objects.filter(pk=establishment.pk).update(
            officer_checked_on=checked_on, officer_outcome=outcome
        )
        establishment.officer_checked_on, establishment.officer_outcome = checked_on, outcome


# --- Bulk import (officers) ------------------------------------------------------------------

IMPORT_MAX_BYTES = 50 * 1024 * 1024
PROBLEMS_ON_PAGE = 500


@transaction.atomic
def import_job_create(*, actor: User, upload: Any, mode: str, language: str = "th") -> ImportJob:
    """Keep the file and queue its import; the page follows its progress."""
    name = (getattr(upload, "name", "") or "").rsplit("/", 1)[-1]
    if not name.lower().endswith((".csv", ".xlsx")):
        raise ValidationError({"file": _("Send a .csv or .xlsx file (the template is both).")})
    if upload.size > IMPORT_MAX_BYTES:
        raise ValidationError({"file": _("The file is larger than 50 MB: split it in two.")})
    if name.lower().endswith(".xlsx"):
        from tscplus.places import importing

        try:  # before anything is kept: a spreadsheet that unpacks to too much is refused now
            importing.xlsx_check_unpacked(upload)
        except importing.ImportFileError as exc:
            raise ValidationError({"file": str(exc)}) from exc
    if mode not in ImportMode.values:
        raise ValidationError({"mode": _("Choose how to import.")})
    # The problems are written in the language of the page the file was sent from.
    job = ImportJob(actor=actor, filename=name[:200], mode=mode, language=language[:5])
    job.file.save(name, upload, save=False)
    job.save()
    audit_record(
        actor=actor, verb="import.queued", obj=job, after=snapshot(job, ("filename", "mode"))
    )
    outbox_enqueue("places.import", job_id=job.pk)
    return job


def import_job_run(*, job: ImportJob) -> ImportJob:
    """Check every row, then write (all or nothing, or the valid rows), then keep the report.
    Runs in the job queue; progress is saved as it goes so the page can show it."""

    def progress(done: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(processed=done)

    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.CHECKING)
    try:
        return _import_job_run(job, progress)
    except Exception:
        # Whatever went wrong, the officer is not left watching a bar that never moves.
        logger.exception("import %s failed", job.pk)
        job.status, job.finished_at = ImportStatus.FAILED, timezone.now()
        job.message = _(
            "Something went wrong while importing; nothing was saved. Please try again."
        )
        job.save(update_fields=["status", "message", "finished_at"])
        return job


def _import_job_run(job: ImportJob, progress: Callable[[int], None]) -> ImportJob:
    from tscplus.places import importing

    try:
        with translation.override(job.language):
            with job.file.open("rb") as handle:
                header, rows = importing.read_rows(handle.read(), job.filename)
            checked = importing.check(header, rows, user=job.actor, progress=progress)
    except importing.ImportFileError as exc:
        job.status, job.message, job.finished_at = ImportStatus.FAILED, str(exc), timezone.now()
        job.save(update_fields=["status", "message", "finished_at"])
        return job
    problems = _import_tally(job, checked)
    if checked.errors and job.mode == ImportMode.ALL_OR_NOTHING:
        job.status = ImportStatus.REFUSED
    else:
        _import_write(job, checked)
    job.report.save("report.csv", ContentFile(_import_report(problems, job)), save=False)
    job.finished_at = timezone.now()
    job.save()
    _import_notify(job, checked)
    return job


def _import_tally(job: ImportJob, checked: Checked) -> list[tuple[str, Problem]]:
    """Count the rows and their problems on the job, keep the first ones for its page, and give
    every problem back in row order for the downloadable report."""
    job.total = job.processed = checked.total
    job.error_count, job.warning_count = len(checked.errors), len(checked.warnings)
    problems = sorted(
        [("error", p) for p in checked.errors] + [("warning", p) for p in checked.warnings],
        key=lambda kp: kp[1].row,
    )
    job.problems = [
        {"kind": k, "row": p.row, "column": p.column, "message": p.message}
        for k, p in problems[:PROBLEMS_ON_PAGE]
    ]
    return problems


def _import_write(job: ImportJob, checked: Checked) -> None:
    """Write the good rows, announce them and mark the job done, all in one transaction."""
    from tscplus.places import importing

    with transaction.atomic():
        job.created = importing.write([r for _n, r in checked.rows], default_owner_id=job.actor_id)
        announce(PLACES_IMPORTED, job_id=job.pk, created=job.created)
        # Marked done in the same transaction as the rows: a job run twice writes them once.
        ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.DONE, created=job.created)
        audit_record(
            actor=job.actor,
            verb="establishments.imported",
            obj=job,
            after={
                "file": job.filename,
                "created": job.created,
                "rows": job.total,
                "errors": job.error_count,
            },
        )
    job.status = ImportStatus.DONE


def _import_notify(job: ImportJob, checked: Checked) -> None:
    """Tell whoever sent the file how it went, in their language, on the site only."""
    notify(
        user=job.actor,
        title=lambda: _("Import of {file}: {status}").format(
            file=job.filename, status=ImportStatus(job.status).label
        ),
        body=lambda: _(
            "{created} places imported from {total} rows; {errors} rows with problems."
        ).format(created=job.created, total=job.total, errors=len(checked.bad_rows)),
        link=reverse("places:import_job", args=[job.pk]),
        email=False,
    )


def _import_report(problems: list[tuple[str, Problem]], job: ImportJob) -> bytes:
    """Every problem by row and column, as CSV that Excel opens in Thai (UTF-8 with BOM)."""
    from tscplus.core.tabular import csv_bytes
    from tscplus.places.importing import column_label

    language = job.language
    with translation.override(language):
        rows: list[list[object]] = [[_("Row"), _("Column"), _("Problem"), _("Kind")]]
        for kind, p in problems:
            rows.append(
                [
                    p.row,
                    column_label(p.column, language),
                    p.message,
                    _("error") if kind == "error" else _("warning"),
                ]
            )
        return csv_bytes(rows)
