from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    """Self-assessments and inspections, their scores, and the certificates they earn."""

    name = "tscplus.assessments"
    label = "assessments"
    verbose_name = _("Assessments and certificates")

    def ready(self) -> None:
        from tscplus.accounts import personal_data
        from tscplus.assessments.personal import assessments_started

        personal_data.register("assessments_started", assessments_started)
