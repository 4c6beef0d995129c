"""The open datasets: what each holds (no personal data), its columns with their meaning (the data
dictionary) and where its rows come from. Each is read through the selectors of the pillar that
owns its rows, or from the dashboards' own aggregates."""

from __future__ import annotations

from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.insights.opendata.dataset import Column, OpenDataset, iso, site_url


def _province_names() -> QuerySet:
    from tscplus.core.models import Province

    return Province.objects.filter(code=OuterRef("code")).values("name_th")[:1]


def _registry(params: dict[str, str]) -> QuerySet:
    from tscplus.assessments.selectors import certified_registry

    return certified_registry(
        province=params.get("province", ""), district=params.get("district", "")
    )


def _by_category(params: dict[str, str]) -> QuerySet:
    from tscplus.insights.models import AreaStat

    return (
        AreaStat.objects.filter(level="province")
        .annotate(province_name=Subquery(_province_names()))
        .values(
            "code",
            "province_name",
            "category__code",
            "category__name_th",
            "registered",
            "certified",
            "assessments",
            "passed",
        )
        .order_by("code", "category__code")
    )


def _by_month(params: dict[str, str]) -> QuerySet:
    from tscplus.insights.models import AreaMonthStat

    return (
        AreaMonthStat.objects.filter(level="province")
        .annotate(province_name=Subquery(_province_names()))
        .values(
            "code", "province_name", "month", "registered", "assessments", "passed", "certified"
        )
        .order_by("code", "month")
    )


def _knowledge(params: dict[str, str]) -> QuerySet:
    from tscplus.knowledge.selectors import public_items

    return public_items()


C = Column
CERTIFIED_REGISTRY = OpenDataset(
    "certified-registry",
    _("Certified establishments"),
    _(
        "Open establishments and public places holding a valid TSC+ certificate, with their area "
        "and certificate. No owner, phone or personal data."
    ),
    (
        C(
            "public_id",
            _("public id"),
            _("The place's public identifier"),
            "string",
            lambda e: e.public_id,
        ),
        C(
            "name_th",
            _("name (Thai)"),
            _("Name of the place in Thai"),
            "string",
            lambda e: e.name_th,
        ),
        C(
            "name_en",
            _("name (English)"),
            _("Name in English, when given"),
            "string",
            lambda e: e.name_en,
        ),
        C(
            "category",
            _("category"),
            _("Type of place (code)"),
            "string",
            lambda e: e.category.code,
        ),
        C(
            "province_code",
            _("province code"),
            _("Province (DOPA code)"),
            "string",
            lambda e: e.province_id,
        ),
        C(
            "district_code",
            _("district code"),
            _("District (DOPA code)"),
            "string",
            lambda e: e.district_id,
        ),
        C(
            "subdistrict_code",
            _("subdistrict code"),
            _("Subdistrict (DOPA code)"),
            "string",
            lambda e: e.subdistrict_id,
        ),
        C(
            "certificate_number",
            _("certificate number"),
            _("Number of the valid certificate"),
            "string",
            lambda e: e.certificate_number or "",
        ),
        C(
            "certificate_expires",
            _("certificate expires on"),
            _("Last day the certificate is valid"),
            "date",
            lambda e: iso(e.certificate_expires),
        ),
        C(
            "verify_url",
            _("register page"),
            _("The place's page in the public registry"),
            "string",
            lambda e: site_url(reverse("places:public_detail", args=[e.public_id])),
        ),
    ),
    _registry,
    area_filters=True,
)

# The first columns of the statistics by province: its code and its name.
PROVINCE_COLUMNS = (
    C(
        "province_code",
        _("province code"),
        _("Province (DOPA code)"),
        "string",
        lambda r: r["code"],
    ),
    C(
        "province",
        _("province"),
        _("Province name in Thai"),
        "string",
        lambda r: r["province_name"],
    ),
)

STATISTICS_BY_CATEGORY = OpenDataset(
    "statistics-by-category",
    _("Statistics by province and category of place"),
    _("Registered and certified places, self-assessments and passes, by province and category."),
    (
        *PROVINCE_COLUMNS,
        C(
            "category",
            _("category"),
            _("Type of place (code)"),
            "string",
            lambda r: r["category__code"],
        ),
        C(
            "category_name",
            _("category name"),
            _("Type of place in Thai"),
            "string",
            lambda r: r["category__name_th"],
        ),
        C(
            "registered",
            _("registered"),
            _("Open places registered"),
            "integer",
            lambda r: r["registered"],
        ),
        C(
            "certified",
            _("certified"),
            _("Places holding a valid certificate"),
            "integer",
            lambda r: r["certified"],
        ),
        C(
            "assessments",
            _("self-assessments"),
            _("Submitted self-assessments"),
            "integer",
            lambda r: r["assessments"],
        ),
        C(
            "passed",
            _("passed"),
            _("Self-assessments that passed"),
            "integer",
            lambda r: r["passed"],
        ),
    ),
    _by_category,
)

STATISTICS_BY_MONTH = OpenDataset(
    "statistics-by-month",
    _("Statistics by province and month"),
    _(
        "Registrations, self-assessments, passes and certificates issued, by province and month "
        "(Thailand's calendar), over the last two years."
    ),
    (
        *PROVINCE_COLUMNS,
        C(
            "month",
            _("month"),
            _("First day of the month"),
            "date",
            lambda r: iso(r["month"]),
        ),
        C(
            "registered",
            _("registered"),
            _("Places registered in the month"),
            "integer",
            lambda r: r["registered"],
        ),
        C(
            "assessments",
            _("self-assessments"),
            _("Self-assessments submitted"),
            "integer",
            lambda r: r["assessments"],
        ),
        C(
            "passed",
            _("passed"),
            _("Self-assessments that passed"),
            "integer",
            lambda r: r["passed"],
        ),
        C(
            "certified",
            _("certificates issued"),
            _("Certificates issued in the month"),
            "integer",
            lambda r: r["certified"],
        ),
    ),
    _by_month,
)

KNOWLEDGE_CATALOGUE = OpenDataset(
    "knowledge-catalogue",
    _("Health knowledge catalogue"),
    _(
        "The published public items of the health-literacy hub: articles, infographics, videos, "
        "FAQ and documents, with their topics and addresses."
    ),
    (
        C("id", _("id"), _("Item number"), "integer", lambda k: k.pk),
        C("title", _("title"), _("Title"), "string", lambda k: k.title),
        C(
            "kind",
            _("kind"),
            _("article, infographic, video, faq or document"),
            "string",
            lambda k: k.kind,
        ),
        C("language", _("language"), _("th or en"), "string", lambda k: k.language),
        C(
            "topics",
            _("topics"),
            _("Topic codes, separated by |"),
            "string",
            lambda k: "|".join(t.code for t in k.topics.all()),
        ),
        C(
            "published_at",
            _("published at"),
            _("When it was published (UTC)"),
            "date",
            lambda k: iso(k.published_at),
        ),
        C(
            "url",
            _("address"),
            _("Where to read it"),
            "string",
            lambda k: site_url(reverse("knowledge:item", args=[k.pk])),
        ),
    ),
    _knowledge,
)

DATASETS = {
    d.slug: d
    for d in (CERTIFIED_REGISTRY, STATISTICS_BY_CATEGORY, STATISTICS_BY_MONTH, KNOWLEDGE_CATALOGUE)
}
