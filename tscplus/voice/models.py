"""People Voice: ratings of places by the public, complaints about them, and reports of QR codes
the registry does not know."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tscplus.core.permissions import AreaScopedQuerySet
from tscplus.core.validators import phone_validator
from tscplus.voice.choices import Aspect, ComplaintStatus, ComplaintTopic, Moderation

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

AREA_LOOKUPS = {
    "region": ("establishment__province__region",),
    "province": ("establishment__province",),
    "district": ("establishment__district",),
}
# Tracking codes are read aloud and typed on phones: no 0/O, 1/I/L.
TRACKING_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_tracking_code() -> str:
    """Ten characters (about 50 bits): easy to type, impractical to guess (and guesses are limited)."""
    return "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(10))


def photo_path(instance: models.Model, filename: str) -> str:
    return f"voice/{instance._meta.model_name}/{secrets.token_hex(12)}.jpg"


class RatingQuerySet(AreaScopedQuerySet["Rating"]):
    area_lookups = AREA_LOOKUPS

    def owned_by_q(self, user: AbstractBaseUser | AnonymousUser) -> Q:
        # Operators see the ratings of their own places, to reply to them.
        return Q(establishment__owner=user)


class Rating(models.Model):
    """One member of the public's rating of a place, 1-5 on each aspect, with an optional comment."""

    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.CASCADE,
        related_name="ratings",
        verbose_name=_("establishment"),
    )
    cleanliness = models.PositiveSmallIntegerField(Aspect.CLEANLINESS.label)
    distancing = models.PositiveSmallIntegerField(Aspect.DISTANCING.label)
    hygiene = models.PositiveSmallIntegerField(Aspect.HYGIENE.label)
    staff = models.PositiveSmallIntegerField(Aspect.STAFF.label)
    overall = models.PositiveSmallIntegerField(Aspect.OVERALL.label)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    photo = models.FileField(_("photo"), upload_to=photo_path, blank=True)
    verified_visit = models.BooleanField(
        _("verified visit"),
        default=False,
        help_text=_("Rated after scanning the certificate's QR code at the place."),
    )
    # Anti-abuse keys, never shown: a random id kept in the rater's browser and a keyed hash of the
    # client address (the address itself is not stored).
    device = models.CharField(max_length=64, db_index=True)
    client = models.CharField(max_length=64, blank=True)
    language = models.CharField(max_length=5, default="th")
    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.PUBLISHED
    )
    held_for = models.CharField(_("held because of"), max_length=60, blank=True)
    moderation_reason = models.CharField(_("moderation reason"), max_length=300, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    reply = models.TextField(_("reply of the place"), max_length=1000, blank=True)
    reply_moderation = models.CharField(
        _("moderation of the reply"), max_length=10, choices=Moderation.choices, blank=True
    )
    replied_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("rated at"), default=timezone.now)

    objects = RatingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        indexes = [
            models.Index(fields=["establishment", "-created_at"], name="voice_rating_place_recent"),
        ]
        constraints = [
            models.CheckConstraint(
                name=f"voice_rating_{aspect}_1_to_5",
                condition=Q(**{f"{aspect}__gte": 1, f"{aspect}__lte": 5}),
            )
            for aspect in Aspect.values
        ]

    def __str__(self) -> str:
        return f"{self.establishment} · {self.overall}/5"

    @property
    def held_for_text(self) -> str:
        """Why the text waits, in words ("a link, a phone number")."""
        from tscplus.voice.moderation import REASONS

        return ", ".join(str(REASONS[c]) for c in self.held_for.split(",") if c in REASONS)

    @property
    def reply_held_for_text(self) -> str:
        """Why the place's reply waits (worked out again from its text: the rule is the same)."""
        from tscplus.voice.moderation import REASONS, hold_reasons

        return ", ".join(str(REASONS[c]) for c in hold_reasons(self.reply) if c in REASONS)

    def ratings(self) -> dict[str, int]:
        return {aspect: getattr(self, aspect) for aspect in Aspect.values}


