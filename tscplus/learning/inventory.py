"""The knowledge inventory's own rules: the platform's datasets (registered automatically, their
figures read live), the priority grid, and the exports (CSV, XLSX, DCAT JSON-LD)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Max, QuerySet

from tscplus.core import clock, tabular
from tscplus.learning.choices import Access, AssetKind, Frequency
from tscplus.learning.models import KnowledgeAsset


@dataclass(frozen=True)
class PlatformDataset:
    """A dataset the platform itself keeps, and how to read its size and freshness."""

    key: str
    name: str
    description: str
    source: Callable[[], QuerySet]
    changed_field: str
    personal_data: bool
    access: str


# Each dataset's rows, as the pillar that owns them hands them out (its selectors).
def _establishments() -> QuerySet:
    from tscplus.places.selectors import establishments_all

    return establishments_all()


def _certificates() -> QuerySet:
    from tscplus.assessments.selectors import certificates_all

    return certificates_all()


def _ratings() -> QuerySet:
    from tscplus.voice.selectors import ratings_all

    return ratings_all()


def _knowledge_items() -> QuerySet:
    from tscplus.knowledge.selectors import items_published_all

    return items_published_all()


PLATFORM_DATASETS = (
    PlatformDataset(
        "establishments",
        "ทะเบียนสถานประกอบการและสถานที่สาธารณะ (TSC+)",
        "สถานประกอบการที่ลงทะเบียน ประเภท ที่ตั้งถึงระดับตำบล และผู้ประกอบการ",
        _establishments,
        "created_at",
        True,
        Access.INTERNAL,
    ),
    PlatformDataset(
        "certificates",
        "ใบรับรองมาตรฐาน TSC+",
        "ใบรับรองที่ออกจากการประเมินตนเองที่ผ่านเกณฑ์ สถานะ และวันหมดอายุ",
        _certificates,
        "issued_at",
        False,
        Access.PUBLIC,
    ),
    PlatformDataset(
        "ratings",
        "คะแนนความพึงพอใจจากประชาชน",
        "คะแนน 1-5 ดาวที่ประชาชนให้สถานที่ผ่าน QR code (ไม่เก็บตัวตนผู้ให้คะแนน)",
        _ratings,
        "created_at",
        False,
        Access.PUBLIC,
    ),
    PlatformDataset(
        "knowledge_items",
        "คลังความรู้สุขภาพ",
        "บทความ อินโฟกราฟิก วิดีโอ คำถามที่พบบ่อย และเอกสารที่เผยแพร่",
        _knowledge_items,
        "published_at",
        False,
        Access.PUBLIC,
    ),
)


def platform_assets_sync(*, model: Any = KnowledgeAsset) -> int:
    """Register each platform dataset in the inventory once (idempotent; people's later edits
    to the entry, its scores above all, are kept). Returns how many were added."""
    added = 0
    for d in PLATFORM_DATASETS:
        _asset, created = model.objects.get_or_create(
            platform_dataset=d.key,
            defaults={
                "name": d.name,
                "kind": AssetKind.DATA,
                "description": d.description,
                "source": "Thai Stop COVID Plus",
                "owner": "กลุ่มเทคโนโลยีสารสนเทศ กองแผนงาน",
                "format": "PostgreSQL",
                "frequency": Frequency.LIVE,
                "access": d.access,
                "personal_data": d.personal_data,
                "importance": 5,
                "necessity": 5,
            },
        )
        added += created
    return added


def live_figures() -> dict[str, dict[str, Any]]:
    """For each platform dataset: how many records it holds and when it last changed."""
    from tscplus.core.thaidate import local_date

    out = {}
    for d in PLATFORM_DATASETS:
        row = d.source().aggregate(records=Count("pk"), last=Max(d.changed_field))
        out[d.key] = {
            "records": row["records"],
            "last_updated": row["last"] and local_date(row["last"]),
        }
    return out


def priority_grid(assets: QuerySet[KnowledgeAsset]) -> list[list[int]]:
    """Counts by importance (rows, 5 at the top) and necessity (columns, 1 to 5)."""
    grid = [[0] * 5 for _ in range(5)]
    for row in assets.values("importance", "necessity").annotate(n=Count("pk")):
        grid[5 - row["importance"]][row["necessity"] - 1] = row["n"]
    return grid


FREQUENCY_URIS: dict[str, str] = {
    Frequency.LIVE: "http://publications.europa.eu/resource/authority/frequency/CONT",
    Frequency.DAILY: "http://publications.europa.eu/resource/authority/frequency/DAILY",
    Frequency.WEEKLY: "http://publications.europa.eu/resource/authority/frequency/WEEKLY",
    Frequency.MONTHLY: "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
    Frequency.QUARTERLY: "http://publications.europa.eu/resource/authority/frequency/QUARTERLY",
    Frequency.YEARLY: "http://publications.europa.eu/resource/authority/frequency/ANNUAL",
    Frequency.AD_HOC: "http://publications.europa.eu/resource/authority/frequency/IRREG",
}
ACCESS_URIS: dict[str, str] = {
    Access.PUBLIC: "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
    Access.INTERNAL: "http://publications.europa.eu/resource/authority/access-right/RESTRICTED",
    Access.RESTRICTED: "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC",
}
DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "tscplus": f"{settings.SITE_URL}/ns#",
}


def dcat_dataset(asset: KnowledgeAsset, figures: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One inventory entry as a DCAT dataset (the open-data catalogue reuses it for public ones)."""
    live = figures.get(asset.platform_dataset or "", {})
    modified = live.get("last_updated") or asset.last_updated
    # A hash IRI inside the document that lists the entry: the public catalogue for public
    # entries, the staff export for the others (there is no page per entry).
    listed_in = (
        "/catalog.jsonld" if asset.access == Access.PUBLIC else "/learning/inventory/export.jsonld"
    )
    node: dict[str, Any] = {
        "@id": f"{settings.SITE_URL}{listed_in}#inventory-{asset.pk}",
        "@type": "dcat:Dataset",
        "dct:identifier": f"tscplus-inventory-{asset.pk}",
        "dct:title": {"@value": asset.name, "@language": "th"},
        "dct:description": {"@value": asset.description or asset.name, "@language": "th"},
        "dct:publisher": {"@type": "foaf:Organization", "foaf:name": asset.owner},
        "dct:source": asset.source,
        "dct:format": asset.format,
        "dct:accrualPeriodicity": {"@id": FREQUENCY_URIS[asset.frequency]},
        "dct:accessRights": {"@id": ACCESS_URIS[asset.access]},
        "dcat:keyword": [str(AssetKind(asset.kind).label)],
        "tscplus:personalData": asset.personal_data,
        "tscplus:importance": asset.importance,
        "tscplus:necessity": asset.necessity,
    }
    if modified:
        node["dct:modified"] = {"@value": modified.isoformat(), "@type": "xsd:date"}
    if "records" in live:
        node["tscplus:records"] = live["records"]
    return node


