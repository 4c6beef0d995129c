from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "tscplus.indicators"
    verbose_name = _("Indicators and reports")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.indicators.personal import progress_entered

        personal_data.register("indicator_progress", progress_entered)

        # Approvers and reporters land on the indicators (their reports and what waits) after
        # logging in.
        from tscplus.accounts import landing
        from tscplus.accounts.choices import Role

        landing.register(Role.REPORT_APPROVER, "indicators:home", order=20)
        landing.register(Role.INDICATOR_REPORTER, "indicators:home", order=30)
