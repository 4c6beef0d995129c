from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared core: geography, Thai dates, area scopes, audit log, base templates."""

    name = "tscplus.core"
    label = "core"
    verbose_name = _("Core")