def dcat_catalog(assets: QuerySet[KnowledgeAsset]) -> str:
    figures = live_figures()
    doc = {
        "@context": DCAT_CONTEXT,
        "@id": f"{settings.SITE_URL}/learning/inventory/export.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": {"@value": "บัญชีรายการข้อมูลและองค์ความรู้ กรมอนามัย", "@language": "th"},
        "dct:issued": {"@value": clock.today().isoformat(), "@type": "xsd:date"},
        "dcat:dataset": [dcat_dataset(a, figures) for a in assets],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)


def _columns() -> tabular.Columns[KnowledgeAsset]:
    """The inventory as a table of columns, for the same CSV and XLSX writers as every export."""
    from django.utils.translation import gettext_lazy as _

    figures = live_figures()

    def records(a: KnowledgeAsset) -> Any:
        return figures.get(a.platform_dataset or "", {}).get("records", "")

    def updated(a: KnowledgeAsset) -> Any:
        return tabular.date_cell(
            figures.get(a.platform_dataset or "", {}).get("last_updated") or a.last_updated
        )

    return (
        (_("name"), lambda a: a.name),
        (_("kind"), lambda a: str(AssetKind(a.kind).label)),
        (_("description"), lambda a: a.description),
        (_("source system or unit"), lambda a: a.source),
        (_("owner"), lambda a: a.owner),
        (_("format"), lambda a: a.format),
        (_("update frequency"), lambda a: str(Frequency(a.frequency).label)),
        (_("last updated"), updated),
        (_("access level"), lambda a: str(Access(a.access).label)),
        (_("holds personal data"), lambda a: tabular.yes_no(a.personal_data)),
        (_("importance (1-5)"), lambda a: a.importance),
        (_("necessity to the mission (1-5)"), lambda a: a.necessity),
        (_("priority (importance x necessity)"), lambda a: a.importance * a.necessity),
        (_("records (live)"), records),
    )


def _rows(assets: QuerySet[KnowledgeAsset]) -> Iterator[list[object]]:
    return tabular.table_rows(_columns(), assets.iterator(chunk_size=2000))


def csv_rows(assets: QuerySet[KnowledgeAsset]) -> Iterator[str]:
    return tabular.csv_lines(_rows(assets))


def xlsx_bytes(assets: QuerySet[KnowledgeAsset]) -> bytes:
    from django.utils.translation import gettext as _

    return tabular.xlsx_bytes([tabular.Sheet(_("Knowledge inventory"), _rows(assets))])
