"""The open datasets: what each holds (no personal data), its columns with their meaning (the data
dictionary), its licence, and its rows, written as CSV, XLSX or JSON by the same code. The DCAT
catalogue describes them all, with the public entries of the knowledge inventory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.core import tabular

FORMATS = {"csv": "text/csv", "xlsx": tabular.XLSX_CONTENT_TYPE, "json": "application/json"}
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}


@dataclass(frozen=True)
class Column:
    key: str
    label: Any
    description: Any
    type: str  # string, integer, number, date
    get: Callable[[Any], Any]


@dataclass(frozen=True)
class OpenDataset:
    slug: str
    title: Any
    description: Any
    columns: tuple[Column, ...]
    rows: Callable[[dict[str, str]], QuerySet]
    area_filters: bool = False  # ?province=, ?district=


def _province_names():
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


def _iso(value: Any) -> str:
    return value.isoformat() if value else ""


def _site(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


C = Column
DATASETS = {
    d.slug: d
    for d in (
        OpenDataset(
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
                    lambda e: _iso(e.certificate_expires),
                ),
                C(
                    "verify_url",
                    _("register page"),
                    _("The place's page in the public registry"),
                    "string",
                    lambda e: _site(reverse("places:public_detail", args=[e.public_id])),
                ),
            ),
            _registry,
            area_filters=True,
        ),
        OpenDataset(
            "statistics-by-category",
            _("Statistics by province and category of place"),
            _(
                "Registered and certified places, self-assessments and passes, by province and category."
            ),
            (
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
        ),
        OpenDataset(
            "statistics-by-month",
            _("Statistics by province and month"),
            _(
                "Registrations, self-assessments, passes and certificates issued, by province and month "
                "(Thailand's calendar), over the last two years."
            ),
            (
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
                C(
                    "month",
                    _("month"),
                    _("First day of the month"),
                    "date",
                    lambda r: _iso(r["month"]),
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
        ),
        OpenDataset(
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
                    lambda k: _iso(k.published_at),
                ),
                C(
                    "url",
                    _("address"),
                    _("Where to read it"),
                    "string",
                    lambda k: _site(reverse("knowledge:item", args=[k.pk])),
                ),
            ),
            _knowledge,
        ),
    )
}


class UnknownAreaError(ValueError):
    """An area filter that names no province or district."""


def params_of(dataset: OpenDataset, query: dict[str, str]) -> dict[str, str]:
    """The filters a dataset takes, from the query string (unknown parameters ignored; a code
    that names no area refused with UnknownAreaError, never passed on, e.g. into a file name)."""
    from tscplus.core.models import District, Province

    if not dataset.area_filters:
        return {}
    params = {}
    for key, model in (("province", Province), ("district", District)):
        value = query.get(key)
        if not value:
            continue
        if not value.isdigit() or not model.objects.filter(code=value).exists():
            raise UnknownAreaError(key)
        params[key] = value
    return params


def _rows(dataset: OpenDataset, params: dict[str, str]) -> Iterator[list[object]]:
    """The header (each column's key, the same in every language), then the rows in chunks."""
    columns = tuple((c.key, c.get) for c in dataset.columns)
    return tabular.table_rows(columns, dataset.rows(params).iterator(chunk_size=2000))


def csv_stream(dataset: OpenDataset, params: dict[str, str]) -> Iterator[str]:
    return tabular.csv_lines(_rows(dataset, params))


def xlsx_bytes(dataset: OpenDataset, params: dict[str, str]) -> bytes:
    return tabular.xlsx_bytes([tabular.Sheet(dataset.title, _rows(dataset, params))])


def json_stream(dataset: OpenDataset, params: dict[str, str]) -> Iterator[str]:
    """`{"dataset", "licence", "rows": [...]}`, a row at a time (any size, constant memory)."""
    yield (
        json.dumps({"dataset": dataset.slug, "title": str(dataset.title), "licence": LICENCE})[:-1]
        + ', "rows": ['
    )
    for i, row in enumerate(dataset.rows(params).iterator(chunk_size=2000)):
        yield ("," if i else "") + json.dumps(
            {c.key: c.get(row) for c in dataset.columns}, ensure_ascii=False
        )
    yield "]}"


def dictionary(dataset: OpenDataset) -> list[dict[str, str]]:
    return [
        {"column": c.key, "label": str(c.label), "type": c.type, "description": str(c.description)}
        for c in dataset.columns
    ]


def download_url(dataset: OpenDataset, fmt: str) -> str:
    return _site(reverse("insights:dataset", args=[dataset.slug, fmt]))


def catalog() -> dict[str, Any]:
    """The DCAT catalogue (JSON-LD): every open dataset with a distribution per format, and the
    knowledge inventory's public entries."""
    from tscplus.learning.inventory import DCAT_CONTEXT, dcat_dataset, live_figures
    from tscplus.learning.selectors import assets_public

    publisher = {"@type": "foaf:Organization", "foaf:name": "กรมอนามัย กระทรวงสาธารณสุข"}
    datasets = []
    for d in DATASETS.values():
        datasets.append(
            {
                "@id": _site(reverse("insights:dataset_page", args=[d.slug])),
                "@type": "dcat:Dataset",
                "dct:identifier": f"tscplus-{d.slug}",
                "dct:title": [{"@value": str(d.title), "@language": "en"}],
                "dct:description": [{"@value": str(d.description), "@language": "en"}],
                "dct:publisher": publisher,
                "dct:license": {"@id": LICENCE["url"]},
                "dcat:landingPage": {"@id": _site(reverse("insights:dataset_page", args=[d.slug]))},
                "dcat:keyword": ["TSC+", "Thai Stop COVID Plus"],
                "dcat:distribution": [
                    {
                        "@type": "dcat:Distribution",
                        "dct:title": f"{d.slug}.{fmt}",
                        "dcat:downloadURL": {"@id": download_url(d, fmt)},
                        "dcat:accessURL": {"@id": download_url(d, fmt)},
                        "dcat:mediaType": media,
                        "dct:format": fmt.upper(),
                        "dct:license": {"@id": LICENCE["url"]},
                    }
                    for fmt, media in FORMATS.items()
                ],
            }
        )
    figures = live_figures()
    datasets += [dcat_dataset(a, figures) for a in assets_public()]
    return {
        "@context": DCAT_CONTEXT,
        "@id": _site("/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": [
            {"@value": "ข้อมูลเปิด Thai Stop COVID Plus", "@language": "th"},
            {"@value": "Thai Stop COVID Plus open data", "@language": "en"},
        ],
        "dct:publisher": publisher,
        "dct:license": {"@id": LICENCE["url"]},
        "dcat:dataset": datasets,
    }
