"""Error pages: friendly pages in the reader's language, JSON under /api/."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults


def api_or_page_404(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"errors": {"detail": _("Not found.")}}, status=404)
    return defaults.page_not_found(request, exception, template_name="404.html")


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"errors": {"detail": _("Server error. Please try again later.")}}, status=500
        )
    # No context processors: the failure may come from them.
    return HttpResponse(loader.get_template("500.html").render({"request": request}), status=500)


def too_many_requests(request: HttpRequest, wait_seconds: int) -> HttpResponse:
    """429 in the reader's language, saying when to try again (`core.ratelimit` decides)."""
    from django.shortcuts import render

    minutes = max(1, (wait_seconds + 59) // 60)
    response = render(request, "core/too_many.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(wait_seconds)
    return response
