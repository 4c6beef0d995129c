"""Request-wide context that services need but should not be handed by every view."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from tscplus.core.audit import current_ip


class RequestContextMiddleware:
    """Makes the client address of the request available to the audit log."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = current_ip.set(request.META.get("REMOTE_ADDR") or None)
        try:
            return self.get_response(request)
        finally:
            current_ip.reset(token)
