"""The Department's standards: a standard has versions; a version has sections of checklist items
and a pass rule. Only one version of a standard is active at a time."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.models import BilingualNameMixin, bilingual
from tscplus.standards.choices import Measure, VersionStatus


class Standard(BilingualNameMixin):
    """A standard of the Department of Health, e.g. "TSC+ COVID-19 prevention: food service"."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    groups = models.ManyToManyField(
        "places.SettingGroup", related_name="standards", verbose_name=_("applies to")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("standard")
        verbose_name_plural = _("standards")

    @property
    def description(self) -> str:
        return bilingual(self.description_th, self.description_en)


class StandardVersion(models.Model):
    """One edition of a standard, with its pass rule."""

    standard = models.ForeignKey(
        Standard, on_delete=models.PROTECT, related_name="versions", verbose_name=_("standard")
    )
    number = models.PositiveSmallIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=10, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    pass_threshold = models.DecimalField(
        _("pass threshold (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("80.00"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    activated_at = models.DateTimeField(_("activated at"), null=True, blank=True)

    class Meta:
        ordering = ["standard__code", "-number"]
        verbose_name = _("standard version")
        verbose_name_plural = _("standard versions")
        constraints = [
            models.UniqueConstraint(
                fields=["standard", "number"], name="standards_version_number_unique"
            ),
            models.UniqueConstraint(
                fields=["standard"],
                condition=Q(status=VersionStatus.ACTIVE),
                name="standards_version_one_active_per_standard",
            ),
            models.CheckConstraint(
                condition=Q(pass_threshold__gte=0) & Q(pass_threshold__lte=100),
                name="standards_version_threshold_0_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.standard} v{self.number}"


class Section(models.Model):
    """A part of a version: place and environment, staff, customers, additional measures..."""

    version = models.ForeignKey(
        StandardVersion,
        on_delete=models.CASCADE,
        related_name="sections",
        verbose_name=_("version"),
    )
    order = models.PositiveSmallIntegerField(_("order"))
    title_th = models.CharField(_("title (Thai)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)

    class Meta:
        ordering = ["version_id", "order"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "order"], name="standards_section_order_unique"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return bilingual(self.title_th, self.title_en)


# What a checklist item says and how it counts: the columns the admin, the API and a draft's copy
# of a version share.
ITEM_CONTENT = (
    "code",
    "text_th",
    "text_en",
    "essential",
    "weight",
    "measure",
    "allow_na",
    "evidence_required",
    "fix_th",
    "fix_en",
)


class Item(models.Model):
    """A checklist item (ข้อประเมิน); essential items (*) must pass."""

    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="items", verbose_name=_("section")
    )
    version = models.ForeignKey(
        StandardVersion, on_delete=models.CASCADE, related_name="items", verbose_name=_("version")
    )
    order = models.PositiveSmallIntegerField(_("order"))
    code = models.CharField(_("code"), max_length=20)
    text_th = models.TextField(_("text (Thai)"))
    text_en = models.TextField(_("text (English)"))
    essential = models.BooleanField(_("essential (*)"), default=False)
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    measure = models.CharField(_("measure"), max_length=4, choices=Measure.choices)
    allow_na = models.BooleanField(_("“not applicable” allowed"), default=True)
    evidence_required = models.BooleanField(_("photo evidence required"), default=False)
    fix_th = models.TextField(_("how to fix (Thai)"), blank=True)
    fix_en = models.TextField(_("how to fix (English)"), blank=True)

    class Meta:
        ordering = ["section__order", "order"]
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")
        constraints = [
            models.UniqueConstraint(fields=["version", "code"], name="standards_item_code_unique"),
            models.CheckConstraint(
                condition=Q(weight__gte=1) & Q(weight__lte=10), name="standards_item_weight_1_10"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.text}"

    @property
    def text(self) -> str:
        return bilingual(self.text_th, self.text_en)

    @property
    def fix(self) -> str:
        return bilingual(self.fix_th, self.fix_en)
