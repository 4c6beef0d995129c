"""URL map: pages under i18n patterns (Thai at `/`, English at `/en/`); API, health and
verification links outside them, so their addresses never change with the language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from tscplus.accounts import views as account_views
from tscplus.assessments import views as assessment_views
from tscplus.core import views as core_views
from tscplus.core.errors import api_or_page_400, api_or_page_404, api_unknown_path, server_error
from tscplus.insights import views as insights_views
from tscplus.voice import views as voice_views

api_v1 = [
    path("", include("tscplus.core.api_urls")),
    path("", include("tscplus.accounts.api_urls")),
    path("", include("tscplus.places.api_urls")),
    path("", include("tscplus.standards.api_urls")),
    path("", include("tscplus.assessments.api_urls")),
    path("", include("tscplus.voice.api_urls")),
    path("", include("tscplus.oversight.api_urls")),
    path("", include("tscplus.knowledge.api_urls")),
    path("", include("tscplus.indicators.api_urls")),
    path("", include("tscplus.learning.api_urls")),
    path("", include("tscplus.insights.api_urls")),
]

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon),
    # The installable app: its manifest and its worker, at the root so the worker's scope is "/".
    path("manifest.webmanifest", core_views.web_manifest, name="manifest"),
    path("sw.js", core_views.service_worker, name="service_worker"),
    # The QR code's address: outside the language prefix, so printed codes never change.
    path("v/<str:token>", assessment_views.verify, name="verify"),
    path("v/<str:token>/rate", voice_views.rate_from_qr, name="verify_rate"),
    # The DCAT catalogue for data portals (CKAN harvests it): one address, whatever the language.
    path("catalog.jsonld", insights_views.catalog, name="catalog"),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    # Last of the API: any other /api/ address is a JSON 404 (not an added-slash redirect).
    re_path(r"^api/(?P<rest>.*)$", api_unknown_path),
]

urlpatterns += i18n_patterns(
    path("", core_views.home, name="home"),
    path("design/", account_views.design_system, name="design"),
    # Inside the language prefix, so that switching from an /en/ page resolves that page.
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("tscplus.core.urls")),
    path("accounts/", include("tscplus.accounts.urls")),
    path("", include("tscplus.places.urls")),
    path("", include("tscplus.assessments.urls")),
    path("", include("tscplus.voice.urls")),
    path("", include("tscplus.oversight.urls")),
    path("", include("tscplus.knowledge.urls")),
    path("", include("tscplus.indicators.urls")),
    path("", include("tscplus.learning.urls")),
    path("", include("tscplus.insights.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=False,
)

handler400 = api_or_page_400
handler404 = api_or_page_404
handler500 = server_error

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
