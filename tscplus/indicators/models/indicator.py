"""An indicator of a fiscal year, with its success levels and its plan (the seed's process chart)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tscplus.core.models import bilingual
from tscplus.indicators import timeliness
from tscplus.indicators.choices import IndicatorKind, StepStatus
from tscplus.indicators.models.year import FiscalYear


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
