from django.db import models
from django.utils.translation import gettext_lazy as _


class EstablishmentStatus(models.TextChoices):
    ACTIVE = "active", _("Open")
    CLOSED = "closed", _("Closed")
