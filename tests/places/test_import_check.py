"""The import's row check, called directly: every check on one file, so that the problems a
report lists (each row's in the order they are found), the warnings and the rows kept for
writing are pinned to the letter."""

import pytest
from django.utils import translation

from tests.factories import establishment, member
from tscplus.accounts.choices import Role
from tscplus.places import importing

pytestmark = pytest.mark.usefixtures("geo")

HEADER = [
    "Name (Thai)",
    "Name (English)",
    "Type of place",
    "Address",
    "Subdistrict code",
    "District",
    "Province",
    "Phone",
    "Opening hours",
    "Latitude",
    "Longitude",
    "Owner's email",
]


def _row(**values: str) -> list[str]:
    keys = [key for key, _th, _en, _required in importing.COLUMNS]
    return [values.get(key, "") for key in keys]


ROWS = [
    _row(
        name_th="ร้านดี",
        category="restaurant",
        address="1 ถนนหนึ่ง",
        subdistrict="500105",
        district="เมืองเชียงใหม่",
        province="50",
        phone="053123456",
        latitude="18.79",
        longitude="98.98",
        owner_email="OWNER@example.com",
        opening_hours="8-17",
    ),
    _row(),  # blank: skipped, but still numbered
    _row(name_th="ก" * 201, name_en="e" * 201, address="a" * 301, opening_hours="h" * 201),
    _row(
        name_th="ร้านผิด",
        category="ร้านเสริมปีก",
        address="3",
        subdistrict="830101",
        district="เมืองเชียงใหม่",
        province="เชียงใหม่",
        phone="โทรได้",
    ),
    _row(
        name_th="ร้านไกล",
        category="restaurant",
        address="4",
        subdistrict="999999",
        latitude="50",
        longitude="abc",
    ),
    _row(
        name_th="ร้านครึ่ง",
        category="restaurant",
        address="5",
        subdistrict="500105",
        latitude="x",
        owner_email="nobody@example.com",
    ),
    _row(
        name_th="ร้านทดสอบ",
        category="restaurant",
        address="6",
        subdistrict="500105",
        longitude="120",
    ),
    _row(name_th="ร้านดี", category="ร้านอาหาร", address="7", subdistrict="500105"),
    _row(
        name_th="ร้านดี",
        category="Restaurant",
        address="8",
        subdistrict="500105",
        district="Mueang Chiang Mai",
        province="Chiang Mai",
    ),
]


def test_every_problem_in_order_with_warnings_and_rows():
    officer = member(Role.AREA_OFFICER, province="50")
    owner = member(Role.OPERATOR)
    owner.email = "owner@example.com"
    owner.save()
    establishment(name_th="ร้านทดสอบ", subdistrict="500105")
    with translation.override("en"):
        checked = importing.check(HEADER, iter(ROWS), user=officer)
        errors = [(p.row, p.column, p.message) for p in checked.errors]
        warnings = [(p.row, p.column, p.message) for p in checked.warnings]
    assert checked.total == 8
    assert errors == EXPECTED_ERRORS
    assert warnings == EXPECTED_WARNINGS
    kept = [
        (n, {k: "owner" if k == "owner_id" and v == owner.pk else str(v) for k, v in r.items()})
        for n, r in checked.rows
    ]
    assert all(r.pop("category_id") != "None" for _n, r in kept)
    assert kept == EXPECTED_ROWS
    assert checked.bad_rows == {n for n, *_rest in EXPECTED_ERRORS}


EXPECTED_ERRORS: list = [
    (4, "category", "Required."),
    (4, "subdistrict", "Required."),
    (4, "name_th", "At most 200 characters."),
    (4, "name_en", "At most 200 characters."),
    (4, "address", "At most 300 characters."),
    (4, "opening_hours", "At most 200 characters."),
    (5, "province", "Does not match the subdistrict code (ภูเก็ต)."),
    (5, "district", "Does not match the subdistrict code (เมืองภูเก็ต)."),
    (5, "subdistrict", "Outside the area you oversee."),
    (5, "category", "Unknown type of place: use a name from the template's list."),
    (5, "phone", "Enter a phone number of digits, for example 081 234 5678."),
    (6, "subdistrict", "No subdistrict has this code (6 digits, e.g. 500105)."),
    (6, "longitude", "Not a number."),
    (6, "latitude", "This point is not in Thailand."),
    (7, "latitude", "Not a number."),
    (7, "longitude", "Give both latitude and longitude, or neither."),
    (7, "owner_email", "No operator's account has this e-mail."),
    (8, "longitude", "This point is not in Thailand."),
    (8, "longitude", "Give both latitude and longitude, or neither."),
    (
        8,
        "name_th",
        "Already registered in this subdistrict. If it is another place with the same name, register it "
        "with the form.",
    ),
]
EXPECTED_WARNINGS: list = [
    (9, "name_th", "Same name and subdistrict as row 2."),
    (10, "name_th", "Same name and subdistrict as row 2."),
]
EXPECTED_ROWS: list = [
    (
        2,
        {
            "address": "1 ถนนหนึ่ง",
            "district_id": "5001",
            "latitude": "18.790000",
            "longitude": "98.980000",
            "name_en": "",
            "name_th": "ร้านดี",
            "opening_hours": "8-17",
            "owner_id": "owner",
            "phone": "053123456",
            "postcode": "50100",
            "province_id": "50",
            "subdistrict_id": "500105",
        },
    ),
    (
        9,
        {
            "address": "7",
            "district_id": "5001",
            "latitude": "None",
            "longitude": "None",
            "name_en": "",
            "name_th": "ร้านดี",
            "opening_hours": "",
            "owner_id": "None",
            "phone": "",
            "postcode": "50100",
            "province_id": "50",
            "subdistrict_id": "500105",
        },
    ),
    (
        10,
        {
            "address": "8",
            "district_id": "5001",
            "latitude": "None",
            "longitude": "None",
            "name_en": "",
            "name_th": "ร้านดี",
            "opening_hours": "",
            "owner_id": "None",
            "phone": "",
            "postcode": "50100",
            "province_id": "50",
            "subdistrict_id": "500105",
        },
    ),
]
