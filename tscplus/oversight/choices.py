"""Statuses and decisions of inspections, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InspectionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class Decision(models.TextChoices):
    CONFIRM = "confirm", _("Confirm: the place meets the standard")
    CORRECTIONS = "corrections", _("Require corrections by a date")
    SUSPEND = "suspend", _("Suspend the certificate")
    REVOKE = "revoke", _("Revoke the certificate")
    REINSTATE = "reinstate", _("Reinstate the suspended certificate")
