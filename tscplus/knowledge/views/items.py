"""One knowledge item as readers meet it: the page (its read counted), its image or PDF, and
"was this helpful?"."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tscplus.core.db_router import may_lag
from tscplus.core.errors import too_many_requests
from tscplus.core.files import serve_stored
from tscplus.core.middleware import client_ip
from tscplus.knowledge import selectors, services
from tscplus.knowledge.forms import FeedbackForm
from tscplus.knowledge.models import KnowledgeItem
from tscplus.knowledge.permissions import is_editor


def item_url(item: KnowledgeItem) -> str:
    return reverse("knowledge:item", args=[item.pk])


def _item_context(
    request: HttpRequest, item: KnowledgeItem, feedback_form: FeedbackForm
) -> dict[str, Any]:
    url = request.build_absolute_uri(item_url(item))
    return {
        "item": item,
        "related": selectors.related_items(request.user, item),
        "feedback_form": feedback_form,
        "share_url": url,
        "line_share": f"https://social-plugins.line.me/lineit/share?url={quote(url, safe='')}",
        "translation": item.other_version,
        "can_edit": is_editor(request.user),
    }


@require_GET
@may_lag
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.item_get_readable(request.user, pk)
    services.item_viewed(item=item, user_agent=request.headers.get("User-Agent", ""))
    return render(request, "knowledge/item.html", _item_context(request, item, FeedbackForm()))


@require_GET
def item_file(request: HttpRequest, pk: int, which: str) -> FileResponse:
    """An infographic's image or a document's PDF, for whoever may read the item (and for editors,
    who see drafts)."""
    if which not in ("image", "document"):
        raise Http404
    try:
        item = selectors.item_get_readable(request.user, pk)
        public = not item.staff_only
    except Http404:
        if not is_editor(request.user):
            raise
        item, public = selectors.item_get_for_editor(pk), False
    return serve_stored(getattr(item, which), name=item.title, public=public)


@require_POST
def item_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.item_get_readable(request.user, pk)
    wait = services.FEEDBACK_LIMIT.wait(client_ip(request))
    if wait:
        return too_many_requests(request, wait)
    form = FeedbackForm(request.POST)
    # `htmx` is set by django-htmx's middleware; Django's HttpRequest stub does not know it.
    fragment = request.htmx  # type: ignore[attr-defined]
    if form.is_valid():
        services.feedback_submit(
            item=item, helpful=form.cleaned_data["helpful"], comment=form.cleaned_data["comment"]
        )
        if fragment:
            return render(request, "knowledge/_feedback_thanks.html")
        messages.success(request, _("Thank you for telling us."))
        return redirect(item_url(item))
    if fragment:
        return render(request, "knowledge/_feedback.html", {"item": item, "feedback_form": form})
    return render(request, "knowledge/item.html", _item_context(request, item, form), status=400)
