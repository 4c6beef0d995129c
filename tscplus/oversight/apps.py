from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OversightConfig(AppConfig):
    """Area officers' oversight: the risk-ranked work queue (inspections come next)."""

    name = "tscplus.oversight"
    label = "oversight"
    verbose_name = _("Area oversight")

    def ready(self) -> None:
        # What moves a place's risk score, heard from the pillars below (core/events.py).
        from tscplus.assessments.events import ASSESSMENT_SUBMITTED, CERTIFICATE_STATUS_CHANGED
        from tscplus.core.events import subscribe
        from tscplus.oversight import tasks  # noqa: F401 (declares the jobs subscribed below)
        from tscplus.places.events import PLACE_CHANGED, PLACE_REGISTERED, PLACES_IMPORTED
        from tscplus.voice.events import COMPLAINT_FILED, COMPLAINT_STATUS_CHANGED

        for moved in (
            PLACE_REGISTERED,
            PLACE_CHANGED,
            ASSESSMENT_SUBMITTED,
            CERTIFICATE_STATUS_CHANGED,
            COMPLAINT_FILED,
            COMPLAINT_STATUS_CHANGED,
        ):
            subscribe(moved, "oversight.risk_refresh")
        subscribe(PLACES_IMPORTED, "oversight.risk_score_unscored")

        # The verification page shows what officers found, joined from the public record.
        from tscplus.assessments.selectors import verify_findings_source_register
        from tscplus.oversight.models import PlaceRecord

        verify_findings_source_register(model=PlaceRecord)

        # Officers land on the risk-ranked queue after logging in.
        from tscplus.accounts import landing
        from tscplus.accounts.choices import Role

        for officer in (Role.AREA_OFFICER, Role.REGIONAL_OFFICER):
            landing.register(officer, "oversight:queue", order=10)
