from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "tscplus.indicators"
    verbose_name = _("Indicators and reports")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.indicators.personal import progress_entered

        personal_data.register("indicator_progress", progress_entered)
