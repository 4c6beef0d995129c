"""Every change to indicators and reports: progress, evidence, plan steps, the report workflow
(draft, sent for approval, published, corrected) and the daily job that drafts, reminds and
escalates. Each change is checked here, saved in one transaction and audited."""

from __future__ import annotations

import datetime
import zipfile
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.notifications import notify
from tscplus.core.thaidate import fiscal_year
from tscplus.indicators import permissions
from tscplus.indicators.choices import (
    IndicatorKind,
    NoticeKind,
    ReportKind,
    RevisionStatus,
    StepStatus,
)
from tscplus.indicators.models import (
    Evidence,
    FiscalYear,
    Indicator,
    MonthlyProgress,
    PlanStep,
    Report,
    ReportNotice,
    ReportRevision,
    month_end,
    month_start,
)

PROGRESS_FIELDS = ("level", "value", "done", "problems", "next_steps")
EVIDENCE_TYPES = {".pdf": "PDF", ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WebP",
                  ".xlsx": "Excel", ".docx": "Word"}  # fmt: skip


def previous_month(day: datetime.date) -> datetime.date:
    return month_start(month_start(day) - datetime.timedelta(days=1))


def due_date(period: datetime.date) -> datetime.date:
    """The report of a month is due on the REPORT_DUE_DAY (the 10th) of the next month."""
    following = month_end(period) + datetime.timedelta(days=1)
    return following.replace(day=min(settings.INDICATOR_REPORT_DUE_DAY, month_end(following).day))


# --- Monthly progress -----------------------------------------------------------------------------


def month_check(*, indicator: Indicator, month: datetime.date) -> datetime.date:
    """The month as its first day, or a refusal: outside the indicator's fiscal year, or not begun."""
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
        raise ValidationError({"month": _("That month has not begun yet: progress is reported for "
                                          "months that have started.")})  # fmt: skip
    return month


def progress_save(
    *,
    actor: Any,
    indicator: Indicator,
    month: datetime.date,
    done: str,
    level: int | None = None,
    value: Decimal | None = None,
    problems: str = "",
    next_steps: str = "",
    evidence_title: str = "",
    evidence_file: UploadedFile | None = None,
    evidence_url: str = "",
) -> MonthlyProgress:
    """Enter or update what an indicator reached in a month, with one piece of evidence if given.
    A wrong evidence file refuses the whole entry: nothing is half saved."""
    permissions.require(permissions.can_report(actor, indicator))
    month = month_check(indicator=indicator, month=month)
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
    if evidence_file:
        try:
            evidence_file = _evidence_prepare(evidence_file)
        except ValidationError as exc:
            raise ValidationError({"evidence_file": exc.messages}) from exc
    with transaction.atomic():
        progress = (MonthlyProgress.objects.select_for_update()
                    .filter(indicator=indicator, month=month).first())  # fmt: skip
        before = snapshot(progress, PROGRESS_FIELDS) if progress else {}
        if progress is None:
            progress = MonthlyProgress(indicator=indicator, month=month)
        progress.level, progress.value, progress.done = level, value, done.strip()
        progress.problems, progress.next_steps = problems.strip(), next_steps.strip()
        progress.entered_by = actor
        progress.full_clean()
        progress.save()
        audit_record(actor=actor, verb="indicators.progress_save", obj=progress, before=before,
                     after=snapshot(progress, PROGRESS_FIELDS))  # fmt: skip
        if evidence_file or evidence_url:
            _evidence_save(actor=actor, progress=progress, title=evidence_title,
                           file=evidence_file, url=evidence_url)  # fmt: skip
    return progress


def _evidence_file_check(upload: UploadedFile) -> None:
    limit = settings.INDICATOR_EVIDENCE_MAX_MB
    name = (upload.name or "").lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    kinds = ", ".join(sorted(set(EVIDENCE_TYPES.values())))
    if extension not in EVIDENCE_TYPES:
        raise ValidationError({"file": _("Send a file of one of these types: {kinds}.").format(
            kinds=kinds)})  # fmt: skip
    if upload.size > limit * 1024 * 1024:
        raise ValidationError({"file": _("The file is larger than {mb} MB. Send a smaller one, or "
                                         "a link to it.").format(mb=limit)})  # fmt: skip
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
        raise ValidationError({"file": _("The file is not what its name says ({name}). Send the "
                                         "real document.").format(name=upload.name)})  # fmt: skip


