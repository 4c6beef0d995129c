"""Establishment pages: the operator's own places, and the public registry."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.places import selectors, services
from tscplus.places.filters import RegistryFilter
from tscplus.places.forms import EstablishmentForm
from tscplus.places.permissions import can_manage, require_manage


@login_required
@require_GET
def my_places(request: HttpRequest) -> HttpResponse:
    places = selectors.establishment_list_for_owner(request.user)
    return render(request, "places/my_places.html", {"places": places})


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    form = EstablishmentForm(request.POST or None)
    if request.method == "POST" and "_refresh" not in request.POST and form.is_valid():
        place = services.establishment_register(owner=request.user, **form.service_kwargs())
        messages.success(request, _("Your place has been registered."))
        return redirect("places:mine_detail", public_id=place.public_id)
    return render(request, "places/form.html", {"form": form, "editing": False})


@login_required
@require_GET
def mine_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    place = selectors.establishment_get_for_user(request.user, public_id)
    context = {"place": place, "can_manage": can_manage(request.user, place)}
    return render(request, "places/mine_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, public_id: str) -> HttpResponse:
    place = selectors.establishment_get_for_user(request.user, public_id)
    require_manage(request.user, place)
    form = EstablishmentForm(request.POST or None, instance=place)
    if request.method == "POST" and "_refresh" not in request.POST and form.is_valid():
        services.establishment_update(
            actor=request.user, establishment=place, **form.service_kwargs()
        )
        messages.success(request, _("Your changes have been saved."))
        return redirect("places:mine_detail", public_id=place.public_id)
    return render(request, "places/form.html", {"form": form, "editing": True, "place": place})


@require_GET
def registry(request: HttpRequest) -> HttpResponse:
    """Public: search and filter every open establishment."""
    filterset = RegistryFilter(
        request.GET or None, queryset=selectors.establishment_base().public()
    )
    page = Paginator(filterset.qs, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "places/registry.html",
        {"filter": filterset, "page": page, "query": query.urlencode()},
    )


@require_GET
def public_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    place = selectors.establishment_get_public(public_id)
    return render(request, "places/public_detail.html", {"place": place})
