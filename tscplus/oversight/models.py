"""Area oversight: the weights of the risk score and each place's score."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.oversight.risk import DEFAULT_WEIGHTS


class RiskWeights(models.Model):
    """The weights of the risk score's factors, one row, edited by administrators."""

    essential_failed = models.FloatField(
        _("essential items failed"), default=DEFAULT_WEIGHTS["essential_failed"]
    )
    low_score = models.FloatField(
        _("low self-assessment score"), default=DEFAULT_WEIGHTS["low_score"]
    )
    low_ratings = models.FloatField(_("low public ratings"), default=DEFAULT_WEIGHTS["low_ratings"])
    complaints = models.FloatField(_("open complaints"), default=DEFAULT_WEIGHTS["complaints"])
    inspection_age = models.FloatField(
        _("not inspected recently"), default=DEFAULT_WEIGHTS["inspection_age"]
    )
    certificate = models.FloatField(
        _("no valid certificate"), default=DEFAULT_WEIGHTS["certificate"]
    )
    category = models.FloatField(
        _("higher-risk kind of place"), default=DEFAULT_WEIGHTS["category"]
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("risk weights")
        verbose_name_plural = _("risk weights")
        constraints = [
            models.CheckConstraint(
                name=f"oversight_riskweights_{name}_not_negative",
                condition=models.Q(**{f"{name}__gte": 0}),
            )
            for name in DEFAULT_WEIGHTS
        ]

    def __str__(self) -> str:
        return str(_("risk weights"))

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in DEFAULT_WEIGHTS}


class RiskScoreQuerySet(AreaScopedQuerySet):
    area_lookups = {
        "region": ("establishment__province__region",),
        "province": ("establishment__province",),
        "district": ("establishment__district",),
    }


class RiskScore(models.Model):
    """A place's risk score and the factors that put it there, refreshed after each event that
    changes them and nightly."""

    establishment = models.OneToOneField(
        "places.Establishment", on_delete=models.CASCADE, primary_key=True, related_name="risk"
    )
    score = models.FloatField(_("risk score"), default=0, db_index=True)
    reasons = models.JSONField(_("reasons"), default=list)
    factors = models.JSONField(default=dict)
    refreshed_at = models.DateTimeField(default=timezone.now)

    objects = RiskScoreQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk score")
        verbose_name_plural = _("risk scores")

    def __str__(self) -> str:
        return f"{self.establishment_id}: {self.score}"
