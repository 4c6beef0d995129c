"""The DCAT catalogue (JSON-LD) that describes every open dataset, with the public entries of the
knowledge inventory, so a national data portal can harvest them."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tscplus.insights.opendata.dataset import FORMATS, LICENCE, OpenDataset, site_url
from tscplus.insights.opendata.datasets import DATASETS

PUBLISHER = {"@type": "foaf:Organization", "foaf:name": "กรมอนามัย กระทรวงสาธารณสุข"}


def download_url(dataset: OpenDataset, fmt: str) -> str:
    return site_url(reverse("insights:dataset", args=[dataset.slug, fmt]))


def _distribution(
    title: str, url: str, media: str, fmt: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One download of a dataset, as DCAT names it."""
    return {
        "@type": "dcat:Distribution",
        "dct:title": title,
        "dcat:downloadURL": {"@id": url},
        "dcat:accessURL": {"@id": url},
        "dcat:mediaType": media,
        "dct:format": fmt,
        "dct:license": {"@id": LICENCE["url"]},
        **(extra or {}),
    }


def _dcat_dataset(d: OpenDataset) -> dict[str, Any]:
    """One open dataset with a distribution per format."""
    return {
        "@id": site_url(reverse("insights:dataset_page", args=[d.slug])),
        "@type": "dcat:Dataset",
        "dct:identifier": f"tscplus-{d.slug}",
        "dct:title": [{"@value": str(d.title), "@language": "en"}],
        "dct:description": [{"@value": str(d.description), "@language": "en"}],
        "dct:publisher": PUBLISHER,
        "dct:license": {"@id": LICENCE["url"]},
        "dcat:landingPage": {"@id": site_url(reverse("insights:dataset_page", args=[d.slug]))},
        "dcat:keyword": ["TSC+", "Thai Stop COVID Plus"],
        "dcat:distribution": [
            _distribution(f"{d.slug}.{fmt}", download_url(d, fmt), media, fmt.upper())
            for fmt, media in FORMATS.items()
        ],
    }


def _dcat_lives() -> dict[str, Any]:
    """The LIVES feed: a distribution per file and one for the ZIP archive of all five, dated by
    the statistics run that last counted it."""
    from tscplus.insights.opendata import lives

    page = site_url(reverse("insights:lives"))
    facts = lives.feed_facts()
    files = [
        (
            f"{name}.csv",
            site_url(reverse("insights:lives_file", args=[name])),
            FORMATS["csv"],
            "CSV",
        )
        for name in lives.NAMES
    ]
    files.insert(
        0, ("lives.zip", site_url(reverse("insights:lives_zip")), "application/zip", "ZIP")
    )
    dataset: dict[str, Any] = {
        "@id": page,
        "@type": "dcat:Dataset",
        "dct:identifier": "tscplus-lives",
        "dct:title": [
            {"@value": "ผลการตรวจของเจ้าหน้าที่ (LIVES)", "@language": "th"},
            {"@value": "Officers' inspections (LIVES)", "@language": "en"},
        ],
        "dct:description": [
            {
                "@value": "ผลการตรวจของเจ้าหน้าที่ในสถานประกอบการที่เปิดอยู่ พร้อมคะแนนตามแบบตรวจ "
                "ผลที่เปิดเผยต่อประชาชน และข้อที่ไม่ผ่าน ในรูปแบบ LIVES "
                f"{lives.LIVES_VERSION} ไม่มีข้อมูลส่วนบุคคลของเจ้าหน้าที่หรือเจ้าของ",
                "@language": "th",
            },
            {
                "@value": "Decided inspections of open places with their checklist scores, the "
                "outcome the public reads and the items they failed, in LIVES "
                f"{lives.LIVES_VERSION}. No officer, owner or personal data.",
                "@language": "en",
            },
        ],
        "dct:publisher": PUBLISHER,
        "dct:license": {"@id": LICENCE["url"]},
        "dct:conformsTo": {"@id": lives.SPEC_URL},
        "dcat:landingPage": {"@id": page},
        "dcat:contactPoint": {
            "@type": "vcard:Organization",
            "vcard:fn": lives.MUNICIPALITY_NAME,
            "vcard:hasEmail": {"@id": f"mailto:{lives.CONTACT_EMAIL}"},
        },
        "dcat:keyword": ["TSC+", "Thai Stop COVID Plus", "LIVES", "inspections"],
        "dcat:distribution": [
            _distribution(*file, extra={"dct:conformsTo": {"@id": lives.SPEC_URL}})
            for file in files
        ],
    }
    if facts["modified"]:
        dataset["dct:modified"] = facts["modified"].isoformat()
    return dataset


def catalog() -> dict[str, Any]:
    """The DCAT catalogue (JSON-LD): every open dataset with a distribution per format, and the
    knowledge inventory's public entries."""
    from tscplus.learning.inventory import DCAT_CONTEXT, dcat_dataset, live_figures
    from tscplus.learning.selectors import assets_public

    datasets = [_dcat_dataset(d) for d in DATASETS.values()]
    datasets.append(_dcat_lives())
    figures = live_figures()
    datasets += [dcat_dataset(a, figures) for a in assets_public()]
    return {
        "@context": {**DCAT_CONTEXT, "vcard": "http://www.w3.org/2006/vcard/ns#"},
        "@id": site_url("/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": [
            {"@value": "ข้อมูลเปิด Thai Stop COVID Plus", "@language": "th"},
            {"@value": "Thai Stop COVID Plus open data", "@language": "en"},
        ],
        "dct:publisher": PUBLISHER,
        "dct:license": {"@id": LICENCE["url"]},
        "dcat:dataset": datasets,
    }