def _zip_has(upload: UploadedFile, prefix: str) -> bool:
    try:
        with zipfile.ZipFile(upload) as archive:
            return any(n.startswith(prefix) for n in archive.namelist())
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)


def _evidence_prepare(file: UploadedFile) -> UploadedFile:
    """The file checked (type, size, contents); photos re-encoded, so no hidden data or location
    is kept."""
    _evidence_file_check(file)
    if EVIDENCE_TYPES[file.name[file.name.rfind(".") :].lower()] in ("JPEG", "PNG", "WebP"):
        from tscplus.core.photos import photo_clean

        try:
            cleaned = photo_clean(file)
        except ValidationError as exc:
            raise ValidationError({"file": exc.messages}) from exc
        cleaned.name = file.name.rsplit(".", 1)[0] + ".jpg"
        return cleaned
    return file


def _evidence_save(
    *, actor: Any, progress: MonthlyProgress, title: str, file: Any, url: str
) -> Evidence:
    evidence = Evidence(progress=progress, title=(title or "").strip() or (file.name if file else url),
                        url=url, added_by=actor)  # fmt: skip
    try:
        evidence.full_clean(exclude=["file", "progress"])
    except ValidationError as exc:
        raise ValidationError({f"evidence_{k}" if k in ("url", "title") else k: v
                               for k, v in exc.message_dict.items()}) from exc  # fmt: skip
    if file:
        evidence.file.save(file.name, file, save=False)
    evidence.save()
    audit_record(actor=actor, verb="indicators.evidence_add", obj=evidence,
                 after={"title": evidence.title, "file": evidence.file.name, "url": url})  # fmt: skip
    return evidence


def plan_step_update(*, actor: Any, step: PlanStep, status: str, evidence: str = "") -> PlanStep:
    permissions.require(permissions.can_report(actor, step.indicator))
    if status not in StepStatus.values:
        raise ValidationError({"status": _("Choose a status from the list.")})
    with transaction.atomic():
        before = snapshot(step, ("status", "evidence", "completed_on"))
        step.status, step.evidence = status, evidence.strip()
        step.completed_on = clock.today() if status == StepStatus.DONE else None
        step.full_clean()
        step.save()
        audit_record(actor=actor, verb="indicators.plan_step_update", obj=step, before=before,
                     after=snapshot(step, ("status", "evidence", "completed_on")))  # fmt: skip
    return step


# --- Reports --------------------------------------------------------------------------------------


def report_draft(*, period: datetime.date, kind: str = ReportKind.MONTHLY) -> Report | None:
    """The report of a period with its first draft revision; None when no fiscal year has
    indicators for that month. Idempotent: an existing report is returned as it is."""
    period = month_start(period)
    fy = FiscalYear.objects.filter(year=fiscal_year(period)).first()
    if fy is None or not fy.indicators.exists():
        return None
    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            kind=kind, period=period, defaults={"fiscal_year": fy, "due_on": due_date(period)}
        )
        if created:
            ReportRevision.objects.create(report=report, number=1)
            audit_record(actor=None, verb="indicators.report_draft", obj=report,
                         after={"kind": kind, "period": period, "due_on": report.due_on})  # fmt: skip
    return report


def open_revision(report: Report) -> ReportRevision | None:
    return report.revisions.exclude(status=RevisionStatus.PUBLISHED).first()


def _open_or_refuse(report: Report, status: str, message: Any) -> ReportRevision:
    revision = (ReportRevision.objects.select_for_update()
                .filter(report=report).exclude(status=RevisionStatus.PUBLISHED).first())  # fmt: skip
    if revision is None or revision.status != status:
        raise ValidationError(message)
    return revision


def report_narrative_save(*, actor: Any, report: Report, narrative: str) -> ReportRevision:
    """The editable narrative of the report being prepared (half-year summaries above all)."""
    permissions.require(permissions.is_reporter(actor) or permissions.is_approver(actor))
    with transaction.atomic():
        revision = _open_or_refuse(report, RevisionStatus.DRAFT,
                                   _("Only a draft can be edited: this report is waiting for "
                                     "approval or already published."))  # fmt: skip
        before = {"narrative": revision.narrative}
        revision.narrative = narrative.strip()
        revision.save(update_fields=["narrative"])
        audit_record(actor=actor, verb="indicators.report_narrative_save", obj=revision,
                     before=before, after={"narrative": revision.narrative})  # fmt: skip
    return revision


