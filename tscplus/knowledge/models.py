"""The health-literacy hub: knowledge items for the public, establishments and health staff."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.models import BilingualNameMixin, bilingual
from tscplus.knowledge.choices import Audience, Kind, Language, Level, Skill, Status

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer


def upload_path(instance: models.Model, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"knowledge/{secrets.token_hex(12)}.{extension}"


class Topic(BilingualNameMixin):
    """A subject in the managed taxonomy (COVID-19 prevention, food sanitation, ...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    @property
    def description(self) -> str:
        return bilingual(self.description_th, self.description_en)


class KnowledgeItemQuerySet(models.QuerySet):
    def published(self) -> KnowledgeItemQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def public(self) -> KnowledgeItemQuerySet:
        """Published and for everyone: what a public page may name or link."""
        return self.published().exclude(staff_only=True)

    def readable_by(self, user: Viewer) -> KnowledgeItemQuerySet:
        """Published items the person may read: staff-only items need a staff member."""
        from tscplus.knowledge.permissions import is_staff_reader

        items = self.published()
        return items if is_staff_reader(user) else items.exclude(staff_only=True)

    def for_audience(self, audience: str) -> KnowledgeItemQuerySet:
        return self.filter(**{AUDIENCE_FIELDS[audience]: True})


AUDIENCE_FIELDS: dict[str, str] = {
    Audience.PUBLIC: "for_public",
    Audience.ESTABLISHMENTS: "for_establishments",
    Audience.STAFF: "for_staff",
}


class KnowledgeItem(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.THAI
    )
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name=_("translation of"),
        help_text=_("For an English item: the Thai item it translates."),
    )
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_("Markdown. For an infographic, its text version; for a video, its transcript."),
    )
    body_html = models.TextField(_("body (HTML)"), blank=True, editable=False)
    image = models.FileField(_("image"), upload_to=upload_path, blank=True)
    image_alt = models.CharField(_("image description (alt text)"), max_length=300, blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    document = models.FileField(_("PDF document"), upload_to=upload_path, blank=True)
    document_text = models.TextField(_("document text"), blank=True, editable=False)
    for_public = models.BooleanField(Audience.PUBLIC.label, default=False)
    for_establishments = models.BooleanField(Audience.ESTABLISHMENTS.label, default=False)
    for_staff = models.BooleanField(Audience.STAFF.label, default=False)
    staff_only = models.BooleanField(
        _("staff only"), default=False, help_text=_("Readable only by signed-in health staff.")
    )
    topics = models.ManyToManyField(Topic, related_name="items", verbose_name=_("topics"))
    tags = models.CharField(_("tags"), max_length=300, blank=True, help_text=_("Comma separated."))
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Where the advice comes from: the guideline, handbook or agency it follows."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    # Empty for the content the platform ships with (written by the Department's team).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="knowledge_written",
        verbose_name=_("author"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="knowledge_reviewed",
        verbose_name=_("reviewer"),
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish on approval; a later time schedules it."),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    review_flagged_on = models.DateField(
        _("editors told it is due for review on"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    helpful_yes = models.PositiveIntegerField(_("found it helpful"), default=0)
    helpful_no = models.PositiveIntegerField(_("did not"), default=0)

    objects = KnowledgeItemQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("knowledge item")
        verbose_name_plural = _("knowledge items")
        indexes = [models.Index(fields=["status", "-published_at"], name="knowledge_status_pub")]
        constraints = [
            models.CheckConstraint(
                condition=Q(for_public=True) | Q(for_establishments=True) | Q(for_staff=True),
                name="knowledge_item_has_audience",
            ),
            models.CheckConstraint(
                condition=~Q(kind=Kind.INFOGRAPHIC) | ~Q(image="") & ~Q(image_alt=""),
                name="knowledge_infographic_alt",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def audiences(self) -> list[str]:
        return [a for a, name in AUDIENCE_FIELDS.items() if getattr(self, name)]

    @property
    def audience_labels(self) -> list[str]:
        return [str(Audience(a).label) for a in self.audiences]

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]

    @property
    def other_version(self) -> KnowledgeItem | None:
        """The other language's version a list links to: read with the item by
        `selectors.with_other_version` (None for an item read without it)."""
        original = getattr(self, "readable_original", None)
        if original is not None:
            return original
        translations = getattr(self, "readable_translations", None)
        return translations[0] if translations else None


class FaqEntry(models.Model):
    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="faq", verbose_name=_("item")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    question = models.CharField(_("question"), max_length=500)
    answer = models.TextField(_("answer"))

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")

    def __str__(self) -> str:
        return self.question


class Revision(models.Model):
    """What an item said after each edit, kept for the readable history."""

    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("item")
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("edited by"),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(fields=["item", "number"], name="knowledge_revision_unique")
        ]

    def __str__(self) -> str:
        return f"{self.item_id} #{self.number}"


class FixLink(models.Model):
    """A knowledge item that explains how to fix a checklist item. Linked by the standard and the
    item's code, so the link holds for every version of the standard that keeps the code."""

    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="fix_links", verbose_name=_("item")
    )
    standard = models.ForeignKey(
        "standards.Standard",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("standard"),
    )
    item_code = models.CharField(_("checklist item code"), max_length=20)

    class Meta:
        verbose_name = _("how-to-fix link")
        verbose_name_plural = _("how-to-fix links")
        constraints = [
            models.UniqueConstraint(
                fields=["item", "standard", "item_code"], name="knowledge_fixlink_unique"
            )
        ]
        indexes = [models.Index(fields=["standard", "item_code"], name="knowledge_fix_code")]

    def __str__(self) -> str:
        return f"{self.standard_id}:{self.item_code}"


class Feedback(models.Model):
    """ "Was this helpful?": no account, no address, no identifier kept."""

    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("item")
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self) -> str:
        return f"{self.item_id} {'+' if self.helpful else '-'}"


class ViewDay(models.Model):
    """Reads of an item on one day (people only: known bots are not counted)."""

    item = models.ForeignKey(
        KnowledgeItem, on_delete=models.CASCADE, related_name="view_days", verbose_name=_("item")
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("views on a day")
        verbose_name_plural = _("views by day")
        constraints = [
            models.UniqueConstraint(fields=["item", "day"], name="knowledge_viewday_unique")
        ]

    def __str__(self) -> str:
        return f"{self.item_id} {self.day}: {self.count}"


class SearchDay(models.Model):
    """How many searches the hub answered on one day (a count only: what was searched, and by
    whom, is not kept)."""

    day = models.DateField(_("day"), unique=True)
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("searches on a day")
        verbose_name_plural = _("searches by day")

    def __str__(self) -> str:
        return f"{self.day}: {self.count}"


class HLQuestion(models.Model):
    """A statement of the health-literacy self-check, answered on a 1-5 scale."""

    skill = models.CharField(_("skill"), max_length=20, choices=Skill.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_th = models.TextField(_("text (Thai)"))
    text_en = models.TextField(_("text (English)"))
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("self-check question")
        verbose_name_plural = _("self-check questions")

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return bilingual(self.text_th, self.text_en)


class HLResponse(models.Model):
    """One self-check taken: the answers and scores only; anonymous (no account, no address)."""

    audience = models.CharField(_("taken as"), max_length=20, choices=Audience.choices)
    province = models.ForeignKey(
        "core.Province",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    answers = models.JSONField(_("answers"), default=dict)  # question id -> 1..5
    scores = models.JSONField(_("scores by skill"), default=dict)  # skill -> 0..100
    overall = models.PositiveSmallIntegerField(
        _("overall score"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    created_at = models.DateTimeField(_("taken at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("self-check result")
        verbose_name_plural = _("self-check results")

    def __str__(self) -> str:
        return f"{self.audience} {self.overall}"
