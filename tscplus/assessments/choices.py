from django.db import models
from django.utils.translation import gettext_lazy as _


class AssessmentKind(models.TextChoices):
    SELF = "self", _("Self-assessment")
    INSPECTION = "inspection", _("Inspection")


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REASSESSMENT_DUE = "reassessment_due", _("Re-assessment due")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")
