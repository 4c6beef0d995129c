"""Complaints about a place: filed by anyone (contact details kept only with consent), given to an
officer of the place's area, moved on to an outcome. The area's officers and the complainant hear
of each step; the risk score hears through the events announced here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.notifications import notify, notify_address
from tscplus.core.ratelimit import RateLimit
from tscplus.core.services import model_update
from tscplus.voice.choices import CLOSED, COMPLAINT_TRANSITIONS, ComplaintStatus, ComplaintTopic
from tscplus.voice.events import COMPLAINT_FILED, COMPLAINT_STATUS_CHANGED
from tscplus.voice.models import Complaint
from tscplus.voice.services.intake import (
    area_officers_notify,
    client_key,
    contact_consent_stamp,
    photo_attach,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment

COMPLAINT_CONSENT_VERSION = "2026-11-24"

# Complaints from one address an hour; the page and the API share the count.
COMPLAINT_LIMIT = RateLimit(scope="complain", limit="COMPLAINT_LIMIT_PER_HOUR", seconds=3600)
# Unknown tracking codes one client may try in 10 minutes: guessing a code is stopped.
TRACKING_MISS_LIMIT = RateLimit(scope="track-miss", limit="TRACKING_MISS_LIMIT", seconds=600)


def complaint_consent_errors(*, has_contact: bool, consent: bool) -> dict[str, StrOrPromise]:
    """Contact details are kept only with the complainant's consent: the one rule, which the form
    also checks so that every error shows at once."""
    if has_contact and not consent:
        return {
            "consent": _(
                "Tick the box to let the officers use your contact details, or leave them empty."
            )
        }
    return {}


@transaction.atomic
def complaint_file(
    *,
    establishment: Establishment,
    topic: str,
    description: str,
    photo: Any = None,
    contact_name: str = "",
    contact_phone: str = "",
    contact_email: str = "",
    consent: bool = False,
    ip: str | None,
) -> Complaint:
    """File a complaint; the tracking code it gets is how the complainant follows it."""
    complaint = Complaint(
        establishment=establishment,
        topic=topic,
        description=(description or "").strip(),
        contact_name=contact_name.strip(),
        contact_phone=contact_phone.strip(),
        contact_email=contact_email.strip(),
        contact_consent=bool(consent),
        client=client_key(ip),
    )
    if errors := complaint_consent_errors(has_contact=complaint.has_contact, consent=consent):
        raise ValidationError(errors)
    contact_consent_stamp(complaint, version=COMPLAINT_CONSENT_VERSION)
    if topic not in ComplaintTopic.values:
        raise ValidationError({"topic": _("Choose a topic from the list.")})
    # The consent rule was checked above and is a database constraint too.
    complaint.full_clean(exclude=["establishment", "tracking_code"], validate_constraints=False)
    photo_attach(complaint, photo)
    complaint.save()
    announce(COMPLAINT_FILED, establishment_id=establishment.pk, complaint_id=complaint.pk)
    _tell_area_officers(complaint)
    audit_record(
        actor=None,
        verb="complaint.filed",
        obj=complaint,
        ip=ip,
        after=snapshot(complaint, ("establishment", "topic", "status")),
    )
    return complaint


def _tell_area_officers(complaint: Complaint) -> None:
    """A new complaint reaches the officers of its area at once (in-app and email)."""
    place = complaint.establishment
    code = complaint.tracking_code
    area_officers_notify(
        province_id=place.province_id,
        district_id=place.district_id,
        title=lambda: _("New complaint about {place}").format(place=place.name),
        body=lambda: _("Complaint {code}: {topic}.").format(
            code=code, topic=ComplaintTopic(complaint.topic).label
        ),
        link=reverse("voice:officer_complaint", args=[complaint.pk]),
    )


def _tell_complainant(complaint: Complaint) -> None:
    if not (complaint.contact_consent and complaint.contact_email):
        return
    status = complaint.status
    code = complaint.tracking_code
    url = f"{settings.SITE_URL}{reverse('voice:track')}?code={code}"
    notify_address(
        email=complaint.contact_email,
        title=lambda: _("Your complaint {code}").format(code=code),
        body=lambda: _("Its status is now: {status}. Follow it at {url}").format(
            status=ComplaintStatus(status).label, url=url
        ),
    )


@transaction.atomic
def complaint_assign(*, actor: User, complaint: Complaint, assignee: User) -> Complaint:
    """Give a complaint to an officer who oversees its area (an officer may take it themself)."""
    if complaint.status in CLOSED:
        raise ValidationError(_("This complaint is closed."), code="closed")
    if not Complaint.objects.overseen_by(assignee).filter(pk=complaint.pk).exists():
        raise ValidationError({"assignee": _("This officer does not oversee the place's area.")})
    previous = complaint.assignee if complaint.assignee_id not in (None, assignee.pk) else None
    received = complaint.status == ComplaintStatus.RECEIVED
    data = {
        "assignee": assignee,
        "status": ComplaintStatus.ASSIGNED if received else complaint.status,
    }
    model_update(
        instance=complaint,
        data=data,
        actor=actor,
        verb="complaint.assigned",
        audited=("status", "assignee"),
        clean=False,
    )
    if previous is not None:
        # Taking over from a colleague is allowed (leave, workload) but never silent.
        code = complaint.tracking_code
        notify(
            user=previous,
            title=lambda: _("A complaint was reassigned"),
            body=lambda: _("Complaint {code} is now handled by {officer}.").format(
                code=code, officer=assignee.full_name or assignee.email
            ),
            link=reverse("voice:officer_complaint", args=[complaint.pk]),
        )
    if assignee != actor:
        pk = complaint.pk
        notify(
            user=assignee,
            title=lambda: _("A complaint was assigned to you"),
            body=lambda: _("Complaint {code} about {place}.").format(
                code=complaint.tracking_code, place=complaint.establishment.name
            ),
            link=reverse("voice:officer_complaint", args=[pk]),
        )
    _tell_complainant(complaint)
    return complaint


@transaction.atomic
def complaint_set_status(
    *, actor: User, complaint: Complaint, status: str, resolution: str = ""
) -> Complaint:
    """Move a complaint on: investigating, then resolved or dismissed with the outcome in words."""
    if status not in COMPLAINT_TRANSITIONS.get(complaint.status, ()):
        raise ValidationError(
            {
                "status": _("A complaint that is “{now}” cannot become “{next}”.").format(
                    now=ComplaintStatus(complaint.status).label,
                    next=ComplaintStatus(status).label
                    if status in ComplaintStatus.values
                    else status,
                )
            },
        )
    if status == ComplaintStatus.ASSIGNED:
        raise ValidationError({"status": _("Assign the complaint to an officer instead.")})
    if complaint.assignee_id != getattr(actor, "pk", None):
        # One officer answers for a complaint: whoever moves it on must take it first.
        raise ValidationError(
            _("Take the complaint first: only its assigned officer moves it on."),
            code="not_assignee",
        )
    resolution = (resolution or "").strip()
    if status in CLOSED and not resolution:
        raise ValidationError({"resolution": _("Say what was found and done.")})
    data = {
        "status": status,
        "resolution": resolution[:2000] if resolution else complaint.resolution,
    }
    model_update(
        instance=complaint,
        data=data,
        actor=actor,
        verb="complaint.status_changed",
        audited=tuple(data),
        clean=False,
    )
    announce(
        COMPLAINT_STATUS_CHANGED,
        establishment_id=complaint.establishment_id,
        complaint_id=complaint.pk,
        status=complaint.status,
    )
    _tell_complainant(complaint)
    return complaint
