"""Shared data: Thailand's geography and the audit log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.choices import OutboxState
from tscplus.core.language import reader_is_english


def bilingual(th: str, en: str) -> str:
    """The English text on English pages when there is one; the Thai text otherwise."""
    return en if en and reader_is_english() else th


class BilingualNameMixin(models.Model):
    """A Thai and an English name; `name` picks the one of the active language."""

    name_th = models.CharField(_("name (Thai)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return bilingual(self.name_th, self.name_en)


class HealthRegion(BilingualNameMixin):
    """One of the Ministry of Public Health's 13 health regions (เขตสุขภาพ); 13 is Bangkok."""

    number = models.PositiveSmallIntegerField(_("number"), primary_key=True)
    centre_th = models.CharField(_("regional centre (Thai)"), max_length=150)
    centre_en = models.CharField(_("regional centre (English)"), max_length=150)

    class Meta:
        ordering = ["number"]
        verbose_name = _("health region")
        verbose_name_plural = _("health regions")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1) & Q(number__lte=13), name="core_healthregion_number_1_13"
            )
        ]

    @property
    def centre(self) -> str:
        return self.centre_en if reader_is_english() else self.centre_th


class Province(BilingualNameMixin):
    """A province (จังหวัด) with the Interior Ministry's two-digit code."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    region = models.ForeignKey(
        HealthRegion, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("region")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")


class District(BilingualNameMixin):
    """A district (อำเภอ; เขต in Bangkok) with its four-digit code."""

    code = models.CharField(_("code"), max_length=4, primary_key=True)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="districts", verbose_name=_("province")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class Subdistrict(BilingualNameMixin):
    """A subdistrict (ตำบล; แขวง in Bangkok) with its six-digit code and postcodes."""

    code = models.CharField(_("code"), max_length=6, primary_key=True)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="subdistricts", verbose_name=_("district")
    )
    # Most subdistricts have one postcode; a few share two (space-separated, as the source gives).
    postcodes = models.CharField(_("postcodes"), max_length=40)

    class Meta:
        ordering = ["code"]
        verbose_name = _("subdistrict")
        verbose_name_plural = _("subdistricts")

    @property
    def postcode(self) -> str:
        return self.postcodes.split(" ")[0]


class AuditEvent(models.Model):
    """One change to the platform's data: who did what to which object, before and after."""

    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    verb = models.CharField(_("verb"), max_length=80, db_index=True)
    object_type = models.CharField(_("object type"), max_length=100, db_index=True)
    object_id = models.CharField(_("object id"), max_length=64, db_index=True)
    object_repr = models.CharField(_("object"), max_length=200)
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [models.Index(fields=["object_type", "object_id"], name="core_audit_object_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.verb} {self.object_repr}"


class Notification(models.Model):
    """A message to one person inside the platform (and by email): a reminder, a decision, a change."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("user"),
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("message"), blank=True)
    link = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["user", "read_at"], name="core_notification_unread_idx")]

    def __str__(self) -> str:
        return self.title


class OutboxMessage(models.Model):
    """Work promised by a committed change (index an item, refresh a score, send a mail): written
    in the change's own transaction, handed to the job queue from here (`core/outbox.py`)."""

    name = models.CharField(_("job"), max_length=80)
    payload = models.JSONField(_("arguments"), default=dict, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=OutboxState.choices, default=OutboxState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    enqueued_at = models.DateTimeField(_("handed to the queue at"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("queued job")
        verbose_name_plural = _("queued jobs")
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="core_outbox_due")]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk} ({self.state})"


class PeriodicRun(models.Model):
    """When a daily job last ran and was last asked for, so one missed in an outage catches up
    (`core/periodic.py`)."""

    name = models.CharField(_("job"), max_length=80, unique=True)
    last_run_at = models.DateTimeField(_("last run at"), null=True, blank=True)
    last_asked_at = models.DateTimeField(_("last asked for at"), null=True, blank=True)

    class Meta:
        verbose_name = _("daily job")
        verbose_name_plural = _("daily jobs")

    def __str__(self) -> str:
        return self.name


class IdempotencyReceipt(models.Model):
    """The answer given to a request sent with an `Idempotency-Key`, kept so that the same request
    sent again (a phone replaying its offline queue after a lost answer) gets the same answer and
    changes nothing twice (`core/idempotency.py`). Written in the request's own transaction."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(_("key"), max_length=100)
    path = models.CharField(_("address"), max_length=300)
    status = models.PositiveSmallIntegerField(_("status"))
    body = models.JSONField(_("answer"), default=dict)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("request receipt")
        verbose_name_plural = _("request receipts")
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="core_idempotency_one_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.key} → {self.status}"
