"""Establishment pages: the operator's own places, the public registry, officers' bulk import."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.core import tabular
from tscplus.core.db_router import may_lag
from tscplus.core.forms import form_add_service_errors
from tscplus.core.language import reader_language
from tscplus.core.permissions import require_officer
from tscplus.places import selectors, services
from tscplus.places.filters import RegistryFilter
from tscplus.places.forms import EstablishmentForm, ImportForm
from tscplus.places.importing import COLUMNS, column_label
from tscplus.places.models import ImportJob
from tscplus.places.permissions import can_manage, require_manage


@login_required
@require_GET
def my_places(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    places = selectors.establishment_list_for_owner(request.user)
    return render(request, "places/my_places.html", {"places": places})


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
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
    assert request.user.is_authenticated  # login_required: never a visitor here
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
@may_lag
def registry(request: HttpRequest) -> HttpResponse:
    """Public: search and filter every open establishment."""
    filterset = RegistryFilter(request.GET or None, queryset=selectors.registry_base())
    page = Paginator(filterset.qs, 20).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "places/registry.html",
        {"filter": filterset, "page": page, "query": query.urlencode()},
    )


@require_GET
@may_lag
def public_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    place = selectors.establishment_get_public(public_id)
    return render(request, "places/public_detail.html", {"place": place})


# --- Bulk import (officers) --------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def import_start(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.import_job_create(
                actor=request.user,
                upload=form.cleaned_data["file"],
                mode=form.cleaned_data["mode"],
                language=reader_language(),
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            return redirect("places:import_job", pk=job.pk)
    context = {"form": form, "jobs": selectors.import_jobs_for_user(request.user)}
    return render(request, "places/import.html", context, status=400 if form.errors else 200)


@login_required
@require_GET
def import_job(request: HttpRequest, pk: int) -> HttpResponse:
    """The import's progress (HTMX polls the partial until it ends), then its summary."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    job = selectors.import_job_get_for_user(request.user, pk)
    # `htmx` is set by django-htmx's middleware; Django's HttpRequest stub does not know it.
    fragment = request.htmx  # type: ignore[attr-defined]
    template = "places/_import_progress.html" if fragment else "places/import_job.html"
    return render(request, template, {"job": job, "labels": _problem_labels(job)})


def _problem_labels(job: ImportJob) -> list[dict[str, Any]]:
    language = reader_language()
    return [{**p, "column": column_label(p["column"], language)} for p in job.problems]


@login_required
@require_GET
def import_report(request: HttpRequest, pk: int) -> FileResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    job = selectors.import_job_get_for_user(request.user, pk)
    if not job.report:
        raise Http404
    return FileResponse(
        job.report.open("rb"),
        as_attachment=True,
        filename=f"import-report-{job.pk}.csv",
        content_type="text/csv",
    )


@login_required
@require_GET
def import_template(request: HttpRequest, kind: str) -> HttpResponse:
    """The template in the reader's language: the header (and, in Excel, sheets with two example
    rows and the list of types)."""
    require_officer(request.user)
    if kind not in ("csv", "xlsx"):
        raise Http404
    language = reader_language()
    header = [column_label(key, language) for key, *_rest in COLUMNS]
    examples = [
        [
            "ร้านข้าวแกงป้าศรี",
            "Pa Sri Curry Rice",
            "ร้านอาหาร",
            "12 ถนนนิมมานเหมินท์",
            "500105",
            "เมืองเชียงใหม่",
            "เชียงใหม่",
            "053 123 456",
            "07:00-15:00",
            "18.7963",
            "98.9679",
            "",
        ],
        ["ตลาดนัดหน้าวัด", "", "fresh-market", "หมู่ 3", "500105", "", "", "", "", "", "", ""],
    ]
    if kind == "xlsx":
        types = [[c.code, c.name_th, c.name_en] for c in selectors.category_list()]
        data = tabular.xlsx_bytes(
            [
                tabular.Sheet("places", [header]),
                # Examples on a sheet of their own: only the first sheet is imported.
                tabular.Sheet("example", [header, *examples]),
                tabular.Sheet("types", [["code", "ชื่อ (ไทย)", "Name (English)"], *types]),
            ]
        )
        response = HttpResponse(data, content_type=tabular.XLSX_CONTENT_TYPE)
    else:
        response = HttpResponse(tabular.csv_bytes([header]), content_type=tabular.CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="tscplus-places-template.{kind}"'
    return response
