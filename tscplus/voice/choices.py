"""Statuses and lists of People Voice, with translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Aspect(models.TextChoices):
    """What the public rates, 1 to 5 each (the Department's People Voice form)."""

    CLEANLINESS = "cleanliness", _("Cleanliness")
    DISTANCING = "distancing", _("Distancing and crowding")
    HYGIENE = "hygiene", _("Masks and hand hygiene")
    STAFF = "staff", _("Staff practice")
    OVERALL = "overall", _("Overall")


class Moderation(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Waiting for moderation")
    REJECTED = "rejected", _("Rejected")


class ComplaintTopic(models.TextChoices):
    NO_MASKS = "no_masks", _("Staff or customers without masks")
    CROWDING = "crowding", _("Crowding, no distancing")
    DIRTY = "dirty", _("Dirty place or toilets")
    NO_HANDWASH = "no_handwash", _("No hand-washing point or gel")
    FOOD = "food", _("Food hygiene")
    SICK_STAFF = "sick_staff", _("Staff who look sick at work")
    FAKE_CERTIFICATE = "fake_certificate", _("Certificate looks false or copied")
    OTHER = "other", _("Something else")


class ComplaintStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSIGNED = "assigned", _("Assigned to an officer")
    INVESTIGATING = "investigating", _("Being investigated")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


# Where a complaint may go next. Assignment is its own step (`complaint_assign`); closing needs
# an outcome in words.
COMPLAINT_TRANSITIONS: dict[str, frozenset[str]] = {
    ComplaintStatus.RECEIVED: frozenset({ComplaintStatus.ASSIGNED, ComplaintStatus.DISMISSED}),
    ComplaintStatus.ASSIGNED: frozenset(
        {ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED}
    ),
    ComplaintStatus.INVESTIGATING: frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED}),
    ComplaintStatus.RESOLVED: frozenset(),
    ComplaintStatus.DISMISSED: frozenset(),
}
CLOSED = frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED})
# Still waiting for an outcome (the dashboards' "open complaints").
OPEN_COMPLAINTS = (
    ComplaintStatus.RECEIVED,
    ComplaintStatus.ASSIGNED,
    ComplaintStatus.INVESTIGATING,
)
