"""The hub's front pages: the hub itself, the three front doors (public, establishments, health
staff) and the topics."""

from __future__ import annotations

from urllib.parse import quote

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from tscplus.core.db_router import may_lag
from tscplus.knowledge import selectors
from tscplus.knowledge.choices import Audience
from tscplus.knowledge.forms import SearchForm
from tscplus.knowledge.permissions import is_staff_reader


def _audience_or_404(audience: str) -> Audience:
    if audience not in Audience.values:
        raise Http404("audience")
    return Audience(audience)


@require_GET
@may_lag
def hub(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "knowledge/hub.html",
        {
            "form": SearchForm(),
            "topics": selectors.topic_list(),
            "most_read": selectors.most_read(request.user),
            "latest": selectors.items_for_reader(request.user)[:6],
            # The staff door is shown to staff, and to visitors (who are asked to log in); a signed-in
            # shop owner would only meet a "not found" behind it.
            "doors": [
                (a, a.label)
                for a in Audience
                if a != Audience.STAFF
                or is_staff_reader(request.user)
                or not request.user.is_authenticated
            ],
        },
    )


@require_GET
@may_lag
def door(request: HttpRequest, audience: str) -> HttpResponse:
    """A front door: what the hub has for the public, for establishments or for health staff."""
    audience = _audience_or_404(audience)
    if audience == Audience.STAFF and not is_staff_reader(request.user):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={quote(request.get_full_path())}")
        raise Http404("audience")
    items = selectors.items_for_reader(request.user, audience=audience)
    page = Paginator(items, 12).get_page(request.GET.get("page"))
    return render(
        request,
        "knowledge/door.html",
        {
            "audience": audience,
            "page": page,
            "form": SearchForm(initial={"audience": audience}),
            "most_read": selectors.most_read(request.user, audience=audience),
            "topics": selectors.topic_list(),
        },
    )


@require_GET
@may_lag
def topic(request: HttpRequest, code: str) -> HttpResponse:
    chosen = selectors.topic_get(code)
    page = Paginator(selectors.items_for_reader(request.user, topic=code), 12).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "knowledge/topic.html",
        {"topic": chosen, "page": page, "form": SearchForm(initial={"topic": code})},
    )
