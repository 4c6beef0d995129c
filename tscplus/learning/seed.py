"""Reference data of the learning registers (loaded by a migration; idempotent): the communities
of practice staff start with."""

from __future__ import annotations

from typing import Any

COMMUNITIES = (
    ("สุขาภิบาลอาหารและตลาด", "ผู้ตรวจและผู้ดูแลร้านอาหาร แผงลอย และตลาด แลกเปลี่ยนวิธีทำงานที่ได้ผล"),
    ("อนามัยสิ่งแวดล้อมในสถานที่สาธารณะ", "การระบายอากาศ ห้องส้วมสาธารณะ และการทำความสะอาดจุดสัมผัสร่วม"),
    ("ข้อมูลและระบบดิจิทัล", "การใช้ข้อมูล TSC+ รายงาน และเครื่องมือดิจิทัลในการทำงาน"),
    ("สื่อสารความรอบรู้ด้านสุขภาพ", "การเขียนและเผยแพร่ความรู้ให้ประชาชนเข้าใจและนำไปใช้ได้"),
)


def communities_sync(*, model: Any) -> int:
    created = 0
    for name, description in COMMUNITIES:
        _c, new = model.objects.get_or_create(name=name, defaults={"description": description})
        created += new
    return created
