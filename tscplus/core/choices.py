"""Statuses of the core's own records."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxState(models.TextChoices):
    PENDING = "pending", _("waiting")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed: needs an administrator")
