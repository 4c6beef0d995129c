"""The editors' desk for the search synonym dictionary: the sets (filtered by a word), adding one,
changing and removing one. The rules (two terms at least, a word in one set only) are the search
app's service's; a refusal is shown on the form, with what was typed kept."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tscplus.core.forms import form_add_service_errors
from tscplus.knowledge.forms import SynonymForm
from tscplus.knowledge.permissions import require_editor
from tscplus.search import selectors as search_selectors
from tscplus.search import services as search_services

PER_PAGE = 50


@login_required
@require_http_methods(["GET", "POST"])
def synonyms(request: HttpRequest) -> HttpResponse:
    """The dictionary's sets, 50 a page, narrowed by `q`; the form below adds a set."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_editor(request.user)
    form = SynonymForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            search_services.synonym_save(actor=request.user, terms=form.cleaned_data["terms"])
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Synonym set added."))
            return redirect("knowledge:synonyms")
    q = request.GET.get("q", "").strip()[:100]
    page = Paginator(search_selectors.synonym_sets(q), PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "knowledge/synonyms.html",
        {"form": form, "page": page, "q": q, "query": urlencode({"q": q}) if q else ""},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def synonym_edit(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_editor(request.user)
    synonym_set = search_selectors.synonym_set_get(pk)
    form = SynonymForm(request.POST or None, initial={"terms": synonym_set.terms})
    if request.method == "POST" and form.is_valid():
        try:
            search_services.synonym_save(
                actor=request.user, terms=form.cleaned_data["terms"], synonym_set=synonym_set
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("knowledge:synonyms")
    return render(
        request,
        "knowledge/synonym_edit.html",
        {"form": form, "synonym_set": synonym_set},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def synonym_delete(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_editor(request.user)
    synonym_set = search_selectors.synonym_set_get(pk)
    search_services.synonym_delete(actor=request.user, synonym_set=synonym_set)
    messages.success(request, _("Synonym set removed."))
    return redirect("knowledge:synonyms")
