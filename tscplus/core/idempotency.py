"""Requests that may arrive twice: a phone's offline queue sends each kept item with an
`Idempotency-Key`, and sends it again when the answer was lost on a weak link. The first request
does the work; every later one with the same key gets the stored answer and changes nothing.

With a key, the answer is always JSON, so a queue reads it without following a redirect or
parsing a page: a redirect becomes `{"ok": true, "location": ...}`, a refused form (an HTML 4xx)
`{"errors": {"detail": ...}}` with its status, as every API error is written. The work and its receipt commit together: a receipt never
exists for work that was rolled back, and work never commits without its receipt. Conflicts
(409), throttling (429) and faults (5xx) are not kept: the same key may be sent again later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.utils.translation import gettext as _

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_:-]{8,100}$")
NOT_KEPT = {409, 429}


def request_key(request: HttpRequest) -> str | None:
    """The request's key, "" when it sent a malformed one, None when it sent none."""
    key = request.headers.get(HEADER)
    if key is None:
        return None
    return key if KEY_PATTERN.match(key) else ""


def _error(detail: str) -> dict[str, Any]:
    """An error as every API error is written (`core.rest.exception_handler`)."""
    return {"errors": {"detail": detail}}


def _json_answer(response: HttpResponseBase) -> tuple[int, dict[str, Any]]:
    """The view's answer as (status, JSON body)."""
    status = response.status_code
    if getattr(response, "is_rendered", True) is False:
        response.render()  # type: ignore[attr-defined]  # a template or DRF response, not yet drawn
    if 300 <= status < 400:
        return 200, {"ok": True, "location": response.get("Location", "")}
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/json") and isinstance(response, HttpResponse):
        try:
            return status, json.loads(response.content or b"{}")
        except ValueError:
            pass
    if status < 400:
        return status, {"ok": True}
    return status, _error(
        _("The server did not accept this. Open the page to see what to correct.")
    )


def _replay(receipt: Any) -> JsonResponse:
    response = JsonResponse(receipt.body, status=receipt.status)
    response[REPLAYED] = "true"
    return response


def _refusal(request: HttpRequest, key: str) -> JsonResponse | None:
    """Why a keyed request cannot be taken: a malformed key, or nobody signed in."""
    if not key:
        return JsonResponse(
            _error(_("Send an Idempotency-Key header of 8 to 100 letters, digits or -_:.")),
            status=400,
        )
    if not request.user.is_authenticated:
        return JsonResponse(
            _error(_("Sign in again to send what was kept on this phone.")), status=401
        )
    return None


def _run_once(
    view: Callable[..., HttpResponseBase], request: HttpRequest, key: str, *args: Any, **kwargs: Any
) -> JsonResponse:
    """Run the view and keep its answer in one transaction; a key seen before gets its answer."""
    from tscplus.core.models import IdempotencyReceipt

    user = request.user
    assert user.is_authenticated  # `_refusal` answered anyone else
    kept = IdempotencyReceipt.objects.filter(user=user, key=key).first()
    if kept is not None:
        return _replay(kept)
    try:
        with transaction.atomic():
            response = view(request, *args, **kwargs)
            status, body = _json_answer(response)
            if status < 500 and status not in NOT_KEPT:
                IdempotencyReceipt.objects.create(
                    user=user, key=key, path=request.path[:300], status=status, body=body
                )
    except Http404:
        return JsonResponse(_error(_("Not found.")), status=404)
    except PermissionDenied:
        return JsonResponse(_error(_("You do not have permission to do this.")), status=403)
    except IntegrityError:
        # The same key sent twice at once: the other request did the work; give its answer.
        kept = IdempotencyReceipt.objects.filter(user=user, key=key).first()
        if kept is None:
            raise
        return _replay(kept)
    answer = JsonResponse(body, status=status)
    for header in ("Retry-After", "Content-Language"):
        if response.has_header(header):
            answer[header] = response[header]
    return answer


def idempotent(
    view: Callable[..., HttpResponseBase], *, required: bool = False
) -> Callable[..., HttpResponseBase]:
    """Run a POST with an `Idempotency-Key` once per signed-in user and key. Without a key the
    view runs as usual (a browser's own form), unless `required`."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        key = request_key(request)
        if request.method != "POST" or (key is None and not required):
            return view(request, *args, **kwargs)
        refused = _refusal(request, key or "")
        if refused is not None:
            return refused
        return _run_once(view, request, key or "", *args, **kwargs)

    return wrapped


def idempotent_required(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """`idempotent` for endpoints that only a queue calls: a POST without a key is refused."""
    return idempotent(view, required=True)


def receipts_purge() -> int:
    """Forget receipts older than `IDEMPOTENCY_KEEP_DAYS`: a queue kept longer on a phone
    replays as new work, which the services still refuse twice where it matters (a submitted
    assessment, a closed visit)."""
    import datetime

    from django.conf import settings
    from django.utils import timezone

    from tscplus.core.models import IdempotencyReceipt

    cutoff = timezone.now() - datetime.timedelta(days=settings.IDEMPOTENCY_KEEP_DAYS)
    deleted, _counts = IdempotencyReceipt.objects.filter(created_at__lt=cutoff).delete()
    return deleted
