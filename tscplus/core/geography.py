"""Thailand's geography: the 13 health regions (our data) and provinces, districts and subdistricts
(the Interior Ministry's codes from the `geothai` package, data CC-BY-4.0).

`geography_sync` is idempotent: the migration runs it once, `tscplus geography_sync` again after a
`geothai` upgrade; rows are created or updated, never duplicated.
"""

from __future__ import annotations

from typing import Any

import geothai
from django.core.cache import cache
from django.db import transaction

# (number, Thai name, English name, centre in Thai, centre in English, province codes)
HEALTH_REGIONS: tuple[tuple[int, str, str, str, str, tuple[str, ...]], ...] = (
    (
        1,
        "เขตสุขภาพที่ 1",
        "Health Region 1",
        "ศูนย์อนามัยที่ 1 เชียงใหม่",
        "Regional Health Promotion Centre 1 Chiang Mai",
        ("50", "51", "52", "54", "55", "56", "57", "58"),
    ),
    (
        2,
        "เขตสุขภาพที่ 2",
        "Health Region 2",
        "ศูนย์อนามัยที่ 2 พิษณุโลก",
        "Regional Health Promotion Centre 2 Phitsanulok",
        ("53", "63", "64", "65", "67"),
    ),
    (
        3,
        "เขตสุขภาพที่ 3",
        "Health Region 3",
        "ศูนย์อนามัยที่ 3 นครสวรรค์",
        "Regional Health Promotion Centre 3 Nakhon Sawan",
        ("18", "60", "61", "62", "66"),
    ),
    (
        4,
        "เขตสุขภาพที่ 4",
        "Health Region 4",
        "ศูนย์อนามัยที่ 4 สระบุรี",
        "Regional Health Promotion Centre 4 Saraburi",
        ("12", "13", "14", "15", "16", "17", "19", "26"),
    ),
    (
        5,
        "เขตสุขภาพที่ 5",
        "Health Region 5",
        "ศูนย์อนามัยที่ 5 ราชบุรี",
        "Regional Health Promotion Centre 5 Ratchaburi",
        ("70", "71", "72", "73", "74", "75", "76", "77"),
    ),
    (
        6,
        "เขตสุขภาพที่ 6",
        "Health Region 6",
        "ศูนย์อนามัยที่ 6 ชลบุรี",
        "Regional Health Promotion Centre 6 Chon Buri",
        ("11", "20", "21", "22", "23", "24", "25", "27"),
    ),
    (
        7,
        "เขตสุขภาพที่ 7",
        "Health Region 7",
        "ศูนย์อนามัยที่ 7 ขอนแก่น",
        "Regional Health Promotion Centre 7 Khon Kaen",
        ("40", "44", "45", "46"),
    ),
    (
        8,
        "เขตสุขภาพที่ 8",
        "Health Region 8",
        "ศูนย์อนามัยที่ 8 อุดรธานี",
        "Regional Health Promotion Centre 8 Udon Thani",
        ("38", "39", "41", "42", "43", "47", "48"),
    ),
    (
        9,
        "เขตสุขภาพที่ 9",
        "Health Region 9",
        "ศูนย์อนามัยที่ 9 นครราชสีมา",
        "Regional Health Promotion Centre 9 Nakhon Ratchasima",
        ("30", "31", "32", "36"),
    ),
    (
        10,
        "เขตสุขภาพที่ 10",
        "Health Region 10",
        "ศูนย์อนามัยที่ 10 อุบลราชธานี",
        "Regional Health Promotion Centre 10 Ubon Ratchathani",
        ("33", "34", "35", "37", "49"),
    ),
    (
        11,
        "เขตสุขภาพที่ 11",
        "Health Region 11",
        "ศูนย์อนามัยที่ 11 นครศรีธรรมราช",
        "Regional Health Promotion Centre 11 Nakhon Si Thammarat",
        ("80", "81", "82", "83", "84", "85", "86"),
    ),
    (
        12,
        "เขตสุขภาพที่ 12",
        "Health Region 12",
        "ศูนย์อนามัยที่ 12 ยะลา",
        "Regional Health Promotion Centre 12 Yala",
        ("90", "91", "92", "93", "94", "95", "96"),
    ),
    (
        13,
        "เขตสุขภาพที่ 13 (กรุงเทพมหานคร)",
        "Health Region 13 (Bangkok)",
        "สถาบันพัฒนาสุขภาวะเขตเมือง",
        "Institute of Urban Health Development",
        ("10",),
    ),
)


GEOGRAPHY_CACHE_SECONDS = 24 * 60 * 60
_CACHE_VERSION_KEY = "geo:version"


def geography_cache_version() -> int:
    """Part of every cached geography key; `geography_sync_current` moves it on."""
    # Given a default, get_or_set answers a value; django-stubs types it `Any | None` regardless.
    return cache.get_or_set(_CACHE_VERSION_KEY, 1, timeout=None)  # type: ignore[return-value]


