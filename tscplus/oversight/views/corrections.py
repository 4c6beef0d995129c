"""Pages of corrections cases: the owner answers item by item (or asks for a visit), the officers
of the area list the open cases of their areas and close them; the evidence is served through a
view that checks who asks."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.core import clock
from tscplus.core.files import serve_stored
from tscplus.core.forms import form_add_service_errors
from tscplus.core.permissions import require_officer
from tscplus.oversight import selectors, services
from tscplus.oversight.choices import CaseStatus
from tscplus.oversight.forms import CaseAnswerForm, CaseCloseForm


def _item_form(item, data=None, files=None) -> CaseAnswerForm:
    return CaseAnswerForm(data, files, prefix=f"item-{item.pk}", initial={"answer": item.answer})


@login_required
@require_http_methods(["GET", "POST"])
def case_mine(request: HttpRequest, pk: int) -> HttpResponse:
    """The owner's case: each item to correct with its answer form, and a visit to ask for."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    case = selectors.case_get_for_owner(request.user, pk)
    items = selectors.case_items(case)
    forms = {item.pk: _item_form(item) for item in items}
    refused: list[str] = []
    if request.method == "POST":
        try:
            if request.POST.get("action") == "visit":
                services.case_visit_request(actor=request.user, case=case)
                messages.success(request, _("Your request for a visit was sent to the officer."))
                return redirect("oversight:case_mine", pk=case.pk)
            item = selectors.case_item_get(case, request.POST.get("item", ""))  # type: ignore[arg-type]
            form = forms[item.pk] = _item_form(item, request.POST, request.FILES)
            if form.is_valid():
                try:
                    services.case_item_answer(
                        actor=request.user,
                        item=item,
                        answer=form.cleaned_data["answer"],
                        evidence=form.cleaned_data["evidence"],
                    )
                except ValidationError as exc:
                    if not hasattr(exc, "error_dict"):
                        raise  # about the case, not the answer: said above the items
                    form_add_service_errors(form, exc)
                else:
                    messages.success(request, _("Your answer was sent to the officer."))
                    return redirect(f"{request.path}#item-{item.pk}")
        except ValidationError as exc:  # the case closed meanwhile, say
            refused = exc.messages
    rows = [(item, forms[item.pk]) for item in items]
    context = {
        "case": case,
        "rows": rows,
        "refused": refused,
        "days_left": (case.due_on - clock.today()).days,
    }
    failed = refused or any(form.errors for form in forms.values())
    return render(request, "oversight/case_mine.html", context, status=400 if failed else 200)


@login_required
@require_GET
def cases(request: HttpRequest) -> HttpResponse:
    """The open cases of the officer's areas, overdue first, then by deadline."""
    require_officer(request.user)
    rows = list(selectors.case_list_for_officer(request.user)[:500])
    return render(request, "oversight/cases.html", {"cases": rows, "today": clock.today()})


@login_required
@require_http_methods(["GET", "POST"])
def case(request: HttpRequest, pk: int) -> HttpResponse:
    """One case for an officer of the area: the items, the owner's answers and evidence, and
    the form that closes it."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    require_officer(request.user)
    found = selectors.case_get_for_officer(request.user, pk)
    form = CaseCloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.case_close(
                actor=request.user,
                case=found,
                outcome=form.cleaned_data["outcome"],
                reason=form.cleaned_data["reason"],
                visit_on=form.cleaned_data["visit_on"],
            )
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, _("The case is closed and the owner has been told."))
            return redirect("oversight:case", pk=found.pk)
    context = {
        "case": found,
        "items": selectors.case_items(found),
        "form": form,
        "open": found.status == CaseStatus.OPEN,
        "visit_recorded": selectors.case_visit_recorded(found),
        "today": clock.today(),
    }
    return render(request, "oversight/case.html", context, status=400 if form.errors else 200)


@login_required
@require_GET
def evidence(request: HttpRequest, pk: int) -> FileResponse:
    """An answer's evidence, for the place's owner and the officers of its area only (never a
    plain media address)."""
    item = selectors.case_evidence_get(request.user, pk)
    return serve_stored(item.evidence, name=f"{item.item.code}", public=False)
