"""The learning organization's registers: the knowledge inventory and its analysis (the seed's
steps 2 and 3), the innovations the mission created, and lessons shared in communities of practice."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from tscplus.core.validators import no_contact_details, not_in_future
from tscplus.learning.choices import Access, AssetKind, Frequency, LessonKind, Stage

ONE_TO_FIVE = [MinValueValidator(1), MaxValueValidator(5)]


class Innovation(models.Model):
    """Something new the teams made to serve the mission better: the problem, the solution, its
    stage and what it achieved, measured."""

    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("problem"))
    solution = models.TextField(_("solution"))
    unit = models.CharField(_("unit or team"), max_length=200)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.IDEA)
    started_on = models.DateField(_("started on"), validators=[not_in_future])
    results = models.TextField(_("results"), blank=True)
    measures = models.TextField(
        _("measures"),
        blank=True,
        help_text=_("One measure per line, e.g. 'time to certify: 14 -> 3 days'."),
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    knowledge_items = models.ManyToManyField(
        "knowledge.KnowledgeItem",
        blank=True,
        related_name="innovations",
        verbose_name=_("related knowledge items"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-started_on", "title"]
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")

    def __str__(self) -> str:
        return self.title

    def measure_lines(self) -> list[str]:
        return [line.strip() for line in self.measures.splitlines() if line.strip()]


# What a keeper writes about an entry of the inventory (its page's form and the API alike).
ASSET_FIELDS = (
    "name",
    "kind",
    "description",
    "source",
    "owner",
    "format",
    "frequency",
    "last_updated",
    "access",
    "personal_data",
    "importance",
    "necessity",
)


class KnowledgeAsset(models.Model):
    """An entry of the knowledge inventory: data, information or knowledge used to analyse the
    situation, where it comes from, who keeps it, and how much the mission needs it."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=AssetKind.choices)
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source system or unit"), max_length=200)
    owner = models.CharField(
        _("owner (unit)"),
        max_length=200,
        validators=[no_contact_details],
        help_text=_(
            "The unit that keeps it, not a person: public entries are published with it "
            "in the open-data catalogue."
        ),
    )
    format = models.CharField(_("format"), max_length=100, help_text=_("e.g. database, Excel, PDF"))
    frequency = models.CharField(_("update frequency"), max_length=10, choices=Frequency.choices)
    last_updated = models.DateField(
        _("last updated"), null=True, blank=True, validators=[not_in_future]
    )
    access = models.CharField(_("access level"), max_length=10, choices=Access.choices)
    personal_data = models.BooleanField(_("holds personal data"), default=False)
    importance = models.PositiveSmallIntegerField(_("importance (1-5)"), validators=ONE_TO_FIVE)
    necessity = models.PositiveSmallIntegerField(
        _("necessity to the mission (1-5)"), validators=ONE_TO_FIVE
    )
    # Importance x necessity (1-25), kept by the database itself: the ranked list reads it from an
    # index instead of computing and sorting every row.
    priority = models.GeneratedField(
        expression=F("importance") * F("necessity"),
        output_field=models.PositiveSmallIntegerField(),
        db_persist=True,
        verbose_name=_("priority (importance x necessity)"),
    )
    platform_dataset = models.CharField(
        _("platform dataset"),
        max_length=40,
        null=True,
        blank=True,
        unique=True,
        help_text=_("Set for the platform's own datasets, whose figures are read live."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("knowledge inventory entry")
        verbose_name_plural = _("knowledge inventory")
        constraints = [
            models.CheckConstraint(
                condition=Q(importance__gte=1, importance__lte=5),
                name="learning_asset_importance_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(necessity__gte=1, necessity__lte=5),
                name="learning_asset_necessity_1_to_5",
            ),
        ]
        indexes = [models.Index(fields=["-priority", "name"], name="learning_asset_ranked")]

    def __str__(self) -> str:
        return self.name


class Community(models.Model):
    """A community of practice (ชุมชนนักปฏิบัติ): staff who share lessons on one subject."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("community of practice")
        verbose_name_plural = _("communities of practice")

    def __str__(self) -> str:
        return self.name


class Lesson(models.Model):
    """A lesson learned or a good practice, posted by staff in a community of practice."""

    community = models.ForeignKey(
        Community,
        on_delete=models.PROTECT,
        related_name="lessons",
        verbose_name=_("community of practice"),
    )
    kind = models.CharField(
        _("kind"), max_length=14, choices=LessonKind.choices, default=LessonKind.LESSON
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("what happened and what we learned"), max_length=20000)
    tags = models.CharField(
        _("tags"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self) -> str:
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]


class LessonComment(models.Model):
    """A reply to a lesson."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=5000)
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.lesson_id}: {self.body[:40]}"
