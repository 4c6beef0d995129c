"""Request-wide context that services need but should not be handed by every view."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.utils import translation

from tscplus.core.audit import current_ip
from tscplus.core.errors import NulInAddress, api_or_page_400
from tscplus.core.parsers import holds_nul


def client_ip(request: HttpRequest) -> str | None:
    """The address of the person's device: REMOTE_ADDR, or, when that is one of our own proxies
    (`DJANGO_TRUSTED_PROXIES`), the right-most X-Forwarded-For address that is not a proxy.
    Only trusted proxies are believed, so a client cannot forge its address with the header.
    The audit log and the log-in lockout both use this one function."""
    remote = request.META.get("REMOTE_ADDR") or None
    trusted = settings.TRUSTED_PROXIES
    if remote is None or remote not in trusted:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed([a for a in forwarded if a]):
        if address not in trusted:
            return address
    return remote


class ApiLanguageMiddleware:
    """API answers in the language the client asks for (Accept-Language), Thai by default: the
    API's paths carry no language prefix, which otherwise pins them to Thai."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith("/api/"):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class RequestContextMiddleware:
    """Makes the client address of the request available to the audit log."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            current_ip.reset(token)


class ApiConditionalGetMiddleware:
    """ETag and conditional GET for the API's reads: each answer carries an ETag (a hash of its
    body), and a client that sends it back in `If-None-Match` gets 304 with no body while the
    answer is unchanged. Streamed answers (large downloads) are left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        from django.utils.cache import get_conditional_response, set_response_etag

        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or not request.path.startswith("/api/v1/")
            or response.status_code != 200
            or response.streaming
        ):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)


class RefuseNulMiddleware:
    """An address whose path or query string holds NUL (`%00`) is refused with a 400 in the
    reader's language (JSON under /api/) before anything below reads the database with it:
    PostgreSQL refuses NUL in text, so a slug or a filter with it answered 500. In MIDDLEWARE just
    after the language is chosen, and above everything that reads the database."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info or (
            "%00" in request.META.get("QUERY_STRING", "") and holds_nul(request.GET)
        ):
            # Answered here rather than raised: with DJANGO_DEBUG on, Django would answer a raised
            # refusal with its debug page, not the API's JSON.
            return api_or_page_400(request, NulInAddress(request.path_info))
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Every page says where its scripts, styles and images may come from: this site only, and no
    inline script (styles may be inline: templates and HTMX use style attributes). What an
    injected tag could run is then nothing. The API documentation page (Swagger UI writes its
    set-up inline) and Django's admin are left to their own defaults (`CSP_EXEMPT_PREFIXES`)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY
        self.exempt = tuple(settings.CSP_EXEMPT_PREFIXES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy and not request.path.startswith(self.exempt):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


# --- Answers that hold personal data ------------------------------------------------------------

PRIVATE = "private, no-store"


def personal(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Mark a view whose answer holds personal data even for someone not signed in (a complaint
    followed by its tracking code): no browser or proxy keeps it. For DRF views, decorate
    `dispatch` (`method_decorator(personal, name="dispatch")`)."""
    from functools import wraps

    @wraps(view)
    def marked(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = PRIVATE
        return response

    return marked


def signed_in(request: HttpRequest) -> bool:
    """Whether the answer was made for a signed-in person (a session, or an API token: DRF puts
    the token's user on the request). A user nobody looked at is not loaded here: what the view
    did not look at, it did not show (and loading it could query a database that is down)."""
    from django.utils.functional import SimpleLazyObject, empty

    user = request.__dict__.get("user")
    if isinstance(user, SimpleLazyObject):
        user = user._wrapped
        if user is empty:
            return False
    return bool(getattr(user, "is_authenticated", False))


class PersonalAnswerMiddleware:
    """No browser or shared cache keeps an answer made for a signed-in person (their name is in
    every page's menu; their data, their area's complaints with phone numbers, their tokens are
    in the rest): each gets `Cache-Control: private, no-store` unless its view said otherwise (a
    public file may be kept an hour). Anonymous answers that are personal say so themselves
    (`personal`). Inside the verification page's cache, which never keeps such an answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not response.has_header("Cache-Control") and signed_in(request):
            response["Cache-Control"] = PRIVATE
        return response
