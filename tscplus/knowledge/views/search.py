"""The one search box: results with their facets (kind, audience, topic) to narrow them, and the
titles suggested while typing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from tscplus.core.db_router import may_lag
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Audience, Kind
from tscplus.knowledge.forms import SearchForm
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.models import KnowledgeItem, Topic
from tscplus.knowledge.permissions import is_staff_reader
from tscplus.search.selectors import Hit, SearchPage
from tscplus.search.selectors import suggest as suggest_titles

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass
class KnowledgeHit(Hit):
    """A search hit with its kind in words and its other language's version, as the results list
    shows it."""

    kind_label: StrOrPromise = ""
    other_version: KnowledgeItem | None = None


def _search_page(request: HttpRequest, form: SearchForm) -> SearchPage:
    data = form.cleaned_data
    result = selectors.item_search(
        request.user,
        data.get("q") or "",
        kind=data.get("kind") or "",
        audience=data.get("audience") or "",
        topic=data.get("topic") or "",
        page=data.get("page") or 1,
        per_page=10,
        exact=bool(data.get("exact")),
    )
    services.search_counted()
    labels = dict(Kind.choices)
    others = selectors.other_versions(request.user, [h.document.object_id for h in result.hits])
    result.hits = [
        KnowledgeHit(
            **vars(hit),
            kind_label=labels.get(hit.document.kind, hit.document.kind),
            other_version=others.get(hit.document.object_id),
        )
        for hit in result.hits
    ]
    return result


@require_GET
@may_lag
def search(request: HttpRequest) -> HttpResponse:
    """The one search box: words anywhere (inside compounds too), facets to narrow."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        # Only the facets can be invalid (any text is a valid query): drop them, keep the words.
        form = SearchForm({"q": request.GET.get("q", "")[:1000]})
        form.is_valid()
    result = _search_page(request, form) if form.cleaned_data.get("q") else None
    query = request.GET.copy()
    query.pop("page", None)
    exact = request.GET.copy()
    exact["exact"] = "1"
    context = {
        "exact_query": exact.urlencode(),
        "topics": Topic.objects.all() if result is not None and not result.total else (),
        "form": form,
        "result": result,
        "query": query.urlencode(),
        "page_number": form.cleaned_data.get("page") or 1,
    }
    if result is not None:
        pages = max(1, -(-result.total // 10))
        context["pages"] = pages
        context["facet_links"] = _facet_links(request, result.facets)
    # `htmx` is set by django-htmx's middleware; Django's HttpRequest stub does not know it.
    fragment = request.htmx  # type: ignore[attr-defined]
    template = "knowledge/_results.html" if fragment else "knowledge/search.html"
    return render(request, template, context)


def _facet_links(request: HttpRequest, facets: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    """Each facet value with its count and the link that applies (or removes) it."""
    labels: dict[str, dict[str, StrOrPromise]] = {
        "kind": dict(Kind.choices),
        "audience": dict(Audience.choices),
        "topic": {t.code: t.name for t in Topic.objects.all()},
    }
    titles = {"kind": _("Kind"), "audience": _("For"), "topic": _("Topics")}
    groups = []
    for facet, counts in facets.items():
        values: list[dict[str, Any]] = []
        for value, count in counts.items():
            query = request.GET.copy()
            query.pop("page", None)
            active = query.get(facet) == value
            if active:
                query.pop(facet)
            else:
                query[facet] = value
            if count or active:
                values.append(
                    {
                        "label": labels[facet][value],
                        "count": count,
                        "active": active,
                        "url": f"?{query.urlencode()}",
                    }
                )
        groups.append({"title": titles[facet], "values": values})
    return groups


@require_GET
def suggest(request: HttpRequest) -> HttpResponse:
    titles = suggest_titles(
        request.GET.get("q", ""), SCOPE, include_restricted=is_staff_reader(request.user)
    )
    return render(request, "knowledge/_suggest.html", {"titles": titles})
