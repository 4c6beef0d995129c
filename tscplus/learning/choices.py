from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PILOT = "pilot", _("Pilot")
    IN_USE = "in_use", _("In use")
    SCALED = "scaled", _("Scaled up")


class AssetKind(models.TextChoices):
    DATA = "data", _("Data")
    INFORMATION = "information", _("Information")
    KNOWLEDGE = "knowledge", _("Knowledge")


class Frequency(models.TextChoices):
    LIVE = "live", _("Continuously (live)")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    YEARLY = "yearly", _("Yearly")
    AD_HOC = "ad_hoc", _("When needed")


class Access(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Department staff")
    RESTRICTED = "restricted", _("Restricted (named people)")


class LessonKind(models.TextChoices):
    LESSON = "lesson", _("Lesson learned")
    GOOD_PRACTICE = "good_practice", _("Good practice")
