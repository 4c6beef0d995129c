from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PILOT = "pilot", _("Pilot")
    IN_USE = "in_use", _("In use")
    SCALED = "scaled", _("Scaled up")
