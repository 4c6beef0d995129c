"""Every write of People Voice: ratings, replies, moderation and complaints. Each is atomic and
audited; the web pages, the API and the admin call these and nothing else."""

from __future__ import annotations

import datetime
import hashlib
import hmac
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.notifications import notify, notify_address
from tscplus.core.photos import photo_clean
from tscplus.core.ratelimit import RateLimit
from tscplus.core.services import model_update
from tscplus.voice import moderation, ratings, selectors
from tscplus.voice.choices import (
    CLOSED,
    COMPLAINT_TRANSITIONS,
    Aspect,
    ComplaintStatus,
    ComplaintTopic,
    Moderation,
)
from tscplus.voice.events import COMPLAINT_FILED, COMPLAINT_STATUS_CHANGED
from tscplus.voice.models import Complaint, Evaluation, PlaceRating

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment

REPEAT_HOURS = 24
# A visit proven by the QR code weighs double; from one client address, only this many a day per
# place do (a shop's Wi-Fi serves many real customers, a script serves one person many times).
VERIFIED_PER_CLIENT_PER_DAY = 3
COMPLAINT_CONSENT_VERSION = "2026-11-24"


def client_key(ip: str | None) -> str:
    """A keyed hash of the client address: enough to count abuse, useless to identify anyone."""
    # `client_ip` is None only when the server gave no REMOTE_ADDR: no client to key, a failure.
    assert ip is not None
    return hmac.new(settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256).hexdigest()


def _clean_ratings(ratings: dict[str, Any]) -> dict[str, int]:
    errors, clean = {}, {}
    for aspect in Aspect.values:
        value: Any = ratings.get(aspect)  # whatever was sent: int() refuses what is no number
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if not 1 <= number <= 5:
            errors[aspect] = _("Choose from 1 to 5 stars.")
        clean[aspect] = number
    if errors:
        raise ValidationError(errors)
    return clean


def _attach_photo(instance: Evaluation | Complaint, photo: Any) -> None:
    """Checked last, once everything else is valid, so a refused form leaves no file behind."""
    if not photo:
        return
    try:
        cleaned = photo_clean(photo)
    except ValidationError as exc:
        raise ValidationError({"photo": exc.messages}) from exc
    assert cleaned.name is not None  # photo_clean names its file ("photo.jpg")
    instance.photo.save(cleaned.name, cleaned, save=False)


# Ratings and complaints from one address an hour; the page and the API share each count.
RATING_LIMIT = RateLimit(scope="rate", limit="RATING_LIMIT_PER_HOUR", seconds=3600)
COMPLAINT_LIMIT = RateLimit(scope="complain", limit="COMPLAINT_LIMIT_PER_HOUR", seconds=3600)
# Unknown tracking codes one client may try in 10 minutes: guessing a code is stopped.
TRACKING_MISS_LIMIT = RateLimit(scope="track-miss", limit="TRACKING_MISS_LIMIT", seconds=600)


@transaction.atomic
def evaluation_submit(
    *,
    establishment: Establishment,
    ratings: dict[str, Any],
    comment: str = "",
    photo: Any = None,
    device: str,
    ip: str | None,
    verified_visit: bool = False,
    language: str = "th",
) -> Evaluation:
    """Record a rating. One per place per device per 24 hours; a comment with a link, a phone
    number or an abusive word waits for moderation."""
    clean = _clean_ratings(ratings)
    comment = (comment or "").strip()
    if len(comment) > 1000:
        raise ValidationError({"comment": _("Keep the comment to 1,000 characters.")})
    since = timezone.now() - datetime.timedelta(hours=REPEAT_HOURS)
    if Evaluation.objects.filter(
        establishment=establishment, device=device, created_at__gte=since
    ).exists():
        raise ValidationError(
            _(
                "You have rated this place in the last 24 hours. Thank you: one rating a day counts."
            ),
            code="repeat",
        )
    if (
        verified_visit
        and Evaluation.objects.filter(
            establishment=establishment,
            client=client_key(ip),
            verified_visit=True,
            created_at__gte=since,
        ).count()
        >= VERIFIED_PER_CLIENT_PER_DAY
    ):
        verified_visit = False  # it counts, at single weight
    held = moderation.hold_reasons(comment)
    evaluation = Evaluation(
        establishment=establishment,
        **clean,
        comment=comment,
        device=device,
        client=client_key(ip),
        verified_visit=verified_visit,
        language=language[:5],
        moderation=Moderation.HELD if held else Moderation.PUBLISHED,
        held_for=",".join(held),
    )
    # Fields only: the place was just loaded, and the 1-5 rule was checked above and is a database
    # constraint too (checking constraints here would cost five queries per rating).
    evaluation.full_clean(exclude=["establishment"], validate_constraints=False)
    _attach_photo(evaluation, photo)
    evaluation.save()
    place_ratings_refresh(establishment_ids=[establishment.pk])
    audit_record(
        actor=None,
        verb="evaluation.submitted",
        obj=evaluation,
        ip=ip,
        after=snapshot(evaluation, (*Aspect.values, "verified_visit", "moderation")),
    )
    return evaluation


def _moderation_target(evaluation: Evaluation, part: str) -> str:
    if part not in ("rating", "reply"):
        raise ValueError(part)
    return "moderation" if part == "rating" else "reply_moderation"