def report_submit(*, actor: Any, report: Report) -> ReportRevision:
    """Freeze the content as it is now and send it to the approvers."""
    from tscplus.indicators.selectors import report_content

    permissions.require(permissions.is_reporter(actor))
    if clock.today() <= month_end(report.period):
        raise ValidationError(_("The month is not over yet: send its report from the 1st of the "
                                "next month."))  # fmt: skip
    with transaction.atomic():
        revision = _open_or_refuse(report, RevisionStatus.DRAFT,
                                   _("There is no draft to send: it was sent already."))  # fmt: skip
        revision.content = report_content(report, narrative=revision.narrative)
        revision.status = RevisionStatus.SUBMITTED
        revision.submitted_by, revision.submitted_at = actor, clock.now()
        revision.return_note = ""
        revision.save()
        audit_record(actor=actor, verb="indicators.report_submit", obj=revision,
                     after={"status": revision.status, "number": revision.number})  # fmt: skip
        _tell_approvers(report, exclude=actor)
    return revision


def _tell_approvers(report: Report, *, exclude: Any) -> None:
    from tscplus.accounts.choices import Role
    from tscplus.accounts.selectors import users_with_role

    period = report_title(report)
    for user in users_with_role(Role.REPORT_APPROVER).exclude(pk=getattr(exclude, "pk", None)):
        notify(user=user, title=lambda: _("A report waits for your approval"),
               body=lambda: _("{report} was sent for approval.").format(report=period()),
               link=f"/indicators/reports/{report.pk}/")  # fmt: skip


def _language() -> str:
    return get_language() or "th"


def report_title(report: Report):
    """A callable, so that it is translated in each reader's language."""
    from tscplus.core.thaidate import format_date

    def title() -> str:
        label = ReportKind(report.kind).label
        return f"{label} {format_date(report.period, 'month_long', _language())}"

    return title


def report_return(*, actor: Any, report: Report, note: str) -> ReportRevision:
    """Send a report back to its authors with a comment."""
    permissions.require(permissions.is_approver(actor))
    if not (note or "").strip():
        raise ValidationError({"note": _("Say what must change.")})
    with transaction.atomic():
        revision = _open_or_refuse(report, RevisionStatus.SUBMITTED,
                                   _("This report is not waiting for approval."))  # fmt: skip
        revision.status, revision.return_note = RevisionStatus.DRAFT, note.strip()
        revision.save(update_fields=["status", "return_note"])
        audit_record(actor=actor, verb="indicators.report_return", obj=revision,
                     after={"status": revision.status, "return_note": revision.return_note})  # fmt: skip
        if revision.submitted_by:
            notify(user=revision.submitted_by, title=lambda: _("A report was sent back"),
                   body=lambda: note.strip(), link=f"/indicators/reports/{report.pk}/")  # fmt: skip
    return revision


def report_publish(*, actor: Any, report: Report) -> ReportRevision:
    """Approve the report waiting for approval and publish it on /reports/ (four eyes: the
    person who sent it cannot approve it)."""
    permissions.require(permissions.is_approver(actor))
    with transaction.atomic():
        revision = _open_or_refuse(report, RevisionStatus.SUBMITTED,
                                   _("This report is not waiting for approval."))  # fmt: skip
        if revision.submitted_by_id == actor.pk:
            raise ValidationError(_("You sent this report: another approver must publish it."))
        now = clock.now()
        revision.status, revision.approved_by, revision.published_at = (
            RevisionStatus.PUBLISHED,
            actor,
            now,
        )
        revision.save(update_fields=["status", "approved_by", "published_at"])
        report = Report.objects.select_for_update().get(pk=report.pk)
        if report.first_published_at is None:
            report.first_published_at = now
            report.save(update_fields=["first_published_at"])
        audit_record(actor=actor, verb="indicators.report_publish", obj=revision,
                     after={"status": revision.status, "number": revision.number,
                            "published_at": now})  # fmt: skip
    return revision


