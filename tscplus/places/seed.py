"""The TSC+ setting groups and categories, in Thai and English. Loaded by a migration and kept in
step by `categories_sync` (idempotent: rows are created or updated by code, never duplicated)."""

from __future__ import annotations

from typing import Any

# group code, Thai, English, [(category code, Thai, English), ...]
GROUPS: tuple[tuple[str, str, str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "food",
        "ร้านอาหารและบริการอาหาร",
        "Food service",
        (
            ("restaurant", "ร้านอาหาร", "Restaurants and eateries"),
            (
                "food-stall",
                "แผงลอย รถเข็น และหาบเร่จำหน่ายอาหาร",
                "Food stalls, carts and street vendors",
            ),
            (
                "food-outlet",
                "ร้านอาหารในโรงแรม สนามบิน สถานี และโรงพยาบาล",
                "Food outlets in hotels, airports, stations and hospitals",
            ),
        ),
    ),
    (
        "retail",
        "ร้านค้าและศูนย์การค้า",
        "Shops and shopping centres",
        (
            ("convenience-store", "ร้านสะดวกซื้อ", "Convenience stores"),
            (
                "shopping-centre",
                "ห้างสรรพสินค้า ศูนย์การค้า และคอมมูนิตี้มอลล์",
                "Department stores, shopping centres and community malls",
            ),
            ("shop", "ร้านค้าปลีกและค้าส่ง", "Small retail and wholesale shops"),
        ),
    ),
    (
        "market",
        "ตลาด",
        "Markets",
        (
            ("fresh-market", "ตลาดสด", "Fresh markets"),
            ("floating-market", "ตลาดน้ำ", "Floating markets"),
            ("weekend-market", "ตลาดนัด", "Weekend and pop-up markets"),
        ),
    ),
    (
        "personal-care",
        "บริการเสริมสวยและดูแลสุขภาพ",
        "Beauty and wellness services",
        (
            ("salon", "ร้านเสริมสวยและร้านตัดผม", "Beauty salons and barbers"),
            ("spa", "สปาและร้านนวด", "Spas and massage"),
        ),
    ),
    (
        "accommodation",
        "ที่พักแรม",
        "Accommodation",
        (("hotel", "โรงแรมและที่พัก", "Hotels and accommodation"),),
    ),
    (
        "religious",
        "ศาสนสถาน",
        "Religious places",
        (
            (
                "religious-place",
                "วัด มัสยิด โบสถ์ และศาสนสถานอื่น",
                "Temples, mosques, churches and other religious places",
            ),
        ),
    ),
    (
        "entertainment",
        "สถานบันเทิงและมหรสพ",
        "Entertainment",
        (
            (
                "nightlife",
                "สถานบันเทิง ผับ บาร์ และคาราโอเกะ",
                "Entertainment venues: pubs, bars and karaoke",
            ),
            ("cinema", "โรงภาพยนตร์และโรงละคร", "Cinemas and theatres"),
        ),
    ),
    (
        "sport-tourism",
        "กีฬาและการท่องเที่ยว",
        "Sport and tourism",
        (
            ("fitness", "สถานออกกำลังกายและสนามกีฬา", "Fitness and sports venues"),
            ("attraction", "พิพิธภัณฑ์และแหล่งท่องเที่ยว", "Museums and tourist attractions"),
        ),
    ),
    (
        "education",
        "สถานศึกษาและสถานรับเลี้ยงเด็ก",
        "Schools and childcare",
        (
            ("school", "โรงเรียนและสถาบันการศึกษา", "Schools and colleges"),
            ("childcare", "ศูนย์พัฒนาเด็กเล็กและสถานรับเลี้ยงเด็ก", "Childcare centres"),
        ),
    ),
    (
        "workplace",
        "สถานที่ทำงาน",
        "Workplaces",
        (
            ("office", "สำนักงาน", "Offices"),
            ("factory", "โรงงานและสถานประกอบกิจการ", "Factories and workshops"),
        ),
    ),
    (
        "transport",
        "การคมนาคมและบริการสาธารณะ",
        "Transport and public facilities",
        (
            ("station", "สถานีขนส่งสาธารณะ", "Public transport stations"),
            ("public-toilet", "ส้วมสาธารณะ", "Public toilets"),
        ),
    ),
)


def categories_sync(*, group_model: Any, category_model: Any) -> int:
    """Create or update every group and category; returns how many rows changed."""
    changed = 0
    for g_order, (g_code, g_th, g_en, categories) in enumerate(GROUPS):
        group, created = group_model.objects.get_or_create(
            code=g_code, defaults={"name_th": g_th, "name_en": g_en, "order": g_order}
        )
        if not created and (group.name_th, group.name_en, group.order) != (g_th, g_en, g_order):
            group.name_th, group.name_en, group.order = g_th, g_en, g_order
            group.save()
            changed += 1
        changed += created
        for c_order, (c_code, c_th, c_en) in enumerate(categories):
            values = {"group": group, "name_th": c_th, "name_en": c_en, "order": c_order}
            _obj, created = category_model.objects.update_or_create(code=c_code, defaults=values)
            changed += 1 if created else 0
    return changed
