"""What a locked-out person sees: when they may try again, in their language (django-axes hook)."""

from __future__ import annotations

import math

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def username_of(request: HttpRequest, credentials: dict | None = None) -> str:
    """The e-mail a log-in attempt is counted against, as log-in itself reads it (case and spaces
    do not matter there): otherwise `A@x` and ` a@x ` would be fresh names to guess under."""
    field = settings.AXES_USERNAME_FORM_FIELD
    value = (credentials or {}).get(field) if credentials else None
    if value is None:
        value = request.POST.get(field, "") if request is not None else ""
    return str(value or "").strip().lower()


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    cool_off = get_cool_off(request)
    username = get_client_username(request, credentials) or ""
    last = (
        AccessAttempt.objects.filter(username=username)
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    ) or timezone.now()
    try_again_at = last + cool_off if cool_off else None
    remaining = (try_again_at - timezone.now()).total_seconds() if try_again_at else 0
    context = {
        "try_again_at": try_again_at,
        "lockout_minutes": max(1, math.ceil(remaining / 60)),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    return render(request, "accounts/locked_out.html", context, status=429)
