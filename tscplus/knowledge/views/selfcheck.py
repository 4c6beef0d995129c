"""The health-literacy self-check: the questions, and the result with knowledge to read for the
weaker skills. Anonymous: the result is found again through this browser's session only."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from tscplus.core.errors import too_many_requests
from tscplus.core.forms import form_add_service_errors
from tscplus.core.middleware import client_ip
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Skill
from tscplus.knowledge.forms import SelfCheckForm
from tscplus.knowledge.models import HLResponse
from tscplus.knowledge.selfcheck import SKILL_TOPICS, weak_skills

SELF_CHECK_SESSION = "knowledge_self_check"


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
        items = selectors.items_for_reader(request.user, topic=SKILL_TOPICS[skill])[:3]
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
