"""What is reported for an indicator each month, and the evidence that shows it is real."""

from __future__ import annotations

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.indicators.models.indicator import Indicator


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
