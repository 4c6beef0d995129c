"""The editors' desk: the queues (drafts, in review, due for review, archived) with the
checklist items still without knowledge, writing and editing an item, and its workflow (review,
publishing, archiving) with its revisions compared line by line."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.core.forms import form_add_service_errors
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Kind, Status
from tscplus.knowledge.forms import ItemForm, ReviewForm
from tscplus.knowledge.models import KnowledgeItem
from tscplus.knowledge.permissions import require_editor


@login_required
@require_GET
def editor(request: HttpRequest) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_editor(request.user)
    return render(
        request,
        "knowledge/editor.html",
        {
            "queues": selectors.editor_queues(request.user),
            "missing": selectors.checklist_items_without_knowledge()[:200],
        },
    )


def _item_form_save(
    request: HttpRequest, form: ItemForm, item: KnowledgeItem | None
) -> KnowledgeItem:
    assert request.user.is_authenticated  # its pages are login_required: never a visitor here
    data = {
        name: form.cleaned_data.get(name) for name in services.EDITABLE if name in form.cleaned_data
    }
    data = {
        k: (v if v is not None else "") if k not in {"translation_of", "publish_at"} else v
        for k, v in data.items()
    }
    kind = form.cleaned_data["kind"]
    faq = form.cleaned_data["faq_text"] if kind == Kind.FAQ else None
    kwargs = {
        "actor": request.user,
        "data": data,
        "topics": form.cleaned_data["topics"],
        "faq": faq,
        "image": form.cleaned_data.get("image_upload"),
        "document": form.cleaned_data.get("document_upload"),
    }
    if item is None:
        saved = services.item_create(**kwargs)
    else:
        saved = services.item_update(item=item, note=form.cleaned_data.get("note") or "", **kwargs)
    services.fix_links_set(actor=request.user, item=saved, links=form.cleaned_data["fix_codes"])
    return saved


@login_required
@require_http_methods(["GET", "POST"])
def item_new(request: HttpRequest) -> HttpResponse:
    require_editor(request.user)
    form = ItemForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            item = _item_form_save(request, form, None)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Draft saved."))
            return redirect("knowledge:manage", pk=item.pk)
    return render(
        request, "knowledge/item_form.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    require_editor(request.user)
    item = selectors.item_get_for_editor(pk)
    form = ItemForm(request.POST or None, request.FILES or None, instance=item)
    if request.method == "POST" and form.is_valid():
        try:
            _item_form_save(request, form, item)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("knowledge:manage", pk=item.pk)
    # A failed save must not leave the form's instance half changed on screen.
    item.refresh_from_db()
    return render(
        request,
        "knowledge/item_form.html",
        {"form": form, "item": item},
        status=400 if form.errors else 200,
    )


def _manage_context(
    request: HttpRequest, item: KnowledgeItem, review_form: ReviewForm
) -> dict[str, Any]:
    return {
        "item": item,
        "revisions": item.revisions.select_related("editor")[:30],
        "review_form": review_form,
        "can_review": item.author_id != request.user.pk,
        "Status": Status,
    }


@login_required
@require_GET
def manage(request: HttpRequest, pk: int) -> HttpResponse:
    require_editor(request.user)
    item = selectors.item_get_for_editor(pk)
    return render(request, "knowledge/manage.html", _manage_context(request, item, ReviewForm()))


@login_required
@require_POST
def action(request: HttpRequest, pk: int, verb: str) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    editor = request.user
    require_editor(editor)
    item = selectors.item_get_for_editor(pk)
    actions = {
        "submit": lambda: services.item_submit(actor=editor, item=item),
        "archive": lambda: services.item_archive(actor=editor, item=item),
        "restore": lambda: services.item_restore(actor=editor, item=item),
        "reviewed": lambda: services.item_mark_reviewed(actor=editor, item=item),
    }
    review_form = ReviewForm(request.POST if verb == "review" else None)
    try:
        if verb == "review":
            if not review_form.is_valid():
                raise ValidationError(_("Choose approve or return."))
            services.item_review(
                actor=editor,
                item=item,
                approve=review_form.cleaned_data["decision"] == "approve",
                note=review_form.cleaned_data["note"],
            )
        elif verb in actions:
            actions[verb]()
        else:
            raise Http404("action")
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        context = _manage_context(request, item, review_form)
        return render(request, "knowledge/manage.html", context, status=400)
    messages.success(request, _("Done."))
    return redirect("knowledge:manage", pk=item.pk)


@login_required
@require_GET
def revision_diff(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """What revision `number` changed, line by line, against the one before it."""
    require_editor(request.user)
    item = selectors.item_get_for_editor(pk)
    revision, previous, rows = selectors.revision_diff(item, number)
    return render(
        request,
        "knowledge/diff.html",
        {"item": item, "revision": revision, "previous": previous, "rows": rows},
    )
