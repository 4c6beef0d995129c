"""Demo data of the learning registers: inventory entries, innovations and lessons (idempotent)."""

from __future__ import annotations

import datetime

from django.db import transaction

from tscplus.accounts.selectors import user_by_email
from tscplus.learning import services
from tscplus.learning.models import Community, Innovation, KnowledgeAsset, Lesson

ASSETS = (
    (
        "สถิติผู้ป่วยโรคอาหารเป็นพิษรายจังหวัด",
        "data",
        "กองระบาดวิทยา",
        "กลุ่มระบาดวิทยา",
        "Excel",
        "monthly",
        "internal",
        False,
        4,
        4,
    ),
    (
        "ผลตรวจคุณภาพน้ำบริโภคในตลาด",
        "data",
        "ศูนย์อนามัยที่ 1-12",
        "กองประเมินผลกระทบต่อสุขภาพ",
        "ฐานข้อมูล",
        "quarterly",
        "internal",
        False,
        4,
        3,
    ),
    (
        "รายงานสรุปการตรวจตลาดนัดประจำปี",
        "information",
        "สำนักงานสาธารณสุขจังหวัด",
        "กองสุขาภิบาลอาหารและน้ำ",
        "PDF",
        "yearly",
        "public",
        False,
        3,
        3,
    ),
    (
        "ทะเบียนผู้สัมผัสอาหารที่ผ่านการอบรม",
        "data",
        "องค์กรปกครองส่วนท้องถิ่น",
        "กองสุขาภิบาลอาหารและน้ำ",
        "Excel",
        "monthly",
        "restricted",
        True,
        3,
        4,
    ),
    (
        "คู่มือมาตรฐานส้วมสาธารณะระดับประเทศ",
        "knowledge",
        "กรมอนามัย",
        "สำนักอนามัยสิ่งแวดล้อม",
        "PDF",
        "ad_hoc",
        "public",
        False,
        2,
        3,
    ),
    (
        "ผลสำรวจความรอบรู้ด้านสุขภาพของประชาชน",
        "information",
        "กองสุขศึกษา",
        "กองสุขศึกษา",
        "ฐานข้อมูล",
        "yearly",
        "internal",
        True,
        5,
        4,
    ),
)
INNOVATIONS = (
    (
        "ระบบแจ้งเตือนรายงานความก้าวหน้าอัตโนมัติ",
        "รายงานความก้าวหน้าประจำเดือนส่งล่าช้า ต้องโทรตามทีละคน",
        "ระบบแจ้งเตือนผู้รับผิดชอบในวันที่ 1, 5 และ 8 ของเดือน และแจ้งผู้บริหารเมื่อเลยกำหนด",
        "กลุ่มเทคโนโลยีสารสนเทศ กองแผนงาน",
        "in_use",
        datetime.date(2021, 12, 1),
        "รายงานเผยแพร่ตรงเวลาเพิ่มขึ้น",
        "เผยแพร่ตรงเวลา: 5 ใน 9 เดือน -> 8 ใน 9 เดือน",
    ),
    (
        "QR code ตรวจสอบใบรับรองหน้าร้าน",
        "ลูกค้าไม่รู้ว่าใบรับรองที่ติดหน้าร้านยังใช้ได้หรือไม่",
        "QR code บนโปสเตอร์เปิดหน้าตรวจสอบสถานะใบรับรองปัจจุบัน ไม่ต้องติดตั้งแอป",
        "กลุ่มเทคโนโลยีสารสนเทศ กองแผนงาน",
        "scaled",
        datetime.date(2022, 1, 10),
        "ประชาชนตรวจสอบและให้คะแนนได้เอง",
        "จำนวนการสแกนต่อเดือน: 0 -> 12,000",
    ),
)
LESSONS = (
    (
        "สุขาภิบาลอาหารและตลาด",
        "good_practice",
        "ตลาดนัดลดขยะพลาสติกด้วยถุงผ้า",
        "ชวนผู้ค้าใช้ถุงผ้าและภาชนะล้างได้ ติดป้ายชวนลูกค้า ให้ส่วนลดเล็กน้อยเมื่อนำภาชนะมาเอง ขยะพลาสติกลดลงชัดเจนในสามเดือน",
        "ตลาด, ขยะ, พลาสติก",
    ),
    (
        "ข้อมูลและระบบดิจิทัล",
        "lesson",
        "นำเข้ารายชื่อร้านจาก Excel ให้ถูกต้องตั้งแต่ครั้งแรก",
        "ไฟล์จากอำเภอใช้ชื่อตำบลสะกดต่างกัน ใช้รหัสตำบลแทนชื่อทำให้นำเข้าได้ครบ และระบบบอกแถวที่ผิดพร้อมเหตุผล",
        "Excel, นำเข้าข้อมูล",
    ),
)


@transaction.atomic
def load() -> None:
    keeper = user_by_email("reporter@demo.tscplus.test")
    officer = user_by_email("officer@demo.tscplus.test")
    if keeper is None or officer is None:
        return
    asset_fields = (
        "name",
        "kind",
        "source",
        "owner",
        "format",
        "frequency",
        "access",
        "personal_data",
        "importance",
        "necessity",
    )
    for asset in ASSETS:
        if not KnowledgeAsset.objects.filter(name=asset[0]).exists():
            services.asset_save(actor=keeper, data=dict(zip(asset_fields, asset, strict=True)))
    innovation_fields = (
        "title",
        "problem",
        "solution",
        "unit",
        "stage",
        "started_on",
        "results",
        "measures",
    )
    for innovation in INNOVATIONS:
        if not Innovation.objects.filter(title=innovation[0]).exists():
            services.innovation_save(
                actor=keeper, data=dict(zip(innovation_fields, innovation, strict=True))
            )
    for community, kind, title, body, tags in LESSONS:
        if not Lesson.objects.filter(title=title).exists():
            services.lesson_post(
                actor=officer,
                data={
                    "community": Community.objects.get(name=community),
                    "kind": kind,
                    "title": title,
                    "body": body,
                    "tags": tags,
                },
            )
