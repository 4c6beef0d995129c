"""Establishments and public places, grouped into setting categories."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.language import reader_is_english
from tscplus.core.models import BilingualNameMixin
from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.core.validators import phone_validator
from tscplus.places.choices import (
    Certification,
    EstablishmentStatus,
    ImportMode,
    ImportStatus,
    OfficerOutcome,
)

PUBLIC_ID_ALPHABET = (
    "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read aloud, typed from paper
)


def new_public_id() -> str:
    return "".join(secrets.choice(PUBLIC_ID_ALPHABET) for _ in range(10))


class SettingGroup(BilingualNameMixin):
    """A group of settings that share one TSC+ standard (food service, markets, accommodation...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("setting group")
        verbose_name_plural = _("setting groups")


class SettingCategory(BilingualNameMixin):
    """A type of establishment or public place (restaurant, fresh market, hotel...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    group = models.ForeignKey(
        SettingGroup, on_delete=models.PROTECT, related_name="categories", verbose_name=_("group")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["group__order", "order", "code"]
        verbose_name = _("setting category")
        verbose_name_plural = _("setting categories")


class EstablishmentQuerySet(AreaScopedQuerySet):
    area_lookups = {
        "region": ("province__region",),
        "province": ("province",),
        "district": ("district",),
    }

    def owned_by_q(self, user) -> Q:
        return Q(owner=user)

    def public(self) -> EstablishmentQuerySet:
        return self.filter(status=EstablishmentStatus.ACTIVE)


class Establishment(models.Model):
    """A place that is assessed: a shop, a market, a hotel, a temple, a station..."""

    public_id = models.CharField(
        _("public id"), max_length=12, unique=True, default=new_public_id, editable=False
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    category = models.ForeignKey(
        SettingCategory,
        on_delete=models.PROTECT,
        related_name="establishments",
        verbose_name=_("category"),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="establishments",
        verbose_name=_("owner"),
    )
    address = models.CharField(_("house number, road, village"), max_length=300)
    subdistrict = models.ForeignKey(
        "core.Subdistrict",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("subdistrict"),
    )
    # Copied from the subdistrict by the service, so area filters and scopes need no deep joins.
    district = models.ForeignKey(
        "core.District", on_delete=models.PROTECT, related_name="+", verbose_name=_("district")
    )
    province = models.ForeignKey(
        "core.Province", on_delete=models.PROTECT, related_name="+", verbose_name=_("province")
    )
    postcode = models.CharField(_("postcode"), max_length=5)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=EstablishmentStatus.choices,
        default=EstablishmentStatus.ACTIVE,
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    # Kept by the assessments app through `establishment_set_certification`, so the registry can
    # filter and show it without reading every certificate.
    certification = models.CharField(
        _("certification"), max_length=20, choices=Certification.choices, default=Certification.NONE
    )
    # Kept by area oversight through `establishment_set_oversight`: the day an officer last
    # checked the place and the outcome the public reads, so the registry filters on them.
    officer_checked_on = models.DateField(_("checked by an officer on"), null=True, blank=True)
    # A default in the database too: rows written with COPY (the officers' import) need not name it.
    officer_outcome = models.CharField(
        _("officer's outcome"),
        max_length=12,
        choices=OfficerOutcome.choices,
        blank=True,
        db_default="",
    )

    objects = EstablishmentQuerySet.as_manager()

    class Meta:
        ordering = ["name_th"]
        verbose_name = _("establishment")
        verbose_name_plural = _("establishments")
        indexes = [
            models.Index(fields=["province", "category"], name="places_est_province_cat_idx"),
            models.Index(fields=["subdistrict", "name_th"], name="places_est_subdistrict_idx"),
            models.Index(fields=["province", "certification"], name="places_est_prov_cert_idx"),
            models.Index(fields=["officer_outcome", "name_th"], name="places_est_outcome_idx"),
            # The public registry's first page (open places by name): read in order, 20 rows,
            # instead of sorting every open place at each view (65 ms at 100,000, now 1 ms).
            models.Index(
                fields=["name_th"],
                condition=Q(status="active"),
                name="places_est_open_name_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                name="places_establishment_latitude_in_thailand",
                condition=Q(latitude__isnull=True) | Q(latitude__gte=5) & Q(latitude__lte=21),
            ),
            models.CheckConstraint(
                name="places_establishment_longitude_in_thailand",
                condition=Q(longitude__isnull=True) | Q(longitude__gte=97) & Q(longitude__lte=106),
            ),
            models.CheckConstraint(
                name="places_establishment_point_complete",
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:

        if self.name_en and reader_is_english():
            return self.name_en
        return self.name_th


def import_path(job: ImportJob, filename: str) -> str:
    return f"imports/{secrets.token_hex(12)}/{filename[-80:]}"


class ImportJob(models.Model):
    """An officer's bulk import of establishments: the file, its progress and its report."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    filename = models.CharField(_("file"), max_length=200)
    file = models.FileField(upload_to=import_path)
    language = models.CharField(max_length=5, default="th")
    mode = models.CharField(
        _("mode"), max_length=5, choices=ImportMode.choices, default=ImportMode.ALL_OR_NOTHING
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    warning_count = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list)  # the first problems, for the page; all in `report`
    report = models.FileField(upload_to=import_path, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return self.filename

    @property
    def finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.REFUSED, ImportStatus.FAILED)

    @property
    def percent(self) -> int:
        return 100 if self.finished else int(100 * self.processed / self.total) if self.total else 0
