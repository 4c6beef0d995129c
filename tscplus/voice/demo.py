"""Demo People Voice: ratings of the demo places (some from verified visits, one comment held
for moderation, one with the owner's reply) and two complaints. Idempotent."""

from tscplus.places.selectors import establishments_named
from tscplus.voice import services
from tscplus.voice.models import Rating

# (place, device, stars per aspect, overall, verified, comment)
RATINGS = (
    ("ร้านข้าวซอยแม่สาย", "demo-1", 5, 5, True, "สะอาด มีเจลล้างมือทุกโต๊ะ พนักงานใส่หน้ากาก"),
    ("ร้านข้าวซอยแม่สาย", "demo-2", 4, 4, True, ""),
    ("ร้านข้าวซอยแม่สาย", "demo-3", 4, 5, False, "อร่อย แต่ช่วงเที่ยงคิวยาวหน่อย"),
    ("ตลาดสดเมืองภูเก็ต", "demo-1", 3, 3, True, "ทางเดินแคบ คนเยอะช่วงเช้า"),
    ("ตลาดสดเมืองภูเก็ต", "demo-2", 2, 2, False, "ห้องน้ำไม่มีสบู่"),
    ("ร้านข้าวซอยแม่สาย", "demo-4", 3, 3, False, "สั่งกลับบ้านโทร 081 234 5678"),  # held: a phone number
    ("คาราโอเกะเสียงใส", "demo-1", 1, 1, True, "แออัดมาก ไม่มีใครใส่หน้ากาก"),
)


def load() -> int:
    if Rating.objects.filter(device__startswith="demo-").exists():
        return 0
    places = {p.name_th: p for p in establishments_named({r[0] for r in RATINGS})}
    for name, device, stars, overall, verified, comment in RATINGS:
        place = places[name]
        aspects = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff"), stars)
        rating = services.rating_submit(
            establishment=place,
            ratings={**aspects, "overall": overall},
            comment=comment,
            device=device,
            ip="192.0.2.10",
            verified_visit=verified,
        )
        if device == "demo-3":
            services.rating_reply(
                actor=place.owner, rating=rating, text="ขอบคุณค่ะ ร้านเพิ่มโต๊ะรอคิวด้านนอกแล้ว"
            )
    # In Chiang Mai, so that the demo area officer has one to work on.
    services.complaint_file(
        establishment=places["ร้านข้าวซอยแม่สาย"],
        topic="crowding",
        ip="192.0.2.11",
        description="ช่วงเที่ยงคนแน่นร้าน โต๊ะชิดกัน ไม่มีการเว้นระยะ",
    )
    services.complaint_file(
        establishment=places["ตลาดสดเมืองภูเก็ต"],
        topic="dirty",
        ip="192.0.2.12",
        description="ห้องน้ำตลาดไม่มีสบู่ล้างมือ",
        contact_name="สมใจ",
        contact_phone="0812345678",
        consent=True,
    )
    return len(RATINGS)
