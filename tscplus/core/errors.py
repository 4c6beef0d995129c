"""Error pages: friendly pages in the reader's language, JSON under /api/."""

import sys

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt

from tscplus.core.outage import is_outage


class NulInAddress(BadRequest):
    """The address (its path or query string) holds the NUL character, `%00`: PostgreSQL refuses
    it in every text lookup, so the request is refused before anything reads the database
    (`core.middleware.RefuseNulMiddleware`). Bodies are the API parsers' and the forms' own."""


def nul_message() -> str:
    # One sentence for the API's parsers (core.parsers) and addresses.
    return _("Text in the request may not contain the NUL character.")


def bad_request_errors(exception: Exception) -> tuple[int, dict[str, str]] | None:
    """The API's answer to a request Django or we refused as it was read: a body too large (413),
    too many fields or files (400), NUL in the address (400), said so in the caller's language.
    None for anything else."""
    from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent

    if isinstance(exception, NulInAddress):
        return 400, {"detail": nul_message()}
    if isinstance(exception, RequestDataTooBig):
        size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1024 / 1024
        return 413, {
            "detail": _(
                "The request body is larger than the {size} MB the API accepts (files sent as "
                "multipart/form-data are counted apart)."
            ).format(size=f"{size:g}")
        }
    if isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        return 400, {"detail": _("The request has too many fields or files.")}
    return None


# A refused body is read to its end, up to this much, before the answer: a client still sending
# would otherwise find the connection closed (a broken pipe) instead of reading why. Larger ones
# are cut off (behind nginx, its client_max_body_size answers first).
DRAIN_LIMIT = 64 * 1024 * 1024


def drain_body(request: HttpRequest) -> None:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return
    if length > DRAIN_LIMIT:
        return
    try:
        while request.read(64 * 1024):
            pass
    except OSError:  # the client went away: nobody to answer
        pass


def api_or_page_400(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler400: under /api/, the API's JSON (a body too large is a 413); else Django's page."""
    if request.path.startswith("/api/"):
        drain_body(request)
        status, errors = bad_request_errors(exception) or (400, {"detail": _("Bad request.")})
        return JsonResponse({"errors": errors}, status=status)
    if isinstance(exception, NulInAddress):
        # A page in the reader's language. Only here: other refusals (a host not allowed) would
        # fail again in the site's context processors, so they keep Django's plain page.
        from django.shortcuts import render

        return render(request, "core/bad_address.html", status=400)
    return defaults.bad_request(request, exception)


def api_or_page_404(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"errors": {"detail": _("Not found.")}}, status=404)
    return defaults.page_not_found(request, exception, template_name="404.html")


@csrf_exempt
def api_unknown_path(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Any /api/ address that matches no endpoint: a JSON 404 whatever the method or DEBUG, never
    the redirect that adds a slash (a client following it would lose its POST body). When the
    address with a slash exists, the answer says so."""
    from django.urls import Resolver404, resolve

    errors = {"detail": _("Not found.")}
    if not request.path.endswith("/"):
        try:
            resolve(request.path + "/")
        except Resolver404:
            pass
        else:
            errors["hint"] = _("API addresses end with a slash: {path}").format(
                path=request.path + "/"
            )
    return JsonResponse({"errors": errors}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database that cannot answer is an outage (503, come back soon), anything
    else a fault of ours (500)."""
    if is_outage(sys.exc_info()[1]):
        return service_unavailable(request)
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


def service_unavailable(request: HttpRequest) -> HttpResponse:
    """503 with `Retry-After`, in the reader's language: JSON under /api/, else a page rendered
    without context processors or the database (it is what failed)."""
    wait = settings.OUTAGE_RETRY_AFTER_SECONDS
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {
                "errors": {
                    "detail": _("The service is briefly unavailable. Please try again in a moment.")
                }
            },
            status=503,
        )
    else:
        page = loader.get_template("503.html").render({"request": request})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(wait)
    response["Cache-Control"] = "no-store"
    return response
