"""Reads of People Voice: rating summaries, public ratings, complaints by tracking code, and the
reports of unknown QR codes in an officer's areas."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Sum, Value, When
from django.http import Http404
from django.utils import timezone

from tscplus.core.figures import by_district_category
from tscplus.core.permissions import get_visible_or_404
from tscplus.places.choices import EstablishmentStatus
from tscplus.voice import ratings
from tscplus.voice.choices import OPEN_COMPLAINTS, Aspect, Moderation
from tscplus.voice.models import Complaint, PlaceRating, QrReport, Rating

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.accounts.types import Viewer

_WEIGHT = Case(
    When(verified_visit=True, then=Value(ratings.VERIFIED_WEIGHT)),
    default=Value(1),
    output_field=IntegerField(),
)


def rating_totals(establishment_ids: Iterable[int] | None = None) -> dict[int, dict[str, int]]:
    """Weighted sums of the published ratings of the last WINDOW_DAYS, per establishment (of the
    given ones, or of every place with any)."""
    since = timezone.now() - datetime.timedelta(days=ratings.WINDOW_DAYS)
    rows = Rating.objects.filter(moderation=Moderation.PUBLISHED, created_at__gte=since)
    if establishment_ids is not None:
        rows = rows.filter(establishment_id__in=list(establishment_ids))
    grouped = (
        rows.order_by()
        .values("establishment_id")
        .annotate(
            count=Count("id"),
            verified=Count("id", filter=Q(verified_visit=True)),
            weight=Sum(_WEIGHT),
            **{aspect: Sum(F(aspect) * _WEIGHT) for aspect in Aspect.values},
        )
    )
    # The plugin types these rows as a TypedDict of the keys it can read; the aspects' sums,
    # named through **{...}, are not among them.
    return {row.pop("establishment_id"): row for row in grouped}  # type: ignore[misc]


def rating_summary(*, establishment_id: int) -> ratings.RatingSummary:
    """A place's summary, from its `PlaceRating` row (see `voice/ratings.py` for the rules)."""
    row = PlaceRating.objects.filter(establishment_id=establishment_id).first()
    if row is None:
        return ratings.RatingSummary(count=0, verified=0)
    return ratings.summary_from_sums(
        count=row.count,
        verified=row.verified,
        weight=row.weight,
        sums={aspect: getattr(row, aspect) for aspect in Aspect.values},
    )


def rating_list_public(establishment: Any, limit: int = 20) -> list[Rating]:
    """Published ratings with a comment, newest first; a reply shows once it is published."""
    return list(
        Rating.objects.filter(establishment=establishment, moderation=Moderation.PUBLISHED)
        .exclude(comment="")
        .only(
            *Aspect.values,
            "comment",
            "photo",
            "verified_visit",
            "created_at",
            "reply",
            "reply_moderation",
            "replied_at",
        )[:limit]
    )


def rating_list_for_owner(user: User) -> QuerySet[Rating]:
    """The published ratings of the places a person owns, for their right to reply (a held or
    rejected rating is not the owner's to read)."""
    return Rating.objects.filter(
        establishment__owner=user, moderation=Moderation.PUBLISHED
    ).select_related("establishment")


def rating_get_for_owner(user: User, pk: int) -> Rating:
    try:
        return rating_list_for_owner(user).get(pk=pk)
    except (Rating.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def complaint_get_by_tracking_code(code: str) -> Complaint | None:
    code = (code or "").strip().upper().replace("-", "").replace(" ", "")
    return (
        Complaint.objects.select_related("establishment").filter(tracking_code=code).first()
        if code
        else None
    )


def rating_moderation_queue(user: Viewer) -> QuerySet[Rating]:
    """Ratings and replies waiting for an officer, in the areas this user oversees, oldest first."""
    return (
        Rating.objects.overseen_by(user)
        .filter(Q(moderation=Moderation.HELD) | Q(reply_moderation=Moderation.HELD))
        .select_related("establishment__province")
        .order_by("created_at", "id")
    )


def rating_get_for_moderation(user: Viewer, pk: int) -> Rating:
    try:
        return rating_moderation_queue(user).get(pk=pk)
    except (Rating.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def complaint_list_for_officer(user: Viewer, status: str = "") -> QuerySet[Complaint]:
    """Complaints in the officer's areas (never shown to the place's operator), newest first."""
    rows = Complaint.objects.visible_to(user).select_related(
        "establishment__district", "establishment__province", "assignee"
    )
    return rows.filter(status=status) if status else rows


def complaint_get_for_officer(user: Viewer, pk: int) -> Complaint:
    return get_visible_or_404(complaint_list_for_officer(user), user, pk=pk)


def qr_report_list_for_officer(user: Viewer) -> QuerySet[QrReport]:
    """Reports of unknown QR codes seen in the officer's areas, newest first."""
    return QrReport.objects.visible_to(user).select_related("province", "district")


def photo_owner_for(user: Viewer, kind: str, pk: int) -> Rating | Complaint | None:
    """The rating or complaint whose photo this user may see, or None (404)."""
    if kind == "rating":
        published = Rating.objects.filter(pk=pk, moderation=Moderation.PUBLISHED)
        item = published.first() or Rating.objects.visible_to(user).filter(pk=pk).first()
        return item
    if kind == "complaint":
        return Complaint.objects.visible_to(user).filter(pk=pk).first()
    return None


# The figures other pillars count (dashboards): defined here, once.
def voice_figures_by_district_category() -> Iterator[dict[str, Any]]:
    """People Voice about open places, by district and category: the rating sums of the last 90
    days (from the places' rating summaries) and complaints, all and still open."""
    district, category = "establishment__district_id", "establishment__category_id"
    rated = PlaceRating.objects.filter(
        establishment__status=EstablishmentStatus.ACTIVE, count__gt=0
    )
    yield from by_district_category(
        rated,
        district=district,
        category=category,
        ratings=Sum("count"),
        rating_weight=Sum("weight"),
        rating_overall=Sum("overall"),
    )
    complaints = Complaint.objects.filter(establishment__status=EstablishmentStatus.ACTIVE)
    yield from by_district_category(
        complaints,
        district=district,
        category=category,
        complaints=Count("pk"),
        complaints_open=Count("pk", filter=Q(status__in=OPEN_COMPLAINTS)),
    )


def ratings_all() -> QuerySet[Rating]:
    """Every rating given, whatever its moderation (the knowledge inventory's dataset)."""
    return Rating.objects.all()


def complaints_overseen_by(user: User) -> QuerySet[Complaint]:
    """Every complaint about a place in the areas the officer oversees (an officer's export)."""
    return Complaint.objects.overseen_by(user)
