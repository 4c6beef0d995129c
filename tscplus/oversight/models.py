"""Area oversight: the weights of the risk score and each place's score."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.oversight.choices import Decision, InspectionStatus
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


class InspectionQuerySet(AreaScopedQuerySet):
    """Officers of the area and administrators; the place's operator sees decisions through the
    notification and the certificate, not the officers' records."""

    area_lookups = RiskScoreQuerySet.area_lookups


class Inspection(models.Model):
    """An officer's visit to a place: planned, recorded with the standard's checklist (an
    assessment of kind "inspection"), and closed by a decision."""

    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.PROTECT,
        related_name="inspections",
        verbose_name=_("establishment"),
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="inspections",
        verbose_name=_("officer"),
    )
    planned_for = models.DateField(_("planned for"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InspectionStatus.choices,
        default=InspectionStatus.PLANNED,
    )
    assessment = models.OneToOneField(
        "assessments.Assessment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="inspection",
        verbose_name=_("checklist"),
    )
    decision = models.CharField(_("decision"), max_length=12, choices=Decision.choices, blank=True)
    reason = models.TextField(_("reasons"), max_length=2000, blank=True)
    corrections_due = models.DateField(_("corrections due by"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = InspectionQuerySet.as_manager()

    class Meta:
        ordering = ["-planned_for", "-id"]
        verbose_name = _("inspection")
        verbose_name_plural = _("inspections")
        constraints = [
            models.CheckConstraint(
                name="oversight_inspection_decided_when_done",
                condition=~Q(status=InspectionStatus.DONE) | ~Q(decision=""),
            ),
            models.CheckConstraint(
                name="oversight_inspection_corrections_have_a_date",
                condition=~Q(decision=Decision.CORRECTIONS) | Q(corrections_due__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.establishment} · {self.planned_for}"

    @property
    def recorded(self) -> bool:
        """The checklist of the visit was sent (the decision may still be to come)."""
        return self.assessment is not None and self.assessment.submitted_at is not None

    @property
    def visited_on(self):
        """The day the visit was recorded, which may differ from the day planned."""
        return timezone.localdate(self.assessment.submitted_at) if self.recorded else None

    @property
    def stage_label(self) -> str:
        if self.status == InspectionStatus.PLANNED and self.recorded:
            return str(_("Checklist recorded: decision to come"))
        return str(self.get_status_display())


class ExportJob(models.Model):
    """A large spreadsheet export, built in the job queue and downloaded when ready."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    dataset = models.CharField(_("data"), max_length=20)
    status = models.CharField(_("status"), max_length=10, default="queued")  # queued, done, failed
    rows = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self) -> str:
        return f"{self.dataset} · {self.created_at:%Y-%m-%d}"
