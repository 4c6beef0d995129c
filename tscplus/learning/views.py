"""Learning-organization pages: the knowledge inventory (filters, priority grid, ranked list,
exports), the innovations register (public, searchable), and lessons in communities of practice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.accounts.permissions import staff_page_or_login
from tscplus.core import tabular
from tscplus.core.forms import form_add_service_errors
from tscplus.learning import inventory, permissions, selectors, services
from tscplus.learning.choices import Access, AssetKind
from tscplus.learning.forms import AssetForm, CommentForm, InnovationForm, LessonForm
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def _keeper_only(request: HttpRequest) -> HttpResponse | None:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    if not permissions.is_keeper(request.user):
        raise Http404
    return None


def _person(request: HttpRequest) -> User:
    """Who acts, on a page whose check (`staff_page_or_login`) let only a signed-in person in."""
    user = request.user
    if not user.is_authenticated:
        raise Http404  # not reached: the page's check answered a visitor already
    return user


def _filters(request: HttpRequest) -> dict[str, str]:
    return {k: request.GET.get(k, "") for k in ("q", "kind", "access", "personal", "sort")}


@require_GET
def inventory_page(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    filters = _filters(request)
    assets = selectors.asset_list(**filters)
    page = Paginator(assets, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "learning/inventory.html",
        {
            "page": page,
            "filters": filters,
            "query": query.urlencode(),
            "grid": inventory.priority_grid(assets.order_by()),
            "figures": inventory.live_figures(),
            "kinds": AssetKind.choices,
            "accesses": Access.choices,
            "sorts": selectors.ASSET_SORTS,
            "is_keeper": permissions.is_keeper(request.user),
        },
    )


EXPORTS = ("csv", "xlsx", "jsonld")


@require_GET
def inventory_export(request: HttpRequest, fmt: str) -> HttpResponse | StreamingHttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    if fmt not in EXPORTS:
        raise Http404
    assets = selectors.asset_list(**_filters(request))
    name = "tscplus-knowledge-inventory"
    response: HttpResponse | StreamingHttpResponse
    if fmt == "jsonld":
        response = HttpResponse(inventory.dcat_catalog(assets), content_type="application/ld+json")
    elif fmt == "csv":
        response = StreamingHttpResponse(
            inventory.csv_rows(assets), content_type="text/csv; charset=utf-8"
        )
    else:
        response = HttpResponse(
            inventory.xlsx_bytes(assets), content_type=tabular.XLSX_CONTENT_TYPE
        )
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@require_http_methods(["GET", "POST"])
def asset_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if (answer := _keeper_only(request)) is not None:
        return answer
    asset = get_object_or_404(KnowledgeAsset, pk=pk) if pk else None
    # The form checks a copy: validating a ModelForm writes into its instance, and the service
    # must see the entry as it is stored to audit the change.
    form = AssetForm(
        request.POST or None, instance=asset and KnowledgeAsset.objects.get(pk=asset.pk)
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.asset_save(actor=_person(request), data=data, asset=asset)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Inventory entry saved."))
            return redirect("learning:inventory")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "learning/asset_form.html", {"form": form, "asset": asset}, status=status
    )


# What a keeper may delete: the model, the service, where its edit page and its list are.
DELETABLE: dict[str, tuple[type[Model], str, Callable[..., None], str, str]] = {
    "innovations": (
        Innovation,
        "innovation",
        services.innovation_delete,
        "learning:innovation_edit",
        "learning:innovations",
    ),
    "inventory": (
        KnowledgeAsset,
        "asset",
        services.asset_delete,
        "learning:asset_edit",
        "learning:inventory",
    ),
}


@require_POST
def delete(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Delete an innovation or an inventory entry, once the keeper ticked the box that says so
    (a confirmation that needs no JavaScript)."""
    if (answer := _keeper_only(request)) is not None:
        return answer
    if kind not in DELETABLE:
        raise Http404
    model, argument, service, edit_page, list_page = DELETABLE[kind]
    obj = get_object_or_404(model, pk=pk)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm the deletion."))
        return redirect(edit_page, pk=pk)
    try:
        service(actor=_person(request), **{argument: obj})
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(edit_page, pk=pk)
    messages.success(request, _("Deleted."))
    return redirect(list_page)


@require_GET
def innovations(request: HttpRequest) -> HttpResponse:
    """The register, or search results in it (the same Thai search as the knowledge hub)."""
    q = request.GET.get("q", "")[:1000]
    result = None
    if q.strip():
        result = selectors.innovation_search(q)
    return render(
        request,
        "learning/innovations.html",
        {
            "q": q,
            "result": result,
            "items": None if result else selectors.innovation_list(),
            "is_keeper": permissions.is_keeper(request.user),
        },
    )


@require_GET
def innovation(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(selectors.innovation_list(), pk=pk)
    return render(
        request,
        "learning/innovation.html",
        {"item": item, "is_keeper": permissions.is_keeper(request.user)},
    )


@require_http_methods(["GET", "POST"])
def innovation_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if (answer := _keeper_only(request)) is not None:
        return answer
    item = get_object_or_404(Innovation, pk=pk) if pk else None
    form = InnovationForm(
        request.POST or None, instance=item and Innovation.objects.get(pk=item.pk)
    )
    if request.method == "POST" and form.is_valid():
        data = {n: form.cleaned_data[n] for n in form.Meta.fields if n != "knowledge_items"}
        try:
            item = services.innovation_save(
                actor=_person(request),
                data=data,
                knowledge_items=form.cleaned_data["knowledge_items"],
                innovation=item,
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Innovation saved."))
            return redirect("learning:innovation", pk=item.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "learning/innovation_form.html", {"form": form, "item": item}, status=status
    )


@require_GET
def lessons(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    q = request.GET.get("q", "")[:1000]
    community = request.GET.get("community", "")
    tag = request.GET.get("tag", "")
    result = None
    if q.strip():
        result = selectors.lesson_search(
            q, community=int(community) if community.isdigit() else None
        )
    items = (
        None
        if result
        else selectors.lesson_list(
            community=int(community) if community.isdigit() else None, tag=tag
        )
    )
    return render(
        request,
        "learning/lessons.html",
        {
            "q": q,
            "result": result,
            "items": items,
            "communities": selectors.communities(),
            "community": community,
            "tag": tag,
            "form": LessonForm(),
        },
    )


@require_POST
def lesson_new(request: HttpRequest) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    form = LessonForm(request.POST)
    if form.is_valid():
        try:
            lesson = services.lesson_post(actor=_person(request), data=form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Lesson posted."))
            return redirect("learning:lesson", pk=lesson.pk)
    return render(
        request,
        "learning/lessons.html",
        {
            "items": selectors.lesson_list(),
            "communities": selectors.communities(),
            "form": form,
        },
        status=400,
    )


@require_http_methods(["GET", "POST"])
def lesson(request: HttpRequest, pk: int) -> HttpResponse:
    if (answer := staff_page_or_login(request)) is not None:
        return answer
    item = get_object_or_404(Lesson.objects.select_related("community", "author"), pk=pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.comment_add(actor=_person(request), lesson=item, body=form.cleaned_data["body"])
        messages.success(request, _("Comment posted."))
        return redirect("learning:lesson", pk=item.pk)
    return render(
        request,
        "learning/lesson.html",
        {
            "lesson": item,
            "comments": item.comments.select_related("author"),
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )
