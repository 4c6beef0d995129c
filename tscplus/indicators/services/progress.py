"""Monthly progress with its evidence, and the plan's steps."""

from __future__ import annotations

import datetime
import zipfile
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.services import model_update
from tscplus.core.validators import western_year
from tscplus.indicators import permissions
from tscplus.indicators.choices import (
    IndicatorKind,
    StepStatus,
)
from tscplus.indicators.models import (
    Evidence,
    Indicator,
    MonthlyProgress,
    PlanStep,
)
from tscplus.indicators.timeliness import month_start

if TYPE_CHECKING:
    from tscplus.accounts.models import User

PROGRESS_FIELDS = ("level", "value", "done", "problems", "next_steps")
EVIDENCE_TYPES = {
    ".pdf": "PDF",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".webp": "WebP",
    ".xlsx": "Excel",
    ".docx": "Word",
}


def previous_month(day: datetime.date) -> datetime.date:
    return month_start(month_start(day) - datetime.timedelta(days=1))


def month_check(*, indicator: Indicator, month: datetime.date) -> datetime.date:
    """The month as its first day, or a refusal: a B.E. year, outside the indicator's fiscal year,
    or not begun."""
    try:
        western_year(month)
    except ValidationError as exc:
        raise ValidationError({"month": exc.messages}) from exc
    month = month_start(month)
    fy = indicator.fiscal_year
    if not fy.contains(month):
        raise ValidationError(
            {
                "month": _(
                    "This indicator belongs to fiscal year {year} (October {start} to September {end}): "
                    "choose a month in it."
                ).format(year=fy.year, start=fy.starts_on.year + 543, end=fy.ends_on.year + 543)
            }
        )
    if month > month_start(clock.today()):
        raise ValidationError(
            {
                "month": _(
                    "That month has not begun yet: progress is reported for "
                    "months that have started."
                )
            }
        )
    return month


def month_open_check(month: datetime.date, *, lock: bool = False) -> None:
    """Progress of a month whose report was sent or published is what that report says: it
    changes only through the report (sent back by the approver, or a correction on its page).
    With `lock` (inside a transaction), the report row is held until the save commits, so the
    report cannot be sent in between (`report_submit` takes the same lock)."""
    from tscplus.indicators.choices import ReportKind, RevisionStatus
    from tscplus.indicators.models import Report

    reports = Report.objects.filter(kind=ReportKind.MONTHLY, period=month)
    report = (reports.select_for_update() if lock else reports).first()
    if report is None:
        return
    statuses = set(report.revisions.values_list("status", flat=True))
    if RevisionStatus.DRAFT in statuses:
        return
    if RevisionStatus.SUBMITTED in statuses:
        raise ValidationError(
            {
                "month": _(
                    "This month's report is waiting for approval, so its "
                    "progress is frozen. To change it, ask the approver to "
                    "send the report back."
                )
            }
        )
    if statuses:
        raise ValidationError(
            {
                "month": _(
                    "This month's report is published, so its progress is "
                    "frozen. To change it, start a correction on the report's "
                    "page, then enter the progress again."
                )
            }
        )


def progress_save(
    *,
    actor: User,
    indicator: Indicator,
    month: datetime.date,
    done: str,
    level: int | None = None,
    value: Decimal | None = None,
    problems: str = "",
    next_steps: str = "",
    evidence_title: str = "",
    evidence_file: UploadedFile[bytes] | None = None,
    evidence_url: str = "",
) -> MonthlyProgress:
    """Enter or update what an indicator reached in a month, with one piece of evidence if given.
    A wrong evidence file refuses the whole entry: nothing is half saved."""
    permissions.require(permissions.can_report(actor, indicator))
    month = month_check(indicator=indicator, month=month)
    month_open_check(month)  # early, before any file is processed; again under lock below
    value = _progress_fields_check(indicator=indicator, level=level, value=value, done=done)
    evidence = _evidence_checked(evidence_file)
    with transaction.atomic():
        month_open_check(month, lock=True)
        progress = _progress_write(
            actor=actor,
            indicator=indicator,
            month=month,
            level=level,
            value=value,
            done=done,
            problems=problems,
            next_steps=next_steps,
        )
        if evidence or evidence_url:
            _evidence_save(
                actor=actor,
                progress=progress,
                title=evidence_title,
                file=evidence,
                url=evidence_url,
            )
    return progress


def _progress_fields_check(
    *, indicator: Indicator, level: int | None, value: Decimal | None, done: str
) -> Decimal | None:
    """The value to keep (none for an indicator measured by level), or a refusal naming every
    field that is missing or out of range, so the form shows them all at once."""
    errors: dict[str, Any] = {}
    if indicator.kind == IndicatorKind.LEVEL:
        if level is None:
            errors["level"] = _("Choose the level reached, from 1 to 5.")
        elif not 1 <= int(level) <= 5:
            errors["level"] = _("The level is a whole number from 1 to 5.")
        value = None
    elif value is None:
        errors["value"] = _("Enter the value reached.")
    if not (done or "").strip():
        errors["done"] = _("Say what was done this month.")
    if errors:
        raise ValidationError(errors)
    return value


def _evidence_checked(evidence_file: UploadedFile[bytes] | None) -> File[bytes] | None:
    """The evidence file made safe to keep, before the transaction opens (photos take time to
    re-encode); its refusal is the form's `evidence_file` error."""
    if not evidence_file:
        return evidence_file
    try:
        return _evidence_prepare(evidence_file)
    except ValidationError as exc:
        raise ValidationError({"evidence_file": exc.messages}) from exc


def _progress_write(
    *,
    actor: User,
    indicator: Indicator,
    month: datetime.date,
    level: int | None,
    value: Decimal | None,
    done: str,
    problems: str,
    next_steps: str,
) -> MonthlyProgress:
    """Create or overwrite the month's entry (its row held against a concurrent save) and audit
    what it was and what it is now."""
    progress = (
        MonthlyProgress.objects.select_for_update().filter(indicator=indicator, month=month).first()
    )
    before = snapshot(progress, PROGRESS_FIELDS) if progress else {}
    if progress is None:
        progress = MonthlyProgress(indicator=indicator, month=month)
    progress.level, progress.value, progress.done = level, value, done.strip()
    progress.problems, progress.next_steps = problems.strip(), next_steps.strip()
    progress.entered_by = actor
    progress.full_clean()
    progress.save()
    audit_record(
        actor=actor,
        verb="indicators.progress_save",
        obj=progress,
        before=before,
        after=snapshot(progress, PROGRESS_FIELDS),
    )
    return progress


def _evidence_file_check(upload: UploadedFile[bytes]) -> None:
    limit = settings.INDICATOR_EVIDENCE_MAX_MB
    name = (upload.name or "").lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    kinds = ", ".join(sorted(set(EVIDENCE_TYPES.values())))
    if extension not in EVIDENCE_TYPES:
        raise ValidationError(
            {"file": _("Send a file of one of these types: {kinds}.").format(kinds=kinds)}
        )
    if upload.size > limit * 1024 * 1024:
        raise ValidationError(
            {
                "file": _(
                    "The file is larger than {mb} MB. Send a smaller one, or a link to it."
                ).format(mb=limit)
            }
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    looks_right = {
        "PDF": head.startswith(b"%PDF-"),
        "JPEG": head.startswith(b"\xff\xd8\xff"),
        "PNG": head.startswith(b"\x89PNG\r\n\x1a\n"),
        "WebP": head.startswith(b"RIFF"),
        "Excel": head.startswith(b"PK") and _zip_has(upload, "xl/"),
        "Word": head.startswith(b"PK") and _zip_has(upload, "word/"),
    }[EVIDENCE_TYPES[extension]]
    if not looks_right:
        raise ValidationError(
            {
                "file": _(
                    "The file is not what its name says ({name}). Send the real document."
                ).format(name=upload.name)
            }
        )


def _zip_has(upload: UploadedFile[bytes], prefix: str) -> bool:
    try:
        with zipfile.ZipFile(upload) as archive:
            return any(n.startswith(prefix) for n in archive.namelist())
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)


def _evidence_prepare(file: UploadedFile[bytes]) -> File[bytes]:
    """The file checked (type, size, contents); photos re-encoded, so no hidden data or location
    is kept."""
    _evidence_file_check(file)
    name = file.name or ""  # a known extension, checked above
    if EVIDENCE_TYPES[name[name.rfind(".") :].lower()] in ("JPEG", "PNG", "WebP"):
        from tscplus.core.photos import photo_clean

        try:
            cleaned = photo_clean(file)
        except ValidationError as exc:
            raise ValidationError({"file": exc.messages}) from exc
        cleaned.name = name.rsplit(".", 1)[0] + ".jpg"
        return cleaned
    return file


def _evidence_save(
    *, actor: User, progress: MonthlyProgress, title: str, file: File[bytes] | None, url: str
) -> Evidence:
    file_name = (file.name or "") if file else ""  # a File is true only with a name
    evidence = Evidence(
        progress=progress, title=(title or "").strip() or file_name or url, url=url, added_by=actor
    )
    try:
        evidence.full_clean(exclude=["file", "progress"])
    except ValidationError as exc:
        raise ValidationError(
            {
                f"evidence_{k}" if k in ("url", "title") else k: v
                for k, v in exc.message_dict.items()
            }
        ) from exc
    if file:
        evidence.file.save(file_name, file, save=False)
    evidence.save()
    audit_record(
        actor=actor,
        verb="indicators.evidence_add",
        obj=evidence,
        after={"title": evidence.title, "file": evidence.file.name, "url": url},
    )
    return evidence


def plan_step_update(*, actor: User, step: PlanStep, status: str, evidence: str = "") -> PlanStep:
    permissions.require(permissions.can_report(actor, step.indicator))
    if status not in StepStatus.values:
        raise ValidationError({"status": _("Choose a status from the list.")})
    with transaction.atomic():
        data = {
            "status": status,
            "evidence": evidence.strip(),
            "completed_on": clock.today() if status == StepStatus.DONE else None,
        }
        return model_update(
            instance=step,
            data=data,
            actor=actor,
            verb="indicators.plan_step_update",
            audited=tuple(data),
        )
