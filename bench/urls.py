from django.http import HttpResponse
from django.urls import path

from tscplus.urls import handler404, handler500  # noqa: F401
from tscplus.urls import urlpatterns as platform_urls


def constant(request):
    """The baseline: a bare Django view returning a constant, through the same middleware."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/constant", constant), *platform_urls]
