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


class ImportMode(models.TextChoices):
    ALL_OR_NOTHING = "all", _("All or nothing: import only if every row is valid")
    VALID_ONLY = "valid", _("Import the valid rows, report the others")


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    CHECKING = "checking", _("Checking the rows")
    DONE = "done", _("Imported")
    REFUSED = "refused", _("Not imported: some rows have problems")
    FAILED = "failed", _("The file could not be read")


class OfficerOutcome(models.TextChoices):
    """Where a place stands after its last inspection, as the public reads it and the registry
    filters it: the decision as appeals and corrections left it. Kept by area oversight through
    `establishment_set_oversight` (the rule is `oversight/outcome.py`)."""

    MEETS = "meets", _("Meets the standard")
    CORRECTIONS = "corrections", _("Corrections required")
    SUSPENDED = "suspended", _("Certificate suspended")
    REVOKED = "revoked", _("Certificate revoked")