def report_correct(*, actor: Any, report: Report, note: str) -> ReportRevision:
    """Start a correction of a published report: a new revision; the published one stays."""
    permissions.require(permissions.is_reporter(actor) or permissions.is_approver(actor))
    if not (note or "").strip():
        raise ValidationError({"note": _("Say what is being corrected.")})
    with transaction.atomic():
        Report.objects.select_for_update().get(pk=report.pk)
        if open_revision(report) is not None:
            raise ValidationError(_("A revision of this report is already being prepared."))
        latest = report.revisions.order_by("-number").first()
        if latest is None or latest.status != RevisionStatus.PUBLISHED:
            raise ValidationError(_("Only a published report can be corrected."))
        revision = ReportRevision.objects.create(
            report=report,
            number=latest.number + 1,
            narrative=latest.narrative,
            correction_note=note.strip(),
            created_by=actor,
        )
        audit_record(
            actor=actor,
            verb="indicators.report_correct",
            obj=revision,
            after={"number": revision.number, "correction_note": revision.correction_note},
        )
    return revision


# --- The daily job --------------------------------------------------------------------------------

REMINDERS = (NoticeKind.REMINDER_1, NoticeKind.REMINDER_2, NoticeKind.REMINDER_3)


def _notice_once(report: Report, kind: str, today: datetime.date) -> bool:
    """True the first time; False when this step was already taken for this report."""
    _notice, created = ReportNotice.objects.get_or_create(report=report, kind=kind,
                                                          defaults={"done_on": today})  # fmt: skip
    return created


def _remind(report: Report, kind: str) -> int:
    """Tell the responsible people whose indicators have no progress yet for the month."""
    from tscplus.core.thaidate import format_date

    missing = report.fiscal_year.indicators.exclude(progress__month=report.period)
    people = {u.pk: u for i in missing.prefetch_related("responsible") for u in i.responsible.all()
              if u.is_active}  # fmt: skip
    month = report.period
    due = report.due_on
    for user in people.values():
        notify(
            user=user,
            title=lambda: _("Progress for {month} is due").format(
                month=format_date(month, "month_long", _language())),
            body=lambda: _("Enter your indicators' progress for {month}: the report is due on "
                           "{due}.").format(month=format_date(month, "month_long", _language()),
                                            due=format_date(due, "long", _language())),
            link="/indicators/",
        )  # fmt: skip
    return len(people)


def _escalate(report: Report, today: datetime.date) -> int:
    from tscplus.accounts.choices import Role
    from tscplus.accounts.selectors import users_with_role

    title = report_title(report)
    late = (today - report.due_on).days
    admins = list(users_with_role(Role.ADMINISTRATOR))
    for user in admins:
        notify(user=user, title=lambda: _("A report is late"),
               body=lambda: _("{report} was due {days} day(s) ago and is not published.").format(
                   report=title(), days=late),
               link=f"/indicators/reports/{report.pk}/")  # fmt: skip
    return len(admins)


def daily_cycle(*, today: datetime.date) -> dict[str, int]:
    """What the platform does each day for the reports: on the 1st it drafts last month's report
    (and the half-year summary after a round month); on the reminder days (1st, 5th, 8th) it tells
    the people whose progress is missing; after the due date it tells the administrators. Every
    step is recorded, so running the day again (or a later day) never repeats one."""
    done = {"drafted": 0, "reminded": 0, "escalated": 0}
    period = previous_month(today)
    kinds = [ReportKind.MONTHLY]
    if period.month in settings.INDICATOR_HALF_YEAR_MONTHS:
        kinds.append(ReportKind.HALF_YEAR)
    for kind in kinds:
        report = report_draft(period=period, kind=kind)
        if report is None:
            continue
        with transaction.atomic():
            if _notice_once(report, NoticeKind.DRAFTED, today):
                done["drafted"] += 1
            if report.first_published_at is not None:
                continue
            # Only the latest reminder day reached is sent: a job that was down on the 1st and 5th
            # and runs on the 8th sends one message, not three.
            reached = [k for k, d in zip(REMINDERS, settings.INDICATOR_REMINDER_DAYS, strict=True)
                       if today.day >= d and today <= report.due_on]  # fmt: skip
            if reached and kind == ReportKind.MONTHLY:
                fresh = [k for k in reached if _notice_once(report, k, today)]
                if reached[-1] in fresh:
                    done["reminded"] += _remind(report, reached[-1])
            if today > report.due_on and _notice_once(report, NoticeKind.ESCALATION, today):
                done["escalated"] += _escalate(report, today)
    return done
