"""Dashboards: the public one from the nation down to a district (each level its own shareable
address; HTMX swaps only the figures), with the officers' figures for officers of the area."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from tscplus.core.db_router import may_lag
from tscplus.core.scoping import area_scope_of
from tscplus.insights import opendata, permissions, selectors


def _render(request: HttpRequest, area: selectors.Area) -> HttpResponse:
    officer = permissions.covers(request.user, area.level, area.code, area.parents)
    context = {"area": area, "d": selectors.dashboard(area, officer=officer), "officer": officer}
    # `htmx` is set by django-htmx's middleware; Django's HttpRequest stub does not know it.
    fragment = request.htmx  # type: ignore[attr-defined]
    template = "insights/_dashboard.html" if fragment else "insights/dashboard.html"
    return render(request, template, context)


@require_GET
@may_lag
def dashboard(request: HttpRequest) -> HttpResponse:
    return _render(request, selectors.area_get("nation", ""))


@require_GET
@may_lag
def area(request: HttpRequest, level: str, code: str) -> HttpResponse:
    if level not in selectors.PUBLIC_LEVELS:
        raise Http404("level")
    return _render(request, selectors.area_get(level, code))


@require_GET
def officer_home(request: HttpRequest) -> HttpResponse:
    """An officer's own area: the widest area of their memberships."""
    scope = area_scope_of(request.user)
    if scope.everything or scope.is_empty:
        return redirect("insights:dashboard")
    for level, codes in (
        ("region", scope.region_numbers),
        ("province", scope.province_codes),
        ("district", scope.district_codes),
    ):
        if codes:
            return redirect("insights:area", level=level, code=str(sorted(codes)[0]))
    return redirect("insights:dashboard")


# --- Open data ------------------------------------------------------------------------------------


@require_GET
@may_lag
def open_data(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "insights/open_data.html",
        {
            "datasets": opendata.DATASETS.values(),
            "formats": opendata.FORMATS,
            "licence": opendata.LICENCE,
        },
    )


@require_GET
@may_lag
def dataset_page(request: HttpRequest, slug: str) -> HttpResponse:
    dataset = opendata.DATASETS.get(slug)
    if dataset is None:
        raise Http404("dataset")
    return render(
        request,
        "insights/dataset.html",
        {
            "dataset": dataset,
            "dictionary": opendata.dictionary(dataset),
            "formats": opendata.FORMATS,
            "licence": opendata.LICENCE,
        },
    )


@require_GET
@may_lag
def dataset_file(request: HttpRequest, slug: str, fmt: str) -> HttpResponse | StreamingHttpResponse:
    """A dataset in one format; an unknown format is a 404 that lists the formats there are."""
    dataset = opendata.DATASETS.get(slug)
    if dataset is None:
        return JsonResponse(
            {
                "errors": {
                    "detail": _("There is no such dataset."),
                    "datasets": sorted(opendata.DATASETS),
                }
            },
            status=404,
        )
    if fmt not in opendata.FORMATS:
        return JsonResponse(
            {
                "errors": {
                    "detail": _("There is no “{format}” format of this dataset.").format(
                        format=fmt[:20]
                    ),
                    "formats": list(opendata.FORMATS),
                }
            },
            status=404,
        )
    try:
        params = opendata.params_of(dataset, request.GET.dict())
    except opendata.UnknownAreaError as exc:
        return JsonResponse(
            {"errors": {str(exc): _("There is no area with this code.")}}, status=404
        )
    response: HttpResponse | StreamingHttpResponse
    if fmt == "csv":
        response = StreamingHttpResponse(
            opendata.csv_stream(dataset, params), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "json":
        response = StreamingHttpResponse(
            opendata.json_stream(dataset, params), content_type="application/json; charset=utf-8"
        )
    else:
        response = HttpResponse(
            opendata.xlsx_bytes(dataset, params), content_type=opendata.FORMATS[fmt]
        )
    suffix = "-".join(params.values())
    name = f"tscplus-{slug}{'-' + suffix if suffix else ''}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Link"] = f'<{opendata.LICENCE["url"]}>; rel="license"'
    return response


# --- Open inspection data in LIVES -----------------------------------------------------------------


def _lives_headers(response: StreamingHttpResponse, filename: str) -> StreamingHttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = f'<{opendata.LICENCE["url"]}>; rel="license"'
    return response


@require_GET
@may_lag
def lives_page(request: HttpRequest) -> HttpResponse:
    facts = opendata.lives.feed_facts()
    tables = [
        (name, fields, facts["rows"].get(name)) for name, fields in opendata.lives.FILES.items()
    ]
    return render(
        request,
        "insights/lives.html",
        {
            "files": opendata.lives.FILES,
            "tables": tables,
            "facts": facts,
            "licence": opendata.LICENCE,
            "spec_url": opendata.lives.SPEC_URL,
        },
    )


@require_GET
@may_lag
def lives_zip(request: HttpRequest) -> StreamingHttpResponse:
    """The five LIVES files in one ZIP archive, compressed as it is sent."""
    response = StreamingHttpResponse(opendata.lives.zip_stream(), content_type="application/zip")
    return _lives_headers(response, "tscplus-lives.zip")


@require_GET
@may_lag
def lives_file(request: HttpRequest, name: str) -> HttpResponse | StreamingHttpResponse:
    """One LIVES file as CSV; an unknown name is a 404 that lists the files there are."""
    if name not in opendata.lives.FILES:
        return JsonResponse(
            {
                "errors": {
                    "detail": _("There is no such file in the LIVES feed."),
                    "files": [f"{n}.csv" for n in opendata.lives.NAMES],
                }
            },
            status=404,
        )
    response = StreamingHttpResponse(
        opendata.lives.csv_blocks(name), content_type="text/csv; charset=utf-8"
    )
    return _lives_headers(response, f"{name}.csv")


@require_GET
def catalog(request: HttpRequest) -> HttpResponse:
    import json

    return HttpResponse(
        json.dumps(opendata.catalog(), ensure_ascii=False, indent=1),
        content_type="application/ld+json; charset=utf-8",
    )
