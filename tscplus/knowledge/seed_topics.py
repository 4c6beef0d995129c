"""Reference data the hub starts with (loaded by a migration): the topic taxonomy and the
health-literacy self-check's statements, written in our own words."""

from __future__ import annotations

# (code, Thai, English, description Thai, description English)
TOPICS = (
    (
        "covid-prevention",
        "การป้องกันโควิด 19",
        "COVID-19 prevention",
        "มาตรการ D-M-H-T-T-A และการปฏิบัติตัวในสถานที่ต่าง ๆ",
        "The D-M-H-T-T-A measures and what to do in public places",
    ),
    (
        "hand-hygiene",
        "การล้างมือและสุขอนามัยส่วนบุคคล",
        "Hand and personal hygiene",
        "ล้างมืออย่างถูกวิธี การใช้เจลแอลกอฮอล์ และสุขอนามัยพื้นฐาน",
        "Washing hands properly, using alcohol gel, and basic hygiene",
    ),
    (
        "food-sanitation",
        "สุขาภิบาลอาหาร",
        "Food sanitation",
        "ร้านอาหาร แผงลอย ตลาด และผู้สัมผัสอาหาร",
        "Restaurants, stalls, markets and food handlers",
    ),
    (
        "environmental-health",
        "อนามัยสิ่งแวดล้อม",
        "Environmental health",
        "การระบายอากาศ การทำความสะอาด ขยะ และห้องส้วม",
        "Ventilation, cleaning, waste and toilets",
    ),
    (
        "3o2s",
        "พฤติกรรมสุขภาพ 3อ 2ส",
        "Health behaviours (3อ 2ส)",
        "อาหาร ออกกำลังกาย อารมณ์ ไม่สูบบุหรี่ ไม่ดื่มสุรา",
        "Food, exercise, emotions, no smoking, no drinking",
    ),
    (
        "vaccination",
        "วัคซีน",
        "Vaccination",
        "วัคซีนโควิด 19 และวัคซีนตามวัย",
        "COVID-19 and routine vaccines",
    ),
    (
        "mental-health",
        "สุขภาพจิต",
        "Mental health",
        "ความเครียด การดูแลใจ และการขอความช่วยเหลือ",
        "Stress, looking after your mind and asking for help",
    ),
    (
        "health-literacy",
        "ความรอบรู้ด้านสุขภาพ",
        "Health literacy",
        "การเข้าถึง เข้าใจ และใช้ข้อมูลสุขภาพ",
        "Finding, understanding and using health information",
    ),
    (
        "fake-news",
        "ตรวจสอบข่าวสุขภาพ",
        "Checking health news",
        "แยกข่าวจริงข่าวปลอม และแหล่งข้อมูลที่เชื่อถือได้",
        "Telling true from false, and sources you can trust",
    ),
    (
        "community",
        "ชุมชนและการสื่อสาร",
        "Community and communication",
        "บอกต่อความรู้ และชวนคนรอบข้างดูแลสุขภาพ",
        "Passing knowledge on and bringing others along",
    ),
    (
        "disease-prevention",
        "โรคติดต่อที่พบบ่อย",
        "Common infectious diseases",
        "ไข้เลือดออกและยุงลาย โรคฉี่หนูหลังน้ำท่วม อาหารเป็นพิษ และการป้องกัน",
        "Dengue and mosquitoes, leptospirosis after floods, food poisoning, and how to prevent them",
    ),
    (
        "air-and-heat",
        "ฝุ่น ควัน และความร้อน",
        "Dust, smoke and heat",
        "ฝุ่น PM2.5 ควันไฟ อากาศร้อนจัด และโรคลมแดด",
        "PM2.5 dust, smoke, very hot weather and heat stroke",
    ),
    (
        "older-people",
        "ผู้สูงอายุ",
        "Older people",
        "การดูแลสุขภาพผู้สูงอายุ การป้องกันการหกล้ม และการดูแลที่บ้าน",
        "Looking after older people's health, preventing falls, and care at home",
    ),
)

