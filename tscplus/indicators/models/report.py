"""The reports published from the progress: each period's report, its revisions (a published one
is never changed) and the steps the daily job took for it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tscplus.indicators.choices import NoticeKind, ReportKind, RevisionStatus
from tscplus.indicators.models.year import FiscalYear


class Report(models.Model):
    """A monthly progress report or a half-year summary for one period, and when it was due. Its
    content lives in revisions: a published one is never changed, a correction is a new one."""

    kind = models.CharField(_("kind"), max_length=10, choices=ReportKind.choices)
    fiscal_year = models.ForeignKey(FiscalYear, on_delete=models.PROTECT, related_name="reports")
    period = models.DateField(_("month"), help_text=_("The month reported (its first day)."))
    due_on = models.DateField(_("due on"))
    first_published_at = models.DateTimeField(_("first published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-period", "kind"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "period"], name="indicators_report_one_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.period:%Y-%m}"


class ReportRevision(models.Model):
    """One version of a report's content, frozen when it is sent for approval."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveSmallIntegerField(_("revision"))
    status = models.CharField(
        _("status"), max_length=10, choices=RevisionStatus.choices, default=RevisionStatus.DRAFT
    )
    content = models.JSONField(_("content"), default=dict, blank=True)
    narrative = models.TextField(_("narrative"), blank=True)
    correction_note = models.TextField(_("what was corrected"), blank=True)
    return_note = models.TextField(_("approver's comment"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        ordering = ["report", "-number"]
        verbose_name = _("report revision")
        verbose_name_plural = _("report revisions")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"], name="indicators_revision_number_unique"
            ),
            # At most one revision is being worked on at a time.
            models.UniqueConstraint(
                fields=["report"],
                condition=~Q(status=RevisionStatus.PUBLISHED),
                name="indicators_revision_one_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.report} r{self.number}"


class ReportNotice(models.Model):
    """A step the daily job took for a report (drafted, reminded, escalated), kept so it is never
    taken twice."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=12, choices=NoticeKind.choices)
    done_on = models.DateField()

    class Meta:
        verbose_name = _("report notice")
        verbose_name_plural = _("report notices")
        constraints = [
            models.UniqueConstraint(fields=["report", "kind"], name="indicators_notice_once")
        ]

    def __str__(self) -> str:
        return f"{self.report} {self.kind}"
