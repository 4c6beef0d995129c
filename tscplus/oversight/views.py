"""Officers' pages of area oversight: the risk-ranked work queue."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tscplus.core.permissions import require_officer
from tscplus.oversight import selectors
from tscplus.oversight.risk import LABELS

PAGE_SIZE = 50


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    """The places of the officer's areas, riskiest first, each with what put it there."""
    require_officer(request.user)
    page = Paginator(selectors.risk_queue(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    rows = [(place, [LABELS[r] for r in getattr(getattr(place, "risk", None), "reasons", [])])
            for place in page]  # fmt: skip
    weights = [(LABELS[name], value) for name, value in selectors.risk_weights().items()]
    context = {"page": page, "rows": rows, "weights": weights}
    return render(request, "oversight/queue.html", context)