class PlaceRating(models.Model):
    """A place's rating summary over the last 90 days, kept up to date by the services and the
    nightly job, so that pages, the verification page and the risk queue read one row."""

    establishment = models.OneToOneField(
        "places.Establishment", on_delete=models.CASCADE, primary_key=True, related_name="rating"
    )
    count = models.PositiveIntegerField(default=0)
    verified = models.PositiveIntegerField(default=0)
    weight = models.PositiveIntegerField(default=0)  # the sum of the ratings' weights
    cleanliness = models.PositiveIntegerField(default=0)  # weighted sums, per aspect
    distancing = models.PositiveIntegerField(default=0)
    hygiene = models.PositiveIntegerField(default=0)
    staff = models.PositiveIntegerField(default=0)
    overall = models.PositiveIntegerField(default=0)
    ranking_score = models.FloatField(default=3.0)
    refreshed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rating summary")
        verbose_name_plural = _("rating summaries")

    def __str__(self) -> str:
        return f"{self.establishment_id}: {self.count}"


class ComplaintQuerySet(AreaScopedQuerySet["Complaint"]):
    """Officers of the area and administrators only: never the place's operator."""

    area_lookups = AREA_LOOKUPS


class ContactDetails(models.Model):
    """How a member of the public may be reached, kept only with their consent (PDPA): a
    complaint's and a QR code report's."""

    contact_name = models.CharField(_("your name"), max_length=120, blank=True)
    contact_phone = models.CharField(
        _("phone"), max_length=20, blank=True, validators=[phone_validator]
    )
    contact_email = models.EmailField(_("email"), blank=True)
    contact_consent = models.BooleanField(_("consent to be contacted"), default=False)
    consent_version = models.CharField(max_length=20, blank=True)

    class Meta:
        abstract = True

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_phone or self.contact_email)


def contact_needs_consent(name: str) -> models.CheckConstraint:
    """No contact detail is stored without the consent beside it."""
    return models.CheckConstraint(
        name=name,
        condition=Q(contact_consent=True) | Q(contact_name="", contact_phone="", contact_email=""),
    )


class Complaint(ContactDetails):
    """A complaint from the public about a place, followed by its tracking code."""

    establishment = models.ForeignKey(
        "places.Establishment",
        on_delete=models.CASCADE,
        related_name="complaints",
        verbose_name=_("establishment"),
    )
    topic = models.CharField(_("topic"), max_length=20, choices=ComplaintTopic.choices)
    description = models.TextField(_("what happened"), max_length=2000)
    photo = models.FileField(_("photo"), upload_to=photo_path, blank=True)
    tracking_code = models.CharField(
        _("tracking code"), max_length=12, unique=True, default=new_tracking_code
    )
    status = models.CharField(
        _("status"),
        max_length=15,
        choices=ComplaintStatus.choices,
        default=ComplaintStatus.RECEIVED,
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_complaints",
        verbose_name=_("assigned officer"),
    )
    resolution = models.TextField(_("outcome"), max_length=2000, blank=True)
    client = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("filed at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        constraints = [
            contact_needs_consent("voice_complaint_contact_needs_consent"),
            models.CheckConstraint(
                name="voice_complaint_closed_has_outcome",
                condition=~Q(status__in=[ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED])
                | ~Q(resolution=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.tracking_code} · {self.establishment}"


# A code longer than this is no token of ours: nothing to report (its page answers 404).
QR_TOKEN_MAX_LENGTH = 100


class QrReportQuerySet(AreaScopedQuerySet["QrReport"]):
    """The officers of the area where the code was seen, and administrators."""

    area_lookups = {
        "region": ("province__region",),
        "province": ("province",),
        "district": ("district",),
    }


class QrReport(ContactDetails):
    """A member of the public's report of a QR code that the registry does not know (copied,
    forged or broken), with where it was seen, for the officers of that area."""

    token = models.CharField(_("code scanned"), max_length=QR_TOKEN_MAX_LENGTH)
    province = models.ForeignKey(
        "core.Province", on_delete=models.PROTECT, related_name="+", verbose_name=_("province")
    )
    district = models.ForeignKey(
        "core.District", on_delete=models.PROTECT, related_name="+", verbose_name=_("district")
    )
    place_name = models.CharField(_("name of the place"), max_length=200, blank=True)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    client = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)

    objects = QrReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("QR code report")
        verbose_name_plural = _("QR code reports")
        constraints = [
            contact_needs_consent("voice_qrreport_contact_needs_consent"),
        ]

    def __str__(self) -> str:
        return f"{self.token[:12]}… · {self.district_id}"

    @property
    def contact_parts(self) -> list[str]:
        return [p for p in (self.contact_name, self.contact_phone, self.contact_email) if p]
