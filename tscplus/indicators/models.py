"""Indicators of the learning-organization cycle (the seed's procedure): fiscal years, indicators
with their levels and plan, monthly progress with evidence, and the reports published from them."""

from __future__ import annotations

import datetime
import secrets
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.core.models import bilingual
from tscplus.core.thaidate import fiscal_year_bounds
from tscplus.indicators import timeliness
from tscplus.indicators.choices import (
    IndicatorKind,
    NoticeKind,
    ReportKind,
    RevisionStatus,
    StepStatus,
)
from tscplus.indicators.timeliness import month_start

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


class FiscalYear(models.Model):
    """A Thai government fiscal year, October to September, named by its B.E. year (FY 2570)."""

    year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"), unique=True)
    # The months in which a monthly progress report is due (the action plan says so: FY 2565's
    # plan asked for monthly reports from November to June). Blank: the whole year.
    reports_from = models.DateField(
        _("monthly reports from (month)"),
        null=True,
        blank=True,
        help_text=_("The first month a monthly report is due; blank for October."),
    )
    reports_to = models.DateField(
        _("monthly reports to (month)"),
        null=True,
        blank=True,
        help_text=_("The last month a monthly report is due; blank for September."),
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("fiscal year")
        verbose_name_plural = _("fiscal years")
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=2500, year__lte=2700), name="indicators_fiscalyear_year_be"
            )
        ]

    def __str__(self) -> str:
        return str(self.year)

    @property
    def starts_on(self) -> datetime.date:
        return fiscal_year_bounds(self.year)[0]

    @property
    def ends_on(self) -> datetime.date:
        return fiscal_year_bounds(self.year)[1]

    def months(self) -> list[datetime.date]:
        """The first day of each of its twelve months, October first."""
        first = self.starts_on
        return [
            datetime.date(
                first.year + (first.month + i - 1) // 12, (first.month + i - 1) % 12 + 1, 1
            )
            for i in range(12)
        ]

    def contains(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        errors: dict[str, str | StrPromise] = {}
        for name in ("reports_from", "reports_to"):
            value = getattr(self, name)
            if value and not self.contains(value):
                errors[name] = _(
                    "Choose a month of fiscal year {year} (October {start} to September {end})."
                ).format(year=self.year, start=self.year - 1, end=self.year)
        if (
            not errors
            and self.reports_from
            and self.reports_to
            and self.reports_from > self.reports_to
        ):
            errors["reports_to"] = _("The last month comes after the first.")
        if errors:
            raise ValidationError(errors)

    def reports_monthly(self, month: datetime.date) -> bool:
        """Whether a monthly report is due for this month."""
        first = month_start(self.reports_from or self.starts_on)
        last = month_start(self.reports_to or self.ends_on)
        return self.contains(month) and first <= month_start(month) <= last


class Indicator(models.Model):
    """A performance indicator (ตัวชี้วัด) of a fiscal year: measured by a success level 1-5 with
    written criteria, or by a number against a target."""

    fiscal_year = models.ForeignKey(
        FiscalYear,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("fiscal year"),
    )
    code = models.CharField(_("code"), max_length=30)
    name_th = models.CharField(_("name (Thai)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)
    definition_th = models.TextField(_("definition (Thai)"))
    definition_en = models.TextField(_("definition (English)"), blank=True)
    owner_unit_th = models.CharField(_("owner unit (Thai)"), max_length=200)
    owner_unit_en = models.CharField(_("owner unit (English)"), max_length=200, blank=True)
    responsible = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="indicators_responsible",
        verbose_name=_("responsible people"),
    )
    kind = models.CharField(
        _("type"), max_length=10, choices=IndicatorKind.choices, default=IndicatorKind.LEVEL
    )
    target = models.DecimalField(
        _("target"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The level or the value to reach."),
    )
    unit_th = models.CharField(_("unit (Thai)"), max_length=50, blank=True)
    unit_en = models.CharField(_("unit (English)"), max_length=50, blank=True)
    weight = models.DecimalField(_("weight"), max_digits=5, decimal_places=2, default=1)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["fiscal_year", "order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["fiscal_year", "code"], name="indicators_indicator_code_unique_in_year"
            ),
            models.CheckConstraint(
                condition=Q(weight__gt=0), name="indicators_indicator_weight_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def name(self) -> str:
        return bilingual(self.name_th, self.name_en)

    @property
    def definition(self) -> str:
        return bilingual(self.definition_th, self.definition_en)

    @property
    def owner_unit(self) -> str:
        return bilingual(self.owner_unit_th, self.owner_unit_en)

    @property
    def unit(self) -> str:
        return bilingual(self.unit_th, self.unit_en)


class IndicatorLevel(models.Model):
    """What must be true to reach one success level (1-5) of an indicator."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="levels")
    level = models.PositiveSmallIntegerField(_("level"))
    criteria_th = models.TextField(_("criteria (Thai)"))
    criteria_en = models.TextField(_("criteria (English)"), blank=True)

    class Meta:
        ordering = ["indicator", "level"]
        verbose_name = _("success level")
        verbose_name_plural = _("success levels")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "level"], name="indicators_level_unique"),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=5), name="indicators_level_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.level}"

    @property
    def criteria(self) -> str:
        return bilingual(self.criteria_th, self.criteria_en)


class PlanStep(models.Model):
    """A row of the seed's process chart: an activity, its months, its control point, who does it."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"))
    activity_th = models.CharField(_("activity (Thai)"), max_length=300)
    activity_en = models.CharField(_("activity (English)"), max_length=300, blank=True)
    control_point_th = models.CharField(_("control point (Thai)"), max_length=300, blank=True)
    control_point_en = models.CharField(_("control point (English)"), max_length=300, blank=True)
    responsible_th = models.CharField(_("responsible (Thai)"), max_length=200)
    responsible_en = models.CharField(_("responsible (English)"), max_length=200, blank=True)
    starts_on = models.DateField(_("from month"))
    ends_on = models.DateField(_("to month"))
    status = models.CharField(
        _("status"), max_length=10, choices=StepStatus.choices, default=StepStatus.PLANNED
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    evidence = models.TextField(
        _("evidence"), blank=True, help_text=_("What shows it was done: documents, links.")
    )

    class Meta:
        ordering = ["indicator", "order"]
        verbose_name = _("plan step")
        verbose_name_plural = _("plan steps")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "order"], name="indicators_planstep_order_unique"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="indicators_planstep_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.activity}"

    @property
    def activity(self) -> str:
        return bilingual(self.activity_th, self.activity_en)

    @property
    def control_point(self) -> str:
        return bilingual(self.control_point_th, self.control_point_en)

    @property
    def responsible(self) -> str:
        return bilingual(self.responsible_th, self.responsible_en)

    def is_late(self, today: datetime.date) -> bool:
        """Not done, and its last month is over (`timeliness.step_is_late`)."""
        return timeliness.step_is_late(
            done=self.status == StepStatus.DONE, ends_on=self.ends_on, today=today
        )

    def state(self, today: datetime.date) -> str:
        """How the timeline draws it: done, late, open (under way) or planned."""
        if self.status == StepStatus.DONE:
            return "done"
        if self.is_late(today):
            return "late"
        return "open" if self.status == StepStatus.UNDER_WAY else "planned"


class MonthlyProgress(models.Model):
    """What the responsible person reports for an indicator and a month."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="progress")
    month = models.DateField(_("month"), help_text=_("The first day of the month reported."))
    level = models.PositiveSmallIntegerField(_("level reached"), null=True, blank=True)
    value = models.DecimalField(
        _("value reached"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    done = models.TextField(_("what was done"))
    problems = models.TextField(_("problems and obstacles"), blank=True)
    next_steps = models.TextField(_("next steps"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["indicator", "month"]
        verbose_name = _("monthly progress")
        verbose_name_plural = _("monthly progress")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "month"], name="indicators_progress_one_per_month"
            ),
            models.CheckConstraint(
                condition=Q(level__isnull=True) | Q(level__gte=1, level__lte=5),
                name="indicators_progress_level_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.month:%Y-%m}"


def evidence_path(instance: Evidence, filename: str) -> str:
    """A random name: the file is served by a view under its evidence's title, so the stored name
    needs to carry nothing (and cannot be guessed)."""
    extension = PurePosixPath(filename).suffix.lower()[:6]
    return f"indicators/evidence/{instance.progress_id}/{secrets.token_hex(12)}{extension}"


class Evidence(models.Model):
    """A file or a link that shows the progress reported is real."""

    progress = models.ForeignKey(MonthlyProgress, on_delete=models.CASCADE, related_name="evidence")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=evidence_path, blank=True)
    url = models.URLField(_("link"), blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["progress", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""), name="indicators_evidence_file_or_link"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def href(self) -> str:
        """Where the evidence is read: its link, or the page that serves its file (to staff, and to
        everyone once a published report shows it). Absolute, so it works in the PDF too."""
        if self.url:
            return self.url
        return f"{settings.SITE_URL}{reverse('indicators:evidence', args=[self.pk])}"


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
