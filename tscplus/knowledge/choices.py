from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ARTICLE = "article", _("Article")
    INFOGRAPHIC = "infographic", _("Infographic")
    VIDEO = "video", _("Video")
    FAQ = "faq", _("Questions and answers")
    DOCUMENT = "document", _("Document")


class Audience(models.TextChoices):
    PUBLIC = "public", _("The public")
    ESTABLISHMENTS = "establishments", _("Establishments")
    STAFF = "staff", _("Health staff")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Language(models.TextChoices):
    THAI = "th", _("Thai")
    ENGLISH = "en", _("English")


class Skill(models.TextChoices):
    """The six skills of the Department of Health's V-shape health-literacy model."""

    ACCESS = "access", _("Access")
    UNDERSTAND = "understand", _("Understand")
    QUESTION = "question", _("Question and verify")
    DECIDE = "decide", _("Decide")
    APPLY = "apply", _("Apply and change behaviour")
    TELL = "tell", _("Tell others")


class Level(models.TextChoices):
    """The self-check's overall level (the scale is in docs/decisions.md)."""

    LOW = "low", _("Needs improvement")
    FAIR = "fair", _("Fair")
    GOOD = "good", _("Good")
    EXCELLENT = "excellent", _("Excellent")