def region_of_province() -> dict[str, int]:
    return {code: number for number, *_, codes in HEALTH_REGIONS for code in codes}


def _sync(model: Any, rows: list[dict[str, Any]], fields: list[str]) -> int:
    """Create missing rows and update changed ones; returns how many rows were written."""
    existing = {obj.pk: obj for obj in model.objects.all()}
    pk_name = model._meta.pk.attname
    to_create, to_update = [], []
    for row in rows:
        obj = existing.get(row[pk_name])
        if obj is None:
            to_create.append(model(**row))
        elif any(getattr(obj, f) != row[f] for f in fields):
            for f in fields:
                setattr(obj, f, row[f])
            to_update.append(obj)
    model.objects.bulk_create(to_create, batch_size=1000)
    model.objects.bulk_update(to_update, fields, batch_size=1000)
    return len(to_create) + len(to_update)


def _provinces_checked(province_region: dict[str, int]) -> list[Any]:
    """geothai's provinces, refused unless every one has a health region and every region has a
    province: a new geothai release must not leave a province outside the 13 regions."""
    provinces = geothai.provinces()
    missing = [p.code for p in provinces if p.code not in province_region]
    if missing or len(province_region) != len(provinces):
        raise ValueError(f"health region mapping and geothai disagree (unmapped: {missing})")
    return provinces


def _region_rows() -> list[dict[str, Any]]:
    return [
        {"number": n, "name_th": th, "name_en": en, "centre_th": cth, "centre_en": cen}
        for n, th, en, cth, cen, _codes in HEALTH_REGIONS
    ]


def _province_rows(provinces: list[Any], province_region: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {
            "code": p.code,
            "name_th": p.name_th,
            "name_en": p.name_en,
            "region_id": province_region[p.code],
        }
        for p in provinces
    ]


def _district_rows(districts: list[Any]) -> list[dict[str, Any]]:
    return [
        {"code": d.code, "name_th": d.name_th, "name_en": d.name_en, "province_id": d.province_code}
        for d in districts
    ]


def _subdistrict_rows(districts: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "code": s.code,
            "name_th": s.name_th,
            "name_en": s.name_en,
            "district_id": s.district_code,
            "postcodes": " ".join(s.postal_codes),
        }
        for d in districts
        for s in geothai.subdistricts(d.code)
    ]


def geography_sync(
    *, region_model: Any, province_model: Any, district_model: Any, subdistrict_model: Any
) -> dict[str, int]:
    """Load or refresh the geography. Takes the models so that a migration can pass its historical
    ones; call `geography_sync_current()` from code."""
    regions = {r[0] for r in HEALTH_REGIONS}
    province_region = region_of_province()
    provinces = _provinces_checked(province_region)
    written = {
        "regions": _sync(
            region_model, _region_rows(), ["name_th", "name_en", "centre_th", "centre_en"]
        ),
        "provinces": _sync(
            province_model,
            _province_rows(provinces, province_region),
            ["name_th", "name_en", "region_id"],
        ),
    }
    assert regions == set(province_region.values())
    districts = [d for p in provinces for d in geothai.districts(p.code)]
    written["districts"] = _sync(
        district_model, _district_rows(districts), ["name_th", "name_en", "province_id"]
    )
    written["subdistricts"] = _sync(
        subdistrict_model,
        _subdistrict_rows(districts),
        ["name_th", "name_en", "district_id", "postcodes"],
    )
    return written


def geography_sync_current() -> dict[str, int]:
    """Load or refresh the geography with the current models (commands, tests)."""
    from tscplus.core.models import District, HealthRegion, Province, Subdistrict

    with transaction.atomic():
        written = geography_sync(
            region_model=HealthRegion,
            province_model=Province,
            district_model=District,
            subdistrict_model=Subdistrict,
        )
    if any(written.values()):
        cache.set(_CACHE_VERSION_KEY, geography_cache_version() + 1, timeout=None)
    return written


def area_text(*, province: str, district: str = "", subdistrict: str = "", thai: bool) -> str:
    """An area written as people write it on an address. In Thai: "ต.สุเทพ อ.เมืองเชียงใหม่
    จ.เชียงใหม่", and in Bangkok "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร" (Bangkok's district
    names already begin with เขต). In English: "Suthep, Mueang Chiang Mai, Chiang Mai"."""
    if not thai:
        return ", ".join(part for part in (subdistrict, district, province) if part)
    bangkok = district.startswith("เขต") or province == "กรุงเทพมหานคร"
    parts = []
    if subdistrict:
        parts.append(f"แขวง{subdistrict}" if bangkok else f"ต.{subdistrict}")
    if district:
        parts.append(district if bangkok else f"อ.{district}")
    parts.append(province if bangkok else f"จ.{province}")
    return " ".join(parts)
