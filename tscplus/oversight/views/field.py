"""The officer's field page: planned visits taken offline, recorded with no signal and sent when
the signal comes back. The page is a shell the service worker keeps; `oversight/field.js` fills
it from the API online and from the phone's storage offline."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tscplus.core.permissions import require_officer


@login_required
@require_GET
def field(request: HttpRequest) -> HttpResponse:
    require_officer(request.user)
    return render(request, "oversight/field.html", {})
