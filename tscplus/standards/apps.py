from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StandardsConfig(AppConfig):
    """Versioned TSC+ standards: sections, checklist items and the pass rule."""

    name = "tscplus.standards"
    label = "standards"
    verbose_name = _("Standards")
