from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OversightConfig(AppConfig):
    """Area officers' oversight: the risk-ranked work queue (inspections come next)."""

    name = "tscplus.oversight"
    label = "oversight"
    verbose_name = _("Area oversight")
