from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared core: geography, Thai dates, area scopes, audit log, base templates."""

    name = "tscplus.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        # Every app's jobs (`tasks.py`) are known to web processes too, which promise them
        # (core/outbox.py), not only to the consumer that runs them.
        from django.db.backends.signals import connection_created
        from django.utils.module_loading import autodiscover_modules

        from tscplus.core.outage import database_connected

        autodiscover_modules("tasks")
        connection_created.connect(database_connected, dispatch_uid="tscplus-database-back")
