"""Pre-aggregated figures for the dashboards: one row per district and category of place, one per
district and month, recomputed by the stats job, so that a dashboard sums at most a few thousand
rows whatever the number of establishments."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class AreaColumns(models.Model):
    """Where a row's figures lie: its district, with the province and region copied for grouping."""

    district = models.ForeignKey("core.District", on_delete=models.CASCADE, related_name="+")
    province = models.ForeignKey("core.Province", on_delete=models.CASCADE, related_name="+")
    region = models.PositiveSmallIntegerField(_("health region"))

    class Meta:
        abstract = True


class DistrictStat(AreaColumns):
    """The figures of the open places of one category in one district."""

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
        verbose_name = _("district figures")
        verbose_name_plural = _("district figures")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "category"], name="insights_districtstat_unique"
            )
        ]
        indexes = [models.Index(fields=["province"], name="insights_ds_province"),
                   models.Index(fields=["region"], name="insights_ds_region")]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.district_id}/{self.category_id}"


class DistrictMonthStat(AreaColumns):
    """What happened in one district in one month (Thailand's calendar)."""

    month = models.DateField()
    registered = models.PositiveIntegerField(default=0)
    assessments = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)
    certified = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("district figures by month")
        verbose_name_plural = _("district figures by month")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "month"], name="insights_districtmonth_unique"
            )
        ]
        indexes = [models.Index(fields=["province", "month"], name="insights_dm_province"),
                   models.Index(fields=["region", "month"], name="insights_dm_region")]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.district_id} {self.month:%Y-%m}"


class StatsRun(models.Model):
    """When the figures were last recomputed: every figure on the dashboards is "as of" this."""

    finished_at = models.DateTimeField(_("as of"))
    seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["-finished_at"]
        verbose_name = _("statistics run")
        verbose_name_plural = _("statistics runs")

    def __str__(self) -> str:
        return f"{self.finished_at:%Y-%m-%d %H:%M}"
