"""Area oversight: the weights of the risk score and each place's score."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.oversight.choices import (
    AppealStatus,
    CaseOutcome,
    CaseStatus,
    Decision,
    InspectionStatus,
)
from tscplus.oversight.risk import DEFAULT_WEIGHTS
from tscplus.voice.choices import Moderation


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
    corrections_overdue = models.FloatField(
        _("corrections overdue"), default=DEFAULT_WEIGHTS["corrections_overdue"]
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
    # The owner's one reply to the published outcome, moderated as replies to ratings are.
    reply = models.TextField(_("reply of the place"), max_length=1000, blank=True)
    reply_moderation = models.CharField(
        _("moderation of the reply"), max_length=10, choices=Moderation.choices, blank=True
    )
    replied_at = models.DateTimeField(_("replied at"), null=True, blank=True)
    # The visit itself, as the officer's phone recorded it (perhaps with no signal): when, where
    # (only with the officer's consent), and when the record reached the platform.
    visited_at = models.DateTimeField(_("visited at"), null=True, blank=True)
    recorded_offline_at = models.DateTimeField(_("recorded offline at"), null=True, blank=True)
    synced_at = models.DateTimeField(_("synced at"), null=True, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    location_accuracy_m = models.PositiveIntegerField(
        _("location accuracy (m)"), null=True, blank=True
    )
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
        """The day of the visit (as the officer's phone recorded it, perhaps offline, else the day
        its checklist was sent), which may differ from the day planned."""
        if self.visited_at is not None:
            return timezone.localdate(self.visited_at)
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


class PlaceRecord(models.Model):
    """What the public reads about a place's inspections, one row per place inspected, rebuilt by
    `oversight.services.record_refresh` after every decision, correction, reply and appeal.

    It holds the findings block already drawn in Thai and English, so the verification page (the
    hottest page) joins it in its one statement and draws nothing, and the place's page shows the
    same block. Nothing personal: no officer's name, no evidence."""

    establishment = models.OneToOneField(
        "places.Establishment",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="oversight_record",
    )
    checked_on = models.DateField(_("checked by an officer on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=12, blank=True)
    under_appeal = models.BooleanField(_("under appeal"), default=False)
    html_th = models.TextField(blank=True)
    html_en = models.TextField(blank=True)
    refreshed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("public inspection record")
        verbose_name_plural = _("public inspection records")

    def __str__(self) -> str:
        return f"{self.establishment_id}: {self.outcome}"


class CaseQuerySet(AreaScopedQuerySet):
    area_lookups = RiskScoreQuerySet.area_lookups

    def owned_by_q(self, user) -> Q:
        return Q(establishment__owner=user)


def case_evidence_path(instance: CorrectionItem, filename: str) -> str:
    import secrets

    return f"corrections/{secrets.token_hex(12)}/{filename[-80:]}"


class CorrectionCase(models.Model):
    """The corrections a decision asked for: the items, the deadline, the owner's answers, and how
    an officer closed it."""

    inspection = models.OneToOneField(
        Inspection, on_delete=models.CASCADE, related_name="case", verbose_name=_("inspection")
    )
    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.CASCADE,
        related_name="correction_cases",
        verbose_name=_("establishment"),
    )
    due_on = models.DateField(_("corrections due by"))
    status = models.CharField(
        _("status"), max_length=8, choices=CaseStatus.choices, default=CaseStatus.OPEN
    )
    # Set from the repeat-breach rule (oversight/escalation.py) when the case opens: evidence
    # alone cannot close it, an officer's visit must.
    visit_required = models.BooleanField(_("a visit is needed to close it"), default=False)
    visit_requested_at = models.DateTimeField(_("visit asked for at"), null=True, blank=True)
    reminded = models.JSONField(default=list)  # the reminders sent, as days before the deadline
    overdue_at = models.DateTimeField(_("overdue since"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=CaseOutcome.choices, blank=True)
    outcome_reason = models.TextField(_("reasons"), max_length=2000, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("corrections case")
        verbose_name_plural = _("corrections cases")
        indexes = [models.Index(fields=["status", "due_on"], name="oversight_case_open_due_idx")]

    def __str__(self) -> str:
        return f"{self.establishment_id} · {self.due_on}"


class CorrectionItem(models.Model):
    """One failed item of a corrections case and the owner's answer to it."""

    case = models.ForeignKey(
        CorrectionCase, on_delete=models.CASCADE, related_name="items", verbose_name=_("case")
    )
    item = models.ForeignKey(
        "standards.Item", on_delete=models.PROTECT, related_name="+", verbose_name=_("item")
    )
    answer = models.TextField(_("what was done"), max_length=1000, blank=True)
    evidence = models.FileField(_("evidence"), upload_to=case_evidence_path, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["item__section__order", "item__order"]
        verbose_name = _("item to correct")
        verbose_name_plural = _("items to correct")
        constraints = [
            models.UniqueConstraint(fields=["case", "item"], name="oversight_case_item_once")
        ]

    def __str__(self) -> str:
        return f"{self.case_id}: {self.item_id}"


def appeal_evidence_path(instance: Appeal, filename: str) -> str:
    import secrets

    return f"appeals/{secrets.token_hex(12)}/{filename[-80:]}"


class Appeal(models.Model):
    """An owner's appeal of a decision, decided with reasons by an officer who did not make it."""

    inspection = models.OneToOneField(
        Inspection, on_delete=models.CASCADE, related_name="appeal", verbose_name=_("inspection")
    )
    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.CASCADE,
        related_name="appeals",
        verbose_name=_("establishment"),
    )
    appellant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    reasons = models.TextField(_("reasons for the appeal"), max_length=2000)
    evidence = models.FileField(_("evidence"), upload_to=appeal_evidence_path, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=AppealStatus.choices, default=AppealStatus.OPEN
    )
    respond_by = models.DateField(_("to be decided by"))
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appeals_assigned",
        verbose_name=_("officer"),
    )
    varied_to = models.CharField(
        _("new decision"), max_length=12, choices=Decision.choices, blank=True
    )
    outcome_reason = models.TextField(_("reasons for the outcome"), max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["respond_by", "pk"]
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        constraints = [
            models.CheckConstraint(
                name="oversight_appeal_decided_with_reasons",
                condition=Q(status=AppealStatus.OPEN) | ~Q(outcome_reason=""),
            ),
            models.CheckConstraint(
                name="oversight_appeal_varied_names_decision",
                condition=~Q(status=AppealStatus.VARIED) | ~Q(varied_to=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.inspection_id}: {self.status}"