# The self-check: (skill, Thai, English), answered from 1 (never / not at all) to 5 (always / fully).
QUESTIONS = (
    (
        "access",
        "เมื่อต้องการข้อมูลสุขภาพ ฉันรู้ว่าจะหาได้จากที่ไหน",
        "When I need health information, I know where to find it",
    ),
    (
        "access",
        "ฉันหาข้อมูลสุขภาพจากแหล่งที่เชื่อถือได้ เช่น เว็บไซต์ของกระทรวงสาธารณสุข หรือบุคลากรสาธารณสุข",
        "I look for health information from trustworthy sources, such as Ministry of Public Health websites or health workers",
    ),
    (
        "access",
        "ฉันใช้โทรศัพท์หรือคอมพิวเตอร์ค้นหาข้อมูลสุขภาพที่ต้องการได้เอง",
        "I can find the health information I need on a phone or computer by myself",
    ),
    (
        "understand",
        "ฉันเข้าใจคำแนะนำด้านสุขภาพที่ได้อ่านหรือได้ฟัง",
        "I understand the health advice I read or hear",
    ),
    (
        "understand",
        "ฉันอธิบายได้ว่าทำไมต้องล้างมือ สวมหน้ากาก และเว้นระยะห่าง",
        "I can explain why we wash hands, wear masks and keep our distance",
    ),
    (
        "understand",
        "ฉันอ่านฉลากอาหารหรือฉลากยาแล้วเข้าใจ",
        "I understand food and medicine labels when I read them",
    ),
    (
        "question",
        "ก่อนเชื่อข่าวสุขภาพ ฉันตรวจสอบว่ามาจากแหล่งใด",
        "Before I believe health news, I check where it comes from",
    ),
    (
        "question",
        "ฉันเปรียบเทียบข้อมูลจากหลายแหล่งก่อนตัดสินใจเชื่อ",
        "I compare several sources before I believe something",
    ),
    (
        "question",
        "เมื่อสงสัย ฉันถามบุคลากรสาธารณสุขหรือผู้รู้",
        "When in doubt, I ask a health worker or someone who knows",
    ),
    (
        "decide",
        "ฉันเลือกวิธีดูแลสุขภาพที่เหมาะกับตัวเองโดยใช้เหตุผล",
        "I choose how to look after my health by weighing the reasons",
    ),
    (
        "decide",
        "ฉันปฏิเสธสิ่งที่เสี่ยงต่อสุขภาพได้ แม้คนรอบข้างจะชวน",
        "I can say no to health risks even when people around me urge me",
    ),
    (
        "decide",
        "ฉันตัดสินใจไปพบแพทย์ได้ทันเวลาเมื่อมีอาการผิดปกติ",
        "I decide to see a doctor in time when something is wrong",
    ),
    (
        "apply",
        "ฉันล้างมือด้วยสบู่หรือเจลแอลกอฮอล์ก่อนรับประทานอาหารและหลังเข้าห้องส้วม",
        "I wash my hands with soap or gel before eating and after using the toilet",
    ),
    (
        "apply",
        "ฉันกินอาหารครบ 5 หมู่และออกกำลังกายอย่างน้อย 150 นาทีต่อสัปดาห์",
        "I eat from all five food groups and exercise at least 150 minutes a week",
    ),
    (
        "apply",
        "ฉันปรับพฤติกรรมของตัวเองเมื่อรู้ว่าสิ่งที่ทำอยู่ไม่ดีต่อสุขภาพ",
        "I change what I do once I know it is bad for my health",
    ),
    (
        "tell",
        "ฉันบอกต่อข้อมูลสุขภาพที่ถูกต้องให้ครอบครัวและเพื่อน",
        "I pass correct health information on to my family and friends",
    ),
    (
        "tell",
        "ฉันชวนคนรอบข้างให้ทำพฤติกรรมสุขภาพที่ดีไปด้วยกัน",
        "I get the people around me to take up good health habits with me",
    ),
    (
        "tell",
        "ฉันเตือนคนอื่นอย่างสุภาพเมื่อเห็นข่าวสุขภาพที่ไม่ถูกต้อง",
        "I politely warn others when I see false health news",
    ),
)


def reference_sync(*, topic_model, question_model) -> None:
    """Create the topics and the self-check's statements when missing (the migration and tests)."""
    for order, (code, th, en, dth, den) in enumerate(TOPICS, start=1):
        topic_model.objects.get_or_create(
            code=code,
            defaults={
                "name_th": th,
                "name_en": en,
                "description_th": dth,
                "description_en": den,
                "order": order,
            },
        )
    if not question_model.objects.exists():
        question_model.objects.bulk_create(
            question_model(skill=skill, order=order, text_th=th, text_en=en)
            for order, (skill, th, en) in enumerate(QUESTIONS, start=1)
        )
