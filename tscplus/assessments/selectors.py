"""Reads about assessments and certificates, scoped to the asking user."""

from __future__ import annotations

from typing import Any

from django.db.models import F, QuerySet
from django.utils import timezone

from tscplus.assessments.models import Assessment, Certificate, VerificationMiss
from tscplus.core.permissions import get_visible_or_404


def assessment_get_for_user(user: Any, pk: int) -> Assessment:
    base = Assessment.objects.select_related(
        "establishment__category", "establishment__province", "version__standard"
    )
    return get_visible_or_404(base, user, pk=pk)


def assessment_list_for_place(establishment) -> QuerySet[Assessment]:
    return establishment.assessments.select_related("version__standard", "certificate").order_by(
        "-created_at"
    )


def certificate_list_for_place(establishment) -> QuerySet[Certificate]:
    return establishment.certificates.select_related("version__standard").order_by("-issued_at")


def certificate_get_for_user(user: Any, number: str) -> Certificate:
    base = Certificate.objects.select_related(
        "establishment__category", "establishment__subdistrict", "establishment__district",
        "establishment__province", "version__standard",
    )  # fmt: skip
    return get_visible_or_404(base, user, number=number)


def certificate_for_verification(token: str) -> Certificate | None:
    """The certificate behind a QR code, with what the verify page shows, in one query; None
    (and a count for fraud monitoring) when no certificate has this token."""
    found = (
        Certificate.objects.select_related(
            "establishment__category",
            "establishment__district",
            "establishment__province",
            "version__standard",
        )
        .filter(verify_token=token)
        .first()
    )
    if found is None:
        today = timezone.localdate()
        updated = VerificationMiss.objects.filter(day=today).update(count=F("count") + 1)
        if not updated:
            VerificationMiss.objects.bulk_create(
                [VerificationMiss(day=today, count=1)], ignore_conflicts=True
            )
    return found
