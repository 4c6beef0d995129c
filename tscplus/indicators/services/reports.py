"""The report workflow: drafted, sent for approval, returned, published, corrected."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tscplus.core import clock
from tscplus.core.audit import audit_record
from tscplus.core.notifications import notify
from tscplus.core.thaidate import fiscal_year
from tscplus.indicators import permissions
from tscplus.indicators.choices import (
    ReportKind,
    RevisionStatus,
)
from tscplus.indicators.models import (
    FiscalYear,
    Report,
    ReportRevision,
)
from tscplus.indicators.timeliness import due_date, month_is_over, month_start

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

    from tscplus.accounts.models import User


def report_draft(*, period: datetime.date, kind: str = ReportKind.MONTHLY) -> Report | None:
    """The report of a period with its first draft revision; None when no fiscal year has
    indicators for that month, or (monthly) when the month needs no report. Idempotent: an
    existing report is returned as it is."""
    period = month_start(period)
    fy = FiscalYear.objects.filter(year=fiscal_year(period)).first()
    if fy is None or not fy.indicators.exists():
        return None
    if kind == ReportKind.MONTHLY and not fy.reports_monthly(period):
        return None  # outside the months the plan asks monthly reports for
    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            kind=kind, period=period, defaults={"fiscal_year": fy, "due_on": due_date(period)}
        )
        if created:
            ReportRevision.objects.create(report=report, number=1)
            audit_record(
                actor=None,
                verb="indicators.report_draft",
                obj=report,
                after={"kind": kind, "period": period, "due_on": report.due_on},
            )
    return report


def open_revision(report: Report) -> ReportRevision | None:
    return report.revisions.exclude(status=RevisionStatus.PUBLISHED).first()


def _open_or_refuse(report: Report, status: str, message: StrPromise) -> ReportRevision:
    revision = (
        ReportRevision.objects.select_for_update()
        .filter(report=report)
        .exclude(status=RevisionStatus.PUBLISHED)
        .first()
    )
    if revision is None or revision.status != status:
        raise ValidationError(message)
    return revision


def report_narrative_save(*, actor: User, report: Report, narrative: str) -> ReportRevision:
    """The editable narrative of the report being prepared (half-year summaries above all): the
    reporters' words, which an approver then approves (four eyes), never writes."""
    permissions.require(permissions.is_reporter(actor))
    with transaction.atomic():
        revision = _open_or_refuse(
            report,
            RevisionStatus.DRAFT,
            _(
                "Only a draft can be edited: this report is waiting for "
                "approval or already published."
            ),
        )
        before = {"narrative": revision.narrative}
        revision.narrative = narrative.strip()
        revision.save(update_fields=["narrative"])
        audit_record(
            actor=actor,
            verb="indicators.report_narrative_save",
            obj=revision,
            before=before,
            after={"narrative": revision.narrative},
        )
    return revision


def report_submit(*, actor: User, report: Report) -> ReportRevision:
    """Freeze the content as it is now and send it to the approvers."""
    from tscplus.indicators.selectors import report_content

    permissions.require(permissions.is_reporter(actor))
    if not month_is_over(report.period, clock.today()):
        raise ValidationError(
            _("The month is not over yet: send its report from the 1st of the next month.")
        )
    with transaction.atomic():
        # The report row first, as progress_save takes it: no progress lands between the
        # snapshot below and the freeze.
        Report.objects.select_for_update().get(pk=report.pk)
        revision = _open_or_refuse(
            report, RevisionStatus.DRAFT, _("There is no draft to send: it was sent already.")
        )
        revision.content = report_content(report, narrative=revision.narrative)
        revision.status = RevisionStatus.SUBMITTED
        revision.submitted_by, revision.submitted_at = actor, clock.now()
        revision.return_note = ""
        revision.save()
        audit_record(
            actor=actor,
            verb="indicators.report_submit",
            obj=revision,
            after={"status": revision.status, "number": revision.number},
        )
        _tell_approvers(report, revision, exclude=actor)
    return revision


def _tell_approvers(report: Report, revision: ReportRevision, *, exclude: User) -> None:
    from tscplus.accounts.choices import Role
    from tscplus.accounts.selectors import users_with_role

    period = report_title(report)

    def body() -> str:
        if revision.number > 1:
            return _(
                "A correction of {report} (revision {number}) was sent for approval: {note}"
            ).format(report=period(), number=revision.number, note=revision.correction_note)
        return _("{report} was sent for approval.").format(report=period())

    for user in users_with_role(Role.REPORT_APPROVER).exclude(pk=exclude.pk):
        notify(
            user=user,
            title=lambda: str(_("A report waits for your approval")),
            body=body,
            link=f"/indicators/reports/{report.pk}/",
        )


def report_title(report: Report) -> Callable[[], str]:
    """A callable, so that it is translated in each reader's language."""
    from tscplus.core.thaidate import reader_date

    def title() -> str:
        label = ReportKind(report.kind).label
        return f"{label} {reader_date(report.period, 'month_long')}"

    return title


def report_return(*, actor: User, report: Report, note: str) -> ReportRevision:
    """Send a report back to its authors with a comment."""
    permissions.require(permissions.is_approver(actor))
    if not (note or "").strip():
        raise ValidationError({"note": _("Say what must change.")})
    with transaction.atomic():
        revision = _open_or_refuse(
            report, RevisionStatus.SUBMITTED, _("This report is not waiting for approval.")
        )
        revision.status, revision.return_note = RevisionStatus.DRAFT, note.strip()
        revision.save(update_fields=["status", "return_note"])
        audit_record(
            actor=actor,
            verb="indicators.report_return",
            obj=revision,
            after={"status": revision.status, "return_note": revision.return_note},
        )
        if revision.submitted_by:
            period = report_title(report)
            notify(
                user=revision.submitted_by,
                title=lambda: str(_("A report was sent back")),
                body=lambda: _("{report} was sent back. The approver's comment: {note}").format(
                    report=period(), note=note.strip()
                ),
                link=f"/indicators/reports/{report.pk}/",
            )
    return revision


def report_publish(*, actor: User, report: Report) -> ReportRevision:
    """Approve the report waiting for approval and publish it on /reports/ (four eyes: the
    person who sent it cannot approve it)."""
    permissions.require(permissions.is_approver(actor))
    with transaction.atomic():
        report = Report.objects.select_for_update().get(
            pk=report.pk
        )  # the report, then its revision
        revision = _open_or_refuse(
            report, RevisionStatus.SUBMITTED, _("This report is not waiting for approval.")
        )
        if revision.submitted_by_id == actor.pk:
            raise ValidationError(_("You sent this report: another approver must publish it."))
        now = clock.now()
        revision.status, revision.approved_by, revision.published_at = (
            RevisionStatus.PUBLISHED,
            actor,
            now,
        )
        revision.save(update_fields=["status", "approved_by", "published_at"])
        if report.first_published_at is None:
            report.first_published_at = now
            report.save(update_fields=["first_published_at"])
        audit_record(
            actor=actor,
            verb="indicators.report_publish",
            obj=revision,
            after={"status": revision.status, "number": revision.number, "published_at": now},
        )
        if revision.submitted_by:
            period = report_title(report)
            notify(
                user=revision.submitted_by,
                title=lambda: str(_("A report was published")),
                body=lambda: _("{report} was approved and published.").format(report=period()),
                link=f"/reports/{report.pk}/",
            )
    return revision


def report_correct(*, actor: User, report: Report, note: str) -> ReportRevision:
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
