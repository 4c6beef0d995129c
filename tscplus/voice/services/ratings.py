"""Ratings of a place: given by anyone once a day (a visit proven by the QR code weighs double),
answered by the place's operator, moderated by officers; and the place's rating summary, which
follows every change."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.core.notifications import notify
from tscplus.core.ratelimit import RateLimit
from tscplus.voice import moderation, ratings, selectors
from tscplus.voice.choices import Aspect, Moderation
from tscplus.voice.models import PlaceRating, Rating
from tscplus.voice.services.intake import client_key, photo_attach

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment

REPEAT_HOURS = 24
# A visit proven by the QR code weighs double; from one client address, only this many a day per
# place do (a shop's Wi-Fi serves many real customers, a script serves one person many times).
VERIFIED_PER_CLIENT_PER_DAY = 3

# Ratings from one address an hour; the page and the API share the count.
RATING_LIMIT = RateLimit(scope="rate", limit="RATING_LIMIT_PER_HOUR", seconds=3600)


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


def _clean_comment(comment: str) -> str:
    comment = (comment or "").strip()
    if len(comment) > 1000:
        raise ValidationError({"comment": _("Keep the comment to 1,000 characters.")})
    return comment


def _refuse_repeat(*, establishment: Establishment, device: str, since: datetime.datetime) -> None:
    """One rating per place per device in REPEAT_HOURS, so that one person counts once."""
    if Rating.objects.filter(
        establishment=establishment, device=device, created_at__gte=since
    ).exists():
        raise ValidationError(
            _(
                "You have rated this place in the last 24 hours. Thank you: one rating a day counts."
            ),
            code="repeat",
        )


def _verified_quota_spent(
    *, establishment: Establishment, ip: str | None, since: datetime.datetime
) -> bool:
    """Whether this client address has used up its double-weight ratings of the place today."""
    return (
        Rating.objects.filter(
            establishment=establishment,
            client=client_key(ip),
            verified_visit=True,
            created_at__gte=since,
        ).count()
        >= VERIFIED_PER_CLIENT_PER_DAY
    )


def _rating_new(
    *,
    establishment: Establishment,
    clean: dict[str, int],
    comment: str,
    device: str,
    ip: str | None,
    verified_visit: bool,
    language: str,
) -> Rating:
    """The rating as it will be kept: a comment with a link, a phone number or an abusive word is
    held for moderation."""
    held = moderation.hold_reasons(comment)
    return Rating(
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


@transaction.atomic
def rating_submit(
    *,
    establishment: Establishment,
    ratings: dict[str, Any],
    comment: str = "",
    photo: Any = None,
    device: str,
    ip: str | None,
    verified_visit: bool = False,
    language: str = "th",
) -> Rating:
    """Record a rating. One per place per device per 24 hours; a comment with a link, a phone
    number or an abusive word waits for moderation."""
    clean = _clean_ratings(ratings)
    comment = _clean_comment(comment)
    since = timezone.now() - datetime.timedelta(hours=REPEAT_HOURS)
    _refuse_repeat(establishment=establishment, device=device, since=since)
    if verified_visit and _verified_quota_spent(establishment=establishment, ip=ip, since=since):
        verified_visit = False  # it counts, at single weight
    rating = _rating_new(
        establishment=establishment,
        clean=clean,
        comment=comment,
        device=device,
        ip=ip,
        verified_visit=verified_visit,
        language=language,
    )
    # Fields only: the place was just loaded, and the 1-5 rule was checked above and is a database
    # constraint too (checking constraints here would cost five queries per rating).
    rating.full_clean(exclude=["establishment"], validate_constraints=False)
    photo_attach(rating, photo)
    rating.save()
    place_ratings_refresh(establishment_ids=[establishment.pk])
    audit_record(
        actor=None,
        verb="rating.submitted",
        obj=rating,
        ip=ip,
        after=snapshot(rating, (*Aspect.values, "verified_visit", "moderation")),
    )
    return rating


def _moderation_target(rating: Rating, part: str) -> str:
    if part not in ("rating", "reply"):
        raise ValueError(part)
    return "moderation" if part == "rating" else "reply_moderation"


@transaction.atomic
def rating_moderate(
    *, actor: User, rating: Rating, part: str, approve: bool, reason: str = ""
) -> Rating:
    """An officer publishes or rejects a held rating (`part="rating"`) or reply (`"reply"`)."""
    field = _moderation_target(rating, part)
    if getattr(rating, field) != Moderation.HELD:
        raise ValidationError(_("This is not waiting for moderation."), code="not_held")
    if not approve and not reason.strip():
        raise ValidationError({"reason": _("Say why it is rejected.")})
    before = snapshot(rating, (field,))
    setattr(rating, field, Moderation.PUBLISHED if approve else Moderation.REJECTED)
    rating.moderation_reason = reason.strip()[:300]
    rating.moderated_by = actor
    rating.moderated_at = timezone.now()
    rating.save(update_fields=[field, "moderation_reason", "moderated_by", "moderated_at"])
    place_ratings_refresh(establishment_ids=[rating.establishment_id])
    audit_record(
        actor=actor,
        verb=f"rating.{part}_moderated",
        obj=rating,
        before=before,
        after=snapshot(rating, (field, "moderation_reason")),
    )
    if part == "reply" and not approve and rating.establishment.owner_id:
        place, why = rating.establishment, rating.moderation_reason
        notify(
            user=place.owner,
            title=lambda: _("Your reply was not published"),
            body=lambda: _(
                "Your reply to a rating of {place} was not published: {reason}. You may "
                "write a new reply."
            ).format(place=place.name, reason=why),
            link=f"{reverse('voice:my_ratings')}#rating-{rating.pk}",
        )
    return rating


@transaction.atomic
def rating_reply(*, actor: User, rating: Rating, text: str) -> Rating:
    """The place's operator answers a rating, once (again if an officer rejected the reply). The
    reply is moderated like a comment."""
    if rating.reply and rating.reply_moderation != Moderation.REJECTED:
        raise ValidationError(_("This rating already has your reply."), code="replied")
    rating.reply, rating.reply_moderation, _held = moderation.reply_checked(text)
    rating.replied_at = timezone.now()
    rating.save(update_fields=["reply", "reply_moderation", "replied_at"])
    audit_record(
        actor=actor,
        verb="rating.replied",
        obj=rating,
        after=snapshot(rating, ("reply", "reply_moderation")),
    )
    return rating


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
