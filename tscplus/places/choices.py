from django.db import models
from django.utils.translation import gettext_lazy as _


class Certification(models.TextChoices):
    """Where a place stands in the registry, from its best live certificate."""

    NONE = "none", _("Not certified")
    CERTIFIED = "certified", _("Certified")
    REASSESSMENT_DUE = "reassessment_due", _("Re-assessment due")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


class EstablishmentStatus(models.TextChoices):
    ACTIVE = "active", _("Open")
    CLOSED = "closed", _("Closed")
