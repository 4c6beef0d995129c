from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorKind(models.TextChoices):
    LEVEL = "level", _("Success level 1-5")
    NUMERIC = "numeric", _("Numeric target")


class StepStatus(models.TextChoices):
    PLANNED = "planned", _("Not started")
    UNDER_WAY = "under_way", _("Under way")
    DONE = "done", _("Done")


class ReportKind(models.TextChoices):
    MONTHLY = "monthly", _("Monthly progress report")
    HALF_YEAR = "half_year", _("Half-year summary")


class RevisionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for approval")
    PUBLISHED = "published", _("Published")


class NoticeKind(models.TextChoices):
    """What the daily job has already done for a report, so that running it twice does nothing."""

    DRAFTED = "drafted", _("Drafted")
    REMINDER_1 = "reminder_1", _("First reminder")
    REMINDER_2 = "reminder_2", _("Second reminder")
    REMINDER_3 = "reminder_3", _("Last reminder")
    ESCALATION = "escalation", _("Escalated to administrators")
