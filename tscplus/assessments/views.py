"""Self-assessment wizard, results, certificate documents and the public verification page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tscplus.assessments import documents, selectors, services
from tscplus.assessments.choices import AssessmentStatus
from tscplus.assessments.forms import SectionAnswersForm
from tscplus.assessments.permissions import require_answer
from tscplus.assessments.verify_page import verify_page_html
from tscplus.core.idempotency import idempotent
from tscplus.core.language import reader_language
from tscplus.core.middleware import client_ip
from tscplus.knowledge import selectors as knowledge_selectors
from tscplus.places.permissions import require_manage
from tscplus.places.selectors import establishment_get_for_user


@login_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest, public_id: str) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    place = establishment_get_for_user(request.user, public_id)
    require_manage(request.user, place)
    versions = services.versions_for(place)
    if request.method == "POST":
        version = get_object_or_404(versions, pk=request.POST.get("version") or 0)
        assessment = services.assessment_start(
            actor=request.user, establishment=place, version=version
        )
        return _open_wizard(assessment)
    drafts = selectors.assessment_drafts_by_version(place)
    offers = [(version, drafts.get(version.pk)) for version in versions]
    return render(request, "assessments/start.html", {"place": place, "offers": offers})


def _open_wizard(assessment) -> HttpResponse:
    """The wizard at its opening step: a re-assessment at the first item that failed last time."""
    number, code = selectors.assessment_opening_step(assessment)
    url = reverse("assessments:step", args=[assessment.pk, number])
    return redirect(f"{url}#item-{code}" if code else url)


def _sections(assessment):
    return list(assessment.version.sections.prefetch_related("items"))


def _attach_errors(form: SectionAnswersForm, exc: ValidationError) -> None:
    by_code = {item.code: item for item in form.items}
    for key, messages_ in exc.message_dict.items():
        item = by_code.get(key)
        for message in messages_:
            form.add_error(f"value_{item.pk}" if item else None, message)


@idempotent
@login_required
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    assessment = selectors.assessment_get_for_user(request.user, pk)
    if assessment.status != AssessmentStatus.DRAFT:
        return redirect("assessments:result", pk=assessment.pk)
    require_answer(request.user, assessment)
    sections = _sections(assessment)
    if not 1 <= number <= len(sections):
        raise Http404
    section = sections[number - 1]
    items = list(section.items.all())
    answers = {a.item_id: a for a in assessment.answers.filter(item__section=section)}
    form = SectionAnswersForm(
        request.POST or None, request.FILES or None, items=items, answers=answers
    )
    autosave = request.method == "POST" and "_autosave" in request.POST
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_save_answers(
                actor=request.user,
                assessment=assessment,
                answers=form.answers(),
                photos=form.photos(),
            )
        except ValidationError as exc:
            _attach_errors(form, exc)
        else:
            if autosave:
                return render(request, "assessments/_saved.html", {"at": timezone.now()})
            if number < len(sections):
                return redirect("assessments:step", pk=assessment.pk, number=number + 1)
            return redirect("assessments:review", pk=assessment.pk)
    if autosave:
        return render(request, "assessments/_saved.html", {"form": form}, status=400)
    return _step_page(request, assessment, form, sections, number)


def _step_page(request, assessment, form, sections, number: int) -> HttpResponse:
    """One step of the wizard; on a re-assessment, the items (and the steps holding them) that
    failed last time are marked."""
    failed_before = selectors.assessment_failed_before(assessment)
    failed_steps = {
        n
        for n, section in enumerate(sections, 1)
        if any(item.pk in failed_before for item in section.items.all())
    }
    return render(
        request,
        "assessments/step.html",
        {
            "assessment": assessment,
            "form": form,
            "section": sections[number - 1],
            "number": number,
            "total": len(sections),
            "sections": sections,
            "failed_before": failed_before,
            "failed_steps": failed_steps,
        },
        status=400 if form.errors else 200,
    )


def _by_code(codes: set[str]) -> list[str]:
    """Item codes in reading order: 1.2 before 1.10 before 2.1."""
    return sorted(codes, key=lambda c: [int(p) if p.isdigit() else 0 for p in c.split(".")])


@idempotent
@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    assert request.user.is_authenticated  # login_required: never a visitor here
    assessment = selectors.assessment_get_for_user(request.user, pk)
    if assessment.status != AssessmentStatus.DRAFT:
        return redirect("assessments:result", pk=assessment.pk)
    require_answer(request.user, assessment)
    problems: dict = {}
    if request.method == "POST":
        try:
            services.assessment_submit(actor=request.user, assessment=assessment)
        except ValidationError as exc:
            problems = exc.message_dict
        else:
            return redirect("assessments:result", pk=assessment.pk)
    result, items = services.assessment_result(assessment)
    missing_codes = _by_code(
        set(problems.get("missing", [])) | {i.code for i in items if i.pk in result.missing}
    )
    no_photo = _by_code(set(problems.get("missing_photos", [])))
    sections = _sections(assessment)
    # Each essential item that fails as the answers stand, with its step: the warning links to it.
    failing_essentials = [
        (number, item)
        for number, section in enumerate(sections, 1)
        for item in section.items.all()
        if item.pk in result.failed_essential
    ]
    return render(
        request,
        "assessments/review.html",
        {
            "assessment": assessment,
            "result": result,
            "sections": sections,
            "missing": missing_codes,
            "no_photo": no_photo,
            "problems": problems,
            "failing_essentials": failing_essentials,
        },
        status=400 if problems else 200,
    )


@login_required
@require_GET
def result(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = selectors.assessment_get_for_user(request.user, pk)
    if assessment.status == AssessmentStatus.DRAFT:
        return redirect("assessments:review", pk=assessment.pk)
    answers = assessment.answers.select_related("item__section", "item__version").order_by(
        "item__section__order", "item__order"
    )
    certificate = getattr(assessment, "certificate", None)
    failed = [a for a in answers if a.value == "fail"]
    # Under each failed item, the knowledge hub's items that explain how to fix it.
    knowledge = knowledge_selectors.fix_knowledge_for(request.user, [a.item for a in failed])
    return render(
        request,
        "assessments/result.html",
        {
            "assessment": assessment,
            "answers": answers,
            "certificate": certificate,
            "failed": [(a, knowledge.get(a.item_id, [])) for a in failed],
            "essential_failed": any(a.value == "fail" and a.item.essential for a in answers),
        },
    )


@login_required
@require_POST
def reassess(request: HttpRequest, pk: int) -> HttpResponse:
    """Start a new assessment of the same standard (the submitted one stays as it was)."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    old = selectors.assessment_get_for_user(request.user, pk)
    require_manage(request.user, old.establishment)
    version = (
        services.versions_for(old.establishment).filter(standard=old.version.standard_id).first()
    )
    if version is None:
        raise Http404
    new = services.assessment_start(
        actor=request.user, establishment=old.establishment, version=version
    )
    return _open_wizard(new)


