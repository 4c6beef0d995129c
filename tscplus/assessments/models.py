"""Assessments against a standard version, their answers, and certificates."""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.assessments import validity
from tscplus.assessments.choices import (
    AssessmentKind,
    AssessmentStatus,
    CertificateStatus,
)
from tscplus.core import clock
from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.standards.choices import AnswerValue


def new_verify_token() -> str:
    """256 random bits, URL-safe: what the QR code carries instead of any database id."""
    return secrets.token_urlsafe(32)


def evidence_path(answer: Answer, filename: str) -> str:
    return f"evidence/{answer.assessment_id}/{secrets.token_hex(8)}.jpg"


class AssessmentQuerySet(AreaScopedQuerySet):
    area_lookups = {
        "region": ("establishment__province__region",),
        "province": ("establishment__province",),
        "district": ("establishment__district",),
    }

    def owned_by_q(self, user) -> Q:
        return Q(establishment__owner=user)


class Assessment(models.Model):
    """One assessment of an establishment against one standard version."""

    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("establishment"),
    )
    version = models.ForeignKey(
        "standards.StandardVersion",
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("standard version"),
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=AssessmentKind.choices, default=AssessmentKind.SELF
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    # The submitted assessment a re-assessment's draft was filled in from: the wizard marks what
    # failed in it. Null for a first assessment (and for inspections, never pre-filled).
    based_on = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("filled in from"),
    )

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.CheckConstraint(
                name="assessments_assessment_submitted_has_score",
                condition=Q(status=AssessmentStatus.DRAFT)
                | Q(score__isnull=False, passed__isnull=False, submitted_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.establishment} · {self.version}"


class Answer(models.Model):
    """The answer to one checklist item: pass, fail or not applicable, with a note and a photo."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="answers", verbose_name=_("assessment")
    )
    item = models.ForeignKey(
        "standards.Item", on_delete=models.PROTECT, related_name="+", verbose_name=_("item")
    )
    value = models.CharField(_("answer"), max_length=4, choices=AnswerValue.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    evidence = models.ImageField(_("photo"), upload_to=evidence_path, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["item__section__order", "item__order"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "item"], name="assessments_answer_one_per_item"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item.code}: {self.value}"


def certificate_live_status(
    status: str, expires_on: datetime.date, today: datetime.date | None = None
) -> str:
    """The status as of today (`validity.live_status`, "today" from the platform's clock)."""
    return validity.live_status(status, expires_on, today or clock.today())


def certificate_status_label(status: str) -> str:
    return str(CertificateStatus(status).label)


class CertificateQuerySet(AreaScopedQuerySet):
    area_lookups = AssessmentQuerySet.area_lookups

    def owned_by_q(self, user) -> Q:
        return Q(establishment__owner=user)


class Certificate(models.Model):
    """An e-certificate earned by a passing assessment, verified through its QR code."""

    number = models.CharField(_("number"), max_length=30, unique=True)
    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("establishment"),
    )
    assessment = models.OneToOneField(
        Assessment,
        on_delete=models.PROTECT,
        related_name="certificate",
        verbose_name=_("assessment"),
    )
    version = models.ForeignKey(
        "standards.StandardVersion",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("standard version"),
    )
    issued_at = models.DateTimeField(_("issued at"))
    expires_on = models.DateField(_("expires on"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
    )
    status_reason = models.CharField(_("reason"), max_length=300, blank=True)
    reassessment_due_by = models.DateField(_("re-assess by"), null=True, blank=True)
    verify_token = models.CharField(
        _("verification token"),
        max_length=64,
        unique=True,
        default=new_verify_token,
        editable=False,
    )
    # What the certificate certifies, as issued (place, type, area, standard), in Thai and English:
    # a certificate is a document, so it keeps the words it was issued with, and the verification
    # page reads one row instead of joining six tables (planning that join cost 1.2 ms a scan).
    details = models.JSONField(_("details as issued"), default=dict, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        indexes = [models.Index(fields=["status", "expires_on"], name="assess_cert_status_exp_idx")]

    def __str__(self) -> str:
        return self.number

    @property
    def live_status(self) -> str:
        return certificate_live_status(self.status, self.expires_on)

    @property
    def live_status_label(self) -> str:
        return certificate_status_label(self.live_status)

    @property
    def in_force(self) -> bool:
        """Valid, or valid while re-assessment is due: only then may it be printed and shown."""
        return validity.counts_as_valid(self.status, self.expires_on, clock.today())


class CertificateSequence(models.Model):
    """The last certificate number used per province and B.E. year: numbers are gap-free."""

    province = models.ForeignKey("core.Province", on_delete=models.PROTECT, related_name="+")
    be_year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["province", "be_year"], name="assessments_sequence_province_year_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.province_id}-{self.be_year}: {self.last_number}"


class VerificationMiss(models.Model):
    """How many look-ups of unknown certificate tokens a day: a rise is a sign of forged QR codes.
    Only the count is kept, never who asked (PDPA)."""

    day = models.DateField(_("day"), unique=True)
    count = models.PositiveIntegerField(_("unknown tokens"), default=0)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("unknown certificate look-ups")
        verbose_name_plural = _("unknown certificate look-ups")

    def __str__(self) -> str:
        return f"{self.day}: {self.count}"


class CertificateReminder(models.Model):
    """A reminder already sent (N days before expiry), so that the daily job never sends it twice."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before"], name="assessments_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id} -{self.days_before}d"


class VerifyPage(models.Model):
    """The verification page of a certificate in one language as last made, kept so that a scan
    of a door nobody scanned for a while is one indexed read (assessments/verify_cache.py). Every
    change to what the page shows bumps `generation` and empties `packed`, in the change's own
    transaction; a page made from what was read before the change is never stored over it."""

    token = models.CharField(max_length=64)
    language = models.CharField(max_length=2)
    generation = models.PositiveIntegerField(default=0)
    day = models.DateField(null=True)  # the Bangkok day the page is for ("status checked on")
    packed = models.BinaryField(null=True)  # zlib of (headers, body), as the stack made them

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["token", "language"], name="assessments_verifypage_token_language_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.token[:8]}… {self.language} {self.day}"
