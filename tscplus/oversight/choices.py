"""Statuses and decisions of inspections, with translated labels."""

from django.db import models
from django.utils.functional import Promise as StrPromise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tscplus.places.choices import OfficerOutcome as PublicOutcome

__all__ = ["PublicOutcome"]  # where a place stands after an inspection, kept on the place


class InspectionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class Decision(models.TextChoices):
    CONFIRM = "confirm", _("Confirm: the place meets the standard")
    CORRECTIONS = "corrections", _("Require corrections by a date")
    SUSPEND = "suspend", _("Suspend the certificate")
    REVOKE = "revoke", _("Revoke the certificate")
    REINSTATE = "reinstate", _("Reinstate the suspended certificate")


class CaseStatus(models.TextChoices):
    """A corrections case: open until an officer closes it."""

    # In context: a place's "Open" and "Closed" (for business) read otherwise in Thai.
    OPEN = "open", pgettext_lazy("corrections case", "Open")
    CLOSED = "closed", pgettext_lazy("corrections case", "Closed")


class CaseOutcome(models.TextChoices):
    """How an officer closes a corrections case."""

    ACCEPTED = "accepted", _("Corrections accepted")
    VISIT = "visit", _("A visit is needed")
    SUSPEND = "suspend", _("Certificate suspended")
    OVERTURNED = "overturned", _("Decision overturned on appeal")


# How an officer may close a case (an appeal overturns one through its own service).
CLOSE_OUTCOMES = (CaseOutcome.ACCEPTED, CaseOutcome.VISIT, CaseOutcome.SUSPEND)
CLOSE_OUTCOME_CHOICES = [(o.value, o.label) for o in CLOSE_OUTCOMES]


class AppealStatus(models.TextChoices):
    OPEN = "open", _("Under appeal")
    UPHELD = "upheld", _("Decision upheld")
    OVERTURNED = "overturned", _("Decision overturned")
    VARIED = "varied", _("Decision varied")


# The decisions an owner may appeal: each of them changes what the public reads about the place.
APPEALABLE = (Decision.CORRECTIONS, Decision.SUSPEND, Decision.REVOKE)


# Each decision in the public's words (the officers' labels tell the officer what to do).
PUBLIC_DECISION: dict[str, StrPromise] = {
    Decision.CONFIRM: _("Meets the standard"),
    Decision.CORRECTIONS: _("Corrections required"),
    Decision.SUSPEND: _("Certificate suspended"),
    Decision.REVOKE: _("Certificate revoked"),
    Decision.REINSTATE: _("Certificate reinstated"),
}
