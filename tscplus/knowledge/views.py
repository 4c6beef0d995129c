"""Knowledge hub pages: three front doors, topics, items, one search box, the self-check, and the
editors' desk (drafts, review, publishing, revisions, checklist items still without knowledge)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.core.errors import too_many_requests
from tscplus.core.files import serve_stored
from tscplus.core.forms import form_add_service_errors
from tscplus.core.middleware import client_ip
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Audience, Kind, Skill, Status
from tscplus.knowledge.forms import FeedbackForm, ItemForm, ReviewForm, SearchForm, SelfCheckForm
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.models import HLResponse, KnowledgeItem, Topic
from tscplus.knowledge.permissions import is_editor, is_staff_reader, require_editor
from tscplus.knowledge.selfcheck import SKILL_TOPICS, weak_skills
from tscplus.search.backends import Filters
from tscplus.search.selectors import Hit, SearchPage
from tscplus.search.selectors import search as search_index
from tscplus.search.selectors import suggest as suggest_titles

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

SELF_CHECK_SESSION = "knowledge_self_check"


def _audience_or_404(audience: str) -> Audience:
    if audience not in Audience.values:
        raise Http404("audience")
    return Audience(audience)


@require_GET
def hub(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "knowledge/hub.html",
        {
            "form": SearchForm(),
            "topics": selectors.topic_list(),
            "most_read": selectors.most_read(request.user),
            "latest": selectors.item_list(request.user)[:6],
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
def door(request: HttpRequest, audience: str) -> HttpResponse:
    """A front door: what the hub has for the public, for establishments or for health staff."""
    audience = _audience_or_404(audience)
    if audience == Audience.STAFF and not is_staff_reader(request.user):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('accounts:login')}?next={quote(request.get_full_path())}")
        raise Http404("audience")
    items = selectors.item_list(request.user, audience=audience)
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
def topic(request: HttpRequest, code: str) -> HttpResponse:
    chosen = selectors.topic_get(code)
    page = Paginator(selectors.item_list(request.user, topic=code), 12).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "knowledge/topic.html",
        {"topic": chosen, "page": page, "form": SearchForm(initial={"topic": code})},
    )


def _item_context(request: HttpRequest, item: KnowledgeItem, feedback_form: FeedbackForm) -> dict:
    url = request.build_absolute_uri(item_url(item))
    return {
        "item": item,
        "related": selectors.related_items(request.user, item),
        "feedback_form": feedback_form,
        "share_url": url,
        "line_share": f"https://social-plugins.line.me/lineit/share?url={quote(url, safe='')}",
        "translation": item.translation,
        "can_edit": is_editor(request.user),
    }


@require_GET
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


def item_url(item: KnowledgeItem) -> str:
    return reverse("knowledge:item", args=[item.pk])


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


@dataclass
class KnowledgeHit(Hit):
    """A search hit with its kind in words, as the results list shows it."""

    kind_label: StrOrPromise = ""


def _search_page(request: HttpRequest, form: SearchForm) -> SearchPage:
    data = form.cleaned_data
    filters = Filters(
        scope=SCOPE,
        include_restricted=is_staff_reader(request.user),
        kind=data.get("kind") or "",
        audience=data.get("audience") or "",
        topic=data.get("topic") or "",
    )
    result = search_index(
        data.get("q") or "",
        filters,
        page=data.get("page") or 1,
        per_page=10,
        facets=selectors.search_facets(),
    )
    services.search_counted()
    labels = dict(Kind.choices)
    result.hits = [
        KnowledgeHit(**vars(hit), kind_label=labels.get(hit.document.kind, hit.document.kind))
        for hit in result.hits
    ]
    return result


@require_GET
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
    context = {
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


@require_http_methods(["GET", "POST"])
def self_check(request: HttpRequest) -> HttpResponse:
    form = SelfCheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if wait := services.SELF_CHECK_LIMIT.wait(client_ip(request)):
            return too_many_requests(request, wait)
        province = form.cleaned_data["province"]
        try:
            response = services.selfcheck_submit(
                audience=form.cleaned_data["audience"],
                province_id=province.pk if province else None,
                answers=form.answers(),
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            request.session[SELF_CHECK_SESSION] = response.pk
            return redirect("knowledge:self_check_result")
    return render(
        request, "knowledge/self_check.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
def self_check_result(request: HttpRequest) -> HttpResponse:
    """The result of the self-check this browser just took (kept in its session only)."""
    response = HLResponse.objects.filter(pk=request.session.get(SELF_CHECK_SESSION) or 0).first()
    if response is None:
        return redirect("knowledge:self_check")
    weak = list(weak_skills(response.scores))
    recommendations = []
    for skill in weak:
        items = selectors.item_list(request.user, topic=SKILL_TOPICS[skill])[:3]
        recommendations.append((Skill(skill).label, list(items)))
    skills = [
        (Skill(s).label, response.scores.get(s)) for s in Skill.values if s in response.scores
    ]
    return render(
        request,
        "knowledge/self_check_result.html",
        {
            "response": response,
            "skills": skills,
            "recommendations": recommendations,
        },
    )


# --- Editors -------------------------------------------------------------------------------------


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


def _manage_context(request: HttpRequest, item: KnowledgeItem, review_form: ReviewForm) -> dict:
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
