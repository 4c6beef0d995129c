"""Pre-aggregated figures for the dashboards: one row per area (the nation, each health region,
province and district) and category of place, one per area and month, recomputed by the stats
job, so that a dashboard reads a few dozen rows whatever the number of establishments."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaColumns(models.Model):
    """Which area a row's figures are for: the nation, a health region, a province or a district
    (`code`: "", the region's number, the DOPA code), and the area it lies in (`parent`)."""

    level = models.CharField(_("level"), max_length=10)
    code = models.CharField(_("code"), max_length=4, blank=True)
    parent = models.CharField(_("lies in"), max_length=4, blank=True)

    class Meta:
        abstract = True


class AreaStat(AreaColumns):
    """The figures of the open places of one category in one area."""

    category = models.ForeignKey(
        "places.SettingCategory", on_delete=models.CASCADE, related_name="+"
    )
    registered = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)
    reassessment_due = models.PositiveIntegerField(default=0)
    expired = models.PositiveIntegerField(default=0)
    suspended = models.PositiveIntegerField(default=0)
    revoked = models.PositiveIntegerField(default=0)
    assessed = models.PositiveIntegerField(default=0)  # places with a submitted self-assessment
    assessments = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)
    ratings = models.PositiveIntegerField(default=0)
    rating_weight = models.PositiveIntegerField(default=0)
    rating_overall = models.PositiveIntegerField(default=0)  # weighted sum of the overall stars
    complaints = models.PositiveIntegerField(default=0)
    complaints_open = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("area figures")
        verbose_name_plural = _("area figures")
        constraints = [
            models.UniqueConstraint(
                fields=["level", "code", "category"], name="insights_areastat_unique"
            )
        ]
        indexes = [models.Index(fields=["level", "parent"], name="insights_areastat_children")]

    def __str__(self) -> str:
        return f"{self.level} {self.code}/{self.category_id}"


class AreaMonthStat(AreaColumns):
    """What happened in one area in one month (Thailand's calendar)."""

    month = models.DateField()
    registered = models.PositiveIntegerField(default=0)
    assessments = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("area figures by month")
        verbose_name_plural = _("area figures by month")
        constraints = [
            models.UniqueConstraint(
                fields=["level", "code", "month"], name="insights_areamonth_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.level} {self.code} {self.month:%Y-%m}"


class StatsRun(models.Model):
    """When the figures were last recomputed: every figure on the dashboards is "as of" this."""

    finished_at = models.DateTimeField(_("as of"))
    seconds = models.FloatField(default=0)
    # The open inspection feed (LIVES) as this run found it: its date, version and rows per file.
    lives = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-finished_at"]
        verbose_name = _("statistics run")
        verbose_name_plural = _("statistics runs")

    def __str__(self) -> str:
        return f"{self.finished_at:%Y-%m-%d %H:%M}"
