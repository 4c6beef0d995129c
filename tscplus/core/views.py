"""Site-wide pages: home, health check, the accessibility statement, the area look-up and its HTMX
options."""

import datetime

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from tscplus.core import health, pwa, selectors
from tscplus.core.forms import AreaLookupForm
from tscplus.core.notifications import notification_mark_read


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    # Resolved per request: the hashed file name exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("core/favicon.svg"))


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


# The day the accessibility statement was last reviewed: change it with the statement's text.
ACCESSIBILITY_STATEMENT_DATE = datetime.date(2026, 12, 6)


@require_GET
def accessibility_statement(request: HttpRequest) -> HttpResponse:
    """What the service meets (WCAG 2.1 AA), how it is tested, its known gaps and whom to tell."""
    return render(
        request, "core/accessibility.html", {"statement_date": ACCESSIBILITY_STATEMENT_DATE}
    )


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 while this web process can serve (the database answers): "ok", or "degraded" when
    the queue's Redis is down (pages still answer; jobs wait in the outbox). 503, with
    `Retry-After`, only when the database is down: a load balancer then takes the process out."""
    checks = {"database": health.database_status(), "queue": health.queue_status()}
    serving = checks["database"] == "ok"
    body = {
        "status": ("ok" if checks["queue"] == "ok" else "degraded") if serving else "error",
        **checks,
        "consumer_last_seen": health.consumer_last_seen() if checks["queue"] == "ok" else None,
    }
    response = JsonResponse(body, status=200 if serving else 503)
    if not serving:
        response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def notifications(request: HttpRequest) -> HttpResponse:
    """The person's messages, newest first; opening the page marks them read."""
    assert request.user.is_authenticated  # login_required: never a visitor here
    items = list(request.user.notifications.all()[:100])
    notification_mark_read(user=request.user)
    return render(request, "core/notifications.html", {"notifications": items})


@require_GET
def area_lookup(request: HttpRequest) -> HttpResponse:
    """Public: pick a province, district and subdistrict; see its health region and postcode."""
    form = AreaLookupForm(request.GET or None)
    result = form.cleaned_data if form.is_bound and form.is_valid() else {}
    return render(request, "core/area_lookup.html", {"form": form, "result": result})


@require_GET
def address_options(request: HttpRequest) -> HttpResponse:
    """HTMX partial: the <option>s of the next address select (and a reset of the one after)."""
    level = request.GET.get("level")
    if level == "district":
        code = request.GET.get("province") or ""
        areas = selectors.district_options(selectors.province_get(code).code) if code else []
        for_filter = request.GET.get("filter") == "1"
        last = request.GET.get("last") == "1"  # a picker with no subdistrict to reset
        context = {"areas": areas, "level": level, "for_filter": for_filter, "last": last}
        return render(request, "core/_address_options.html", context)
    if level == "subdistrict":
        code = request.GET.get("district") or ""
        subdistricts = (
            selectors.subdistrict_options(selectors.district_get(code).code) if code else []
        )
        return render(
            request, "core/_address_options.html", {"areas": subdistricts, "level": level}
        )
    return HttpResponse(status=400)


# --- The installable app (issue 17): manifest, service worker, offline pages --------------------


@require_GET
def web_manifest(request: HttpRequest) -> JsonResponse:
    # Outside the language prefix: the reader's language comes from their cookie or browser.
    language = translation.get_language_from_request(request, check_path=False)
    response = JsonResponse(
        pwa.manifest(language),
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "public, max-age=3600"
    response["Vary"] = "Cookie, Accept-Language"
    return response


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The worker at the site's root, so its scope is the whole site; `no-cache`, so a phone asks
    for a new one on every visit and a deploy reaches it."""
    response = HttpResponse(pwa.worker_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """What a phone shows for a page it did not keep, with no signal (precached for nobody in
    particular: no name, no form token)."""
    return render(request, "core/offline.html")


@require_GET
def offline_verify(request: HttpRequest) -> HttpResponse:
    """What a phone shows for a QR verification page with no signal: never an old status."""
    return render(request, "core/offline_verify.html")


@require_GET
def sync(request: HttpRequest) -> HttpResponse:
    """What this phone holds that is waiting to be sent (the outbox, read by the page's script)."""
    return render(request, "core/sync.html")
