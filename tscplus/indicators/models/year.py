"""The fiscal year that indicators and reports belong to, and the months it asks reports for."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tscplus.core.thaidate import fiscal_year_bounds
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