@login_required
@require_GET
def certificate_document(request: HttpRequest, number: str, kind: str) -> HttpResponse:
    if kind not in ("certificate", "poster"):
        raise Http404
    certificate = selectors.certificate_get_for_user(request.user, number)
    try:
        pdf = documents.certificate_pdf(
            certificate, poster=kind == "poster", language=reader_language()
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        # Whoever may see the certificate may see the place's own page (owner, its officers).
        return redirect("places:mine_detail", certificate.establishment.public_id)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{certificate.number}-{kind}.pdf"'
    return response


def verify(request: HttpRequest, token: str) -> HttpResponse:
    """Public: the live status of the certificate behind a QR code. No JavaScript, a few KB. Pages
    are kept and served again by `verify_cache.VerifyPageCacheMiddleware`."""
    language = "en" if request.GET.get("lang") == "en" else "th"
    certificate = selectors.certificate_verification_page(token)
    if certificate is None:
        wait = services.VERIFY_MISS_LIMIT.wait(client_ip(request))
        with translation.override(language):
            if wait:
                return render(request, "assessments/verify_limited.html", status=429)
            # Still a 404 (it must never pass for a certificate), with a way to report the code.
            context = {"certificate": None, "lang": language, "token": token}
            html = render_to_string("assessments/verify.html", context)
        return HttpResponse(html, status=404)
    return HttpResponse(verify_page_html(certificate, language))
