from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ACTIVE = "active", _("Active")
    RETIRED = "retired", _("Retired")


class Measure(models.TextChoices):
    """The measure an item belongs to: D-M-H-T-T-A, or a part of the COVID Free Setting."""

    DISTANCING = "D", _("D: distancing")
    MASK = "M", _("M: mask wearing")
    HAND = "H", _("H: hand washing")
    TESTING = "T", _("T: temperature check and testing")
    THAI_CHANA = "TC", _("T: Thai Chana check-in")
    APP = "A", _("A: application")
    ENVIRONMENT = "ENV", _("COVID Free Environment")
    PERSONNEL = "PER", _("COVID Free Personnel")
    CUSTOMER = "CUS", _("COVID Free Customer")
    OTHER = "OTH", _("Other measure")


class AnswerValue(models.TextChoices):
    PASS = "pass", _("Pass")
    FAIL = "fail", _("Fail")
    NOT_APPLICABLE = "na", _("Not applicable")
