from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Dashboards from the nation down to a district, open data, the data catalogue."""

    name = "tscplus.insights"
    verbose_name = _("Insights and open data")