@transaction.atomic
def evaluation_moderate(
    *, actor: User, evaluation: Evaluation, part: str, approve: bool, reason: str = ""
) -> Evaluation:
    """An officer publishes or rejects a held rating (`part="rating"`) or reply (`"reply"`)."""
    field = _moderation_target(evaluation, part)
    if getattr(evaluation, field) != Moderation.HELD:
        raise ValidationError(_("This is not waiting for moderation."), code="not_held")
    if not approve and not reason.strip():
        raise ValidationError({"reason": _("Say why it is rejected.")})
    before = snapshot(evaluation, (field,))
    setattr(evaluation, field, Moderation.PUBLISHED if approve else Moderation.REJECTED)
    evaluation.moderation_reason = reason.strip()[:300]
    evaluation.moderated_by = actor
    evaluation.moderated_at = timezone.now()
    evaluation.save(update_fields=[field, "moderation_reason", "moderated_by", "moderated_at"])
    place_ratings_refresh(establishment_ids=[evaluation.establishment_id])
    audit_record(
        actor=actor,
        verb=f"evaluation.{part}_moderated",
        obj=evaluation,
        before=before,
        after=snapshot(evaluation, (field, "moderation_reason")),
    )
    if part == "reply" and not approve and evaluation.establishment.owner_id:
        place, why = evaluation.establishment, evaluation.moderation_reason
        notify(
            user=place.owner,
            title=lambda: _("Your reply was not published"),
            body=lambda: _(
                "Your reply to a rating of {place} was not published: {reason}. You may "
                "write a new reply."
            ).format(place=place.name, reason=why),
            link=f"{reverse('voice:my_ratings')}#rating-{evaluation.pk}",
        )
    return evaluation


@transaction.atomic
def evaluation_reply(*, actor: User, evaluation: Evaluation, text: str) -> Evaluation:
    """The place's operator answers a rating, once (again if an officer rejected the reply). The
    reply is moderated like a comment."""
    text = (text or "").strip()
    if evaluation.reply and evaluation.reply_moderation != Moderation.REJECTED:
        raise ValidationError(_("This rating already has your reply."), code="replied")
    if not text:
        raise ValidationError({"reply": _("Write your reply.")})
    if len(text) > 1000:
        raise ValidationError({"reply": _("Keep the reply to 1,000 characters.")})
    held = moderation.hold_reasons(text)
    evaluation.reply = text
    evaluation.reply_moderation = Moderation.HELD if held else Moderation.PUBLISHED
    evaluation.replied_at = timezone.now()
    evaluation.save(update_fields=["reply", "reply_moderation", "replied_at"])
    audit_record(
        actor=actor,
        verb="evaluation.replied",
        obj=evaluation,
        after=snapshot(evaluation, ("reply", "reply_moderation")),
    )
    return evaluation


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
    if not complaint.has_contact:
        complaint.contact_consent = False
    complaint.consent_version = COMPLAINT_CONSENT_VERSION if complaint.contact_consent else ""
    if topic not in ComplaintTopic.values:
        raise ValidationError({"topic": _("Choose a topic from the list.")})
    # The consent rule was checked above and is a database constraint too.
    complaint.full_clean(exclude=["establishment", "tracking_code"], validate_constraints=False)
    _attach_photo(complaint, photo)
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


def place_ratings_refresh(*, establishment_ids: Iterable[int] | None = None) -> int:
    """Recompute the rating summaries of these places (all that have ratings when None): after
    each rating or moderation, and nightly as ratings leave the 90-day window. Derived data, so
    not audited. Returns how many summaries were written."""
    totals = selectors.rating_totals(establishment_ids)
    if establishment_ids is None:
        # Places whose last ratings have just left the window fall back to empty summaries.
        ids = set(totals) | set(
            PlaceRating.objects.filter(count__gt=0).values_list("pk", flat=True)
        )
    else:
        ids = set(establishment_ids)
    now = timezone.now()
    empty = {"count": 0, "verified": 0, "weight": 0, **dict.fromkeys(Aspect.values, 0)}
    rows = []
    for pk in ids:
        sums = totals.get(pk, empty)
        summary = ratings.summary_from_sums(
            count=sums["count"],
            verified=sums["verified"],
            weight=sums["weight"] or 0,
            sums={aspect: sums[aspect] or 0 for aspect in Aspect.values},
        )
        rows.append(
            PlaceRating(
                establishment_id=pk,
                **{k: v or 0 for k, v in sums.items()},
                ranking_score=summary.ranking_score,
                refreshed_at=now,
            )
        )
    fields = ["count", "verified", "weight", *Aspect.values, "ranking_score", "refreshed_at"]
    PlaceRating.objects.bulk_create(
        rows,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["establishment"],
        update_fields=fields,
    )
    return len(rows)


def _tell_area_officers(complaint: Complaint) -> None:
    """A new complaint reaches the officers of its area at once (in-app and email)."""
    from tscplus.accounts.selectors import area_officers_of

    place = complaint.establishment
    code, pk = complaint.tracking_code, complaint.pk
    for officer in area_officers_of(province_id=place.province_id, district_id=place.district_id):
        notify(
            user=officer,
            title=lambda: _("New complaint about {place}").format(place=place.name),
            body=lambda: _("Complaint {code}: {topic}.").format(
                code=code, topic=ComplaintTopic(complaint.topic).label
            ),
            link=reverse("voice:officer_complaint", args=[pk]),
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
