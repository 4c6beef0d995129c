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

        # A standard's new version moves the certificates issued under the old one.
        from tscplus.assessments import tasks  # noqa: F401 (declares the jobs subscribed below)
        from tscplus.core.events import subscribe
        from tscplus.standards.events import STANDARD_VERSION_ACTIVATED

        subscribe(STANDARD_VERSION_ACTIVATED, "assessments.version_replaced")
