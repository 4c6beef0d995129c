"""The knowledge the hub starts with: 34 items on settings (and, from seed_outbreaks.py and
seed_everyday.py, 56 on the public's common questions) written in our own words from the
Department of Health's public advice, across audiences, topics and kinds, some with English
translations, and how-to-fix links to the seeded checklists. `tscplus seed_knowledge` loads them
(the demo does it too); it only adds what is missing and indexes them for search."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from tscplus.core import clock
from tscplus.knowledge import seed_everyday, seed_outbreaks

if TYPE_CHECKING:
    from django.core.files.uploadedfile import SimpleUploadedFile

P, E, S = "public", "establishments", "staff"
VIDEO_URL = "https://multimedia.anamai.moph.go.th/"

# Each item: kind, audiences, topics, tags, title, summary, body (Markdown), and optionally
# "fixes" (checklist item codes of every TSC+ standard), "faq" [(q, a)], "en" (title, summary,
# body) with "en_tags" (the English version's own tags), "source" (the guideline or agency the
# advice follows), "reviewed" (ISO date the content was last checked against its source),
# "staff_only", "alt" and "drawing" (infographics: the function of `infographics` that draws its
# SVG). The hub's wider content lives in seed_outbreaks.py and seed_everyday.py.
SETTINGS_ITEMS: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["hand-hygiene", "covid-prevention"],
        "tags": "ล้างมือ, สบู่, เจลแอลกอฮอล์",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการล้างมือ 7 ขั้นตอนที่ถูกวิธีสำหรับประชาชนและสถานประกอบการ",
        "reviewed": "2026-09-15",
        "fixes": ["1.1", "2.3"],
        "title": "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน",
        "summary": "ล้างมือด้วยสบู่และน้ำอย่างน้อย 20 วินาที ครบ 7 ขั้นตอน ลดเชื้อโรคที่ติดมากับมือได้มาก",
        "body": """มือเป็นทางที่เชื้อโรคเข้าสู่ร่างกายบ่อยที่สุด การล้างมือที่ถูกวิธีใช้เวลาไม่ถึงนาที

## 7 ขั้นตอนการล้างมือ
1. ฝ่ามือถูกัน
2. ฝ่ามือถูหลังมือและนิ้วถูซอกนิ้ว
3. ฝ่ามือถูฝ่ามือและนิ้วถูซอกนิ้ว
4. หลังนิ้วมือถูฝ่ามือ
5. ถูนิ้วหัวแม่มือโดยรอบด้วยฝ่ามือ
6. ปลายนิ้วมือถูขวางฝ่ามือ
7. ถูรอบข้อมือ

ล้างด้วยสบู่และน้ำสะอาดอย่างน้อย **20 วินาที** แล้วเช็ดให้แห้งด้วยผ้าหรือกระดาษที่สะอาด
ถ้าไม่มีน้ำ ใช้เจลแอลกอฮอล์ที่มีความเข้มข้นไม่น้อยกว่า 70% ถูให้ทั่วจนแห้ง

## ควรล้างมือเมื่อไร
- ก่อนรับประทานอาหารและก่อนปรุงอาหาร
- หลังเข้าห้องส้วม หลังจับเงิน และหลังสัมผัสจุดที่คนใช้ร่วมกัน
- เมื่อกลับถึงบ้าน""",
        "en": (
            "Washing hands properly: 7 steps",
            "Wash with soap and water for at least 20 seconds, all 7 steps, to remove most germs from your hands.",
            """Hands are the most common way germs get into the body. Washing them properly takes less than a minute.

## The 7 steps
1. Rub palm to palm
2. Rub the back of each hand and between the fingers
3. Palm to palm with fingers interlaced
4. Backs of the fingers against the opposite palm
5. Rub each thumb
6. Rub the fingertips against the palm
7. Rub around the wrists

Wash with soap and clean water for at least **20 seconds** and dry with a clean towel or paper.
Without water, use alcohol gel of at least 70% and rub until dry.""",
        ),
        "en_tags": "hand washing, soap, alcohol gel, 7 steps",
    },
    {
        "kind": "infographic",
        "audiences": [P, E],
        "topics": ["hand-hygiene"],
        "tags": "ล้างมือ, ขั้นตอน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: มาตรการ Thai Stop COVID Plus ด้านการจัดจุดล้างมือในสถานประกอบการ",
        "reviewed": "2026-09-15",
        "fixes": ["1.1"],
        "title": "อินโฟกราฟิก: จุดล้างมือที่ดีต้องมีอะไรบ้าง",
        "drawing": "handwash_station",
        "summary": "สิ่งที่ควรมีที่จุดล้างมือหน้าร้าน: น้ำสะอาด สบู่ เจลแอลกอฮอล์ ป้ายบอกวิธี และถังขยะมีฝาปิด",
        "alt": "ภาพจุดล้างมือ 5 องค์ประกอบ: ก๊อกน้ำ ขวดสบู่ ขวดเจลแอลกอฮอล์ ป้ายขั้นตอน และถังขยะมีฝาปิด",
        "body": """จุดล้างมือที่ทางเข้าร้านและจุดบริการควรมี 5 อย่าง
1. น้ำสะอาดที่เปิดใช้ได้ตลอด
2. สบู่เหลวที่เติมไม่ให้ขาด
3. เจลแอลกอฮอล์ไม่น้อยกว่า 70% สำหรับจุดที่ไม่มีน้ำ
4. ป้ายบอกขั้นตอนล้างมือ ติดในระดับสายตา
5. กระดาษเช็ดมือและถังขยะมีฝาปิด

ตรวจจุดล้างมือทุกเช้าและเติมของใช้ให้พร้อมก่อนเปิดร้าน""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["covid-prevention", "environmental-health"],
        "tags": "ทำความสะอาด, จุดสัมผัสร่วม, น้ำยาฆ่าเชื้อ",
        "source": "กรมอนามัย: แนวทางการทำความสะอาดและฆ่าเชื้อในสถานที่สาธารณะ",
        "reviewed": "2026-09-16",
        "fixes": ["1.4"],
        "title": "ทำความสะอาดจุดสัมผัสร่วมทุก 1-2 ชั่วโมง ทำอย่างไร",
        "summary": "ลูกบิดประตู เคาน์เตอร์ ราวจับ และเครื่องชำระเงิน ต้องเช็ดด้วยน้ำยาทำความสะอาดหรือฆ่าเชื้อเป็นประจำ",
        "body": """จุดที่คนจำนวนมากจับซ้ำ ๆ เป็นที่สะสมเชื้อโรค ร้านควรมีตารางทำความสะอาดที่ชัดเจน

## ขั้นตอน
- ทำรายการจุดสัมผัสร่วมในร้าน เช่น ลูกบิดประตู มือจับตู้เย็น เคาน์เตอร์ ราวบันได ปุ่มลิฟต์ เครื่องรูดบัตร
- เช็ดด้วยน้ำยาทำความสะอาดก่อน แล้วตามด้วยแอลกอฮอล์ 70% หรือน้ำยาฟอกขาวที่ผสมตามฉลาก
- ทำทุก 1-2 ชั่วโมง และทุกครั้งที่เห็นว่าสกปรก
- ให้ผู้รับผิดชอบลงเวลาในแบบบันทึกที่ติดไว้ใกล้จุดนั้น

สวมถุงมือขณะใช้น้ำยา และล้างมือหลังทำความสะอาดทุกครั้ง""",
        "en": (
            "Cleaning shared touch points every 1-2 hours",
            "Door handles, counters, rails and payment terminals must be wiped with detergent or disinfectant regularly.",
            """Spots that many people touch again and again collect germs. A shop needs a clear cleaning schedule.

- List the shared touch points: door handles, fridge handles, counters, stair rails, lift buttons, card terminals
- Clean with detergent first, then 70% alcohol or bleach diluted as the label says
- Do it every 1-2 hours, and whenever it looks dirty
- The person responsible signs a log posted next to the spot

Wear gloves when using cleaning chemicals and wash your hands afterwards.""",
        ),
        "en_tags": "cleaning, touch points, disinfectant, bleach",
    },
    {
        "kind": "article",
        "audiences": [E, P],
        "topics": ["covid-prevention", "environmental-health"],
        "tags": "ระบายอากาศ, เครื่องปรับอากาศ, ล้างแอร์, พัดลม, ร้านอาหาร",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการระบายอากาศภายในอาคารและห้องปรับอากาศเพื่อลดการแพร่กระจายของเชื้อโรค",
        "reviewed": "2026-09-16",
        "fixes": ["1.5"],
        "title": "ระบายอากาศในร้านและห้องปรับอากาศให้ปลอดภัย",
        "summary": "เปิดประตูหน้าต่าง ติดพัดลมดูดอากาศ และล้างเครื่องปรับอากาศตามรอบ ลดการสะสมของเชื้อในอากาศ",
        "body": """เชื้อที่ลอยในละอองฝอยสะสมได้ในห้องที่ปิดทึบ อากาศที่ถ่ายเทดีช่วยลดความเสี่ยง

- เปิดประตูและหน้าต่างอย่างน้อย 15 นาที ก่อนเปิดร้านและหลังปิดร้าน
- ติดพัดลมดูดอากาศให้อากาศไหลจากด้านหนึ่งออกอีกด้านหนึ่ง
- ล้างแผ่นกรองเครื่องปรับอากาศทุกเดือน และล้างใหญ่ทุก 6 เดือน
- อย่าให้คนนั่งแน่นในห้องปิดเป็นเวลานาน""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["covid-prevention"],
        "tags": "เว้นระยะห่าง, คิว, เครื่องหมายพื้น, จำนวนลูกค้า",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: มาตรการ Thai Stop COVID Plus ด้านการเว้นระยะห่างในสถานประกอบการ",
        "reviewed": "2026-09-17",
        "fixes": ["1.2", "1.3", "3.3"],
        "title": "จัดที่นั่งและจุดรอคิวให้ห่างกัน 1 เมตร",
        "summary": "วิธีคำนวณจำนวนลูกค้าที่ร้านรับได้พร้อมกัน การจัดโต๊ะ และการทำเครื่องหมายพื้นในร้านขนาดเล็ก",
        "body": """การเว้นระยะห่างลดโอกาสรับเชื้อจากละอองฝอย

## คำนวณจำนวนคนที่รับได้
ใช้พื้นที่ร้านเป็นตารางเมตร หารด้วย 4 จะได้จำนวนคนสูงสุดที่อยู่ในร้านพร้อมกัน ติดประกาศไว้ที่ทางเข้า

## จัดที่นั่ง
- โต๊ะห่างกันอย่างน้อย 1 เมตร หรือมีแผงกั้นใส
- นั่งเยื้องกัน ไม่หันหน้าชนกันในโต๊ะยาว

## จุดรอคิว
ติดเทปหรือสติกเกอร์บนพื้นทุก 1 เมตร และให้พนักงานช่วยดูแลคิวในช่วงคนแน่น""",
    },
    {
        "kind": "faq",
        "audiences": [P, E],
        "topics": ["covid-prevention"],
        "tags": "หน้ากากอนามัย, หน้ากากผ้า",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการเลือกและสวมหน้ากากอนามัยและหน้ากากผ้าสำหรับประชาชน",
        "reviewed": "2026-09-17",
        "fixes": ["2.1", "3.1"],
        "title": "ถาม-ตอบ เรื่องการสวมหน้ากาก",
        "summary": "หน้ากากแบบไหนใช้ได้ ใส่อย่างไรให้ถูก และเมื่อไรควรเปลี่ยน",
        "body": "คำถามที่ผู้ประกอบการและประชาชนถามบ่อยเรื่องหน้ากาก",
        "faq": [
            (
                "หน้ากากผ้าใช้ได้หรือไม่",
                "ใช้ได้สำหรับคนทั่วไปที่ไม่มีอาการ ควรเป็นผ้าอย่างน้อย 2 ชั้น และซักทุกวัน ผู้ที่ป่วยหรือดูแลผู้ป่วยควรใช้หน้ากากอนามัยทางการแพทย์",
            ),
            (
                "สวมหน้ากากอย่างไรให้ถูกต้อง",
                "ล้างมือก่อนสวม ให้หน้ากากปิดทั้งจมูกและปาก กดลวดให้แนบสันจมูก และไม่จับด้านหน้าของหน้ากากขณะใช้",
            ),
            (
                "ควรเปลี่ยนหน้ากากเมื่อไร",
                "หน้ากากอนามัยใช้ครั้งเดียว เปลี่ยนเมื่อเปียกชื้นหรือสกปรก หน้ากากผ้าซักและตากให้แห้งทุกวัน",
            ),
            (
                "พนักงานร้านอาหารต้องสวมหน้ากากตลอดหรือไม่",
                "ควรสวมตลอดเวลาที่ให้บริการและขณะปรุงอาหาร เพราะพูดคุยใกล้ลูกค้าและอาหาร",
            ),
        ],
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["covid-prevention"],
        "tags": "คัดกรอง, วัดไข้, พนักงานป่วย",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: มาตรการ Thai Stop COVID Plus ด้านการคัดกรองพนักงานและผู้รับบริการ",
        "reviewed": "2026-09-18",
        "fixes": ["2.2", "3.2"],
        "title": "คัดกรองพนักงานและลูกค้า: วัดไข้และถามอาการ",
        "summary": "ตั้งจุดวัดไข้ บันทึกผล และให้พนักงานที่ป่วยหยุดงานโดยไม่ถูกลงโทษ",
        "body": """การคัดกรองช่วยหยุดผู้ป่วยก่อนเข้าไปแพร่เชื้อในร้าน

- วัดอุณหภูมิพนักงานทุกเช้าก่อนเริ่มงาน ถามอาการไอ เจ็บคอ มีน้ำมูก หรือจมูกไม่ได้กลิ่น
- บันทึกผลในสมุดหรือแบบฟอร์ม
- ผู้ที่มีไข้ตั้งแต่ 37.5 องศาเซลเซียส หรือมีอาการ ให้หยุดงานและไปพบแพทย์
- ตั้งจุดวัดไข้ลูกค้าที่ทางเข้าในช่วงที่มีการระบาด และขอให้ผู้มีไข้งดเข้าใช้บริการอย่างสุภาพ

นายจ้างควรมีนโยบายให้ลาป่วยได้โดยไม่ถูกหักเงิน เพื่อให้พนักงานกล้าบอกเมื่อไม่สบาย""",
    },
    {
        "kind": "article",
        "audiences": [E, S],
        "topics": ["vaccination", "covid-prevention"],
        "tags": "วัคซีน, พนักงาน, ATK",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: มาตรการ COVID Free Setting สำหรับพนักงานในสถานประกอบการ",
        "reviewed": "2026-09-18",
        "fixes": ["2.4"],
        "title": "วัคซีนและการตรวจ ATK สำหรับพนักงานร้าน",
        "summary": "พนักงานที่ใกล้ชิดลูกค้าควรได้รับวัคซีนตามคำแนะนำ และตรวจ ATK เมื่อมีอาการหรือมีความเสี่ยง",
        "body": """พนักงานที่พบลูกค้าจำนวนมากมีโอกาสรับและส่งต่อเชื้อ

- ประสานโรงพยาบาลส่งเสริมสุขภาพตำบลหรือโรงพยาบาลใกล้ร้านเพื่อนัดฉีดวัคซีน
- เก็บสำเนาหลักฐานการได้รับวัคซีนของพนักงานไว้ที่ร้าน
- ตรวจ ATK ทันทีเมื่อมีอาการ หรือเมื่อสัมผัสผู้ติดเชื้อ และตรวจตามรอบที่มาตรฐานกำหนด
- อ่านผลตามเวลาที่ชุดตรวจกำหนด: ขึ้นขีดเดียวที่ C คือผลลบ ขึ้นสองขีดที่ C และ T คือผลบวก แม้ขีด T จาง ถ้าไม่ขึ้นขีดที่ C ชุดตรวจใช้ไม่ได้ ให้ตรวจใหม่
- ผลบวกให้หยุดงานและแจ้งหน่วยบริการสาธารณสุข""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "ช้อนกลาง, ร้านอาหาร",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการใช้ช้อนกลางส่วนตัวเมื่อรับประทานอาหารร่วมกันและในร้านอาหาร",
        "reviewed": "2026-09-21",
        "fixes": ["tsc-food:4.1"],
        "title": "ช้อนกลางส่วนตัว: กินร่วมกันอย่างปลอดภัย",
        "summary": "ร้านอาหารควรวางช้อนกลางประจำทุกจานที่รับประทานร่วมกัน ลดการแพร่เชื้อทางน้ำลาย",
        "body": """การกินอาหารจานเดียวกันโดยใช้ช้อนของตัวเองตักเป็นทางแพร่เชื้อที่คนมักมองข้าม

- วางช้อนกลางประจำทุกจานที่เสิร์ฟให้รับประทานร่วมกัน
- เลือกช้อนกลางที่มีสีหรือรูปแบบต่างจากช้อนส่วนตัว ให้แยกง่าย
- พนักงานช่วยแนะนำลูกค้าอย่างสุภาพ
- ล้างช้อนกลางด้วยน้ำยาล้างจานและผึ่งให้แห้งทุกครั้ง""",
        "en": (
            "Serving spoons: sharing food safely",
            "Restaurants should put a serving spoon with every shared dish, so saliva does not travel from plate to plate.",
            """Eating from one dish with your own spoon spreads germs in a way people often overlook.

- Put a serving spoon with every dish meant for sharing
- Choose serving spoons that look different from personal ones
- Staff remind customers politely
- Wash serving spoons with detergent and let them dry after each use""",
        ),
        "en_tags": "serving spoons, shared dishes, restaurants",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "ผู้สัมผัสอาหาร, หมวกคลุมผม, ผ้ากันเปื้อน",
        "source": "กรมอนามัย: คู่มือสุขาภิบาลอาหารสำหรับผู้สัมผัสอาหาร",
        "reviewed": "2026-09-21",
        "fixes": ["tsc-food:4.3"],
        "title": "ผู้สัมผัสอาหารต้องแต่งกายอย่างไร",
        "summary": "หมวกคลุมผม ผ้ากันเปื้อน เล็บสั้น และไม่ใส่เครื่องประดับขณะปรุงอาหาร",
        "body": """ผู้ปรุงและผู้เสิร์ฟอาหารเป็นด่านสำคัญของความสะอาด

- สวมหมวกคลุมผมหรือเน็ตคลุมผม และผ้ากันเปื้อนที่สะอาด
- ตัดเล็บสั้น ไม่ทาเล็บ ไม่สวมแหวนหรือนาฬิกาขณะปรุงอาหาร
- ใช้อุปกรณ์หยิบจับอาหารปรุงสุก ไม่ใช้มือเปล่า
- มีแผลที่มือให้ปิดแผลและสวมถุงมือ
- ผู้สัมผัสอาหารควรผ่านการอบรมหลักสูตรสุขาภิบาลอาหาร""",
    },
    {
        "kind": "article",
        "audiences": [E, P],
        "topics": ["food-sanitation"],
        "tags": "อาหารปรุงสุก, ภาชนะ, อาหารกลับบ้าน, ไก่ทอด",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางสุขลักษณะของสถานที่จำหน่ายอาหารและการเก็บรักษาอาหารปรุงสำเร็จ",
        "reviewed": "2026-09-22",
        "fixes": ["tsc-food:4.2"],
        "title": "เก็บและขายอาหารปรุงสุกให้ปลอดภัย ตั้งแต่ไก่ทอดถึงแกงถุง",
        "summary": "ปกปิดอาหาร วางสูงจากพื้น และใช้ภาชนะใส่อาหารกลับบ้านที่สะอาด",
        "body": """อาหารปรุงสุกที่วางขายอาจปนเปื้อนจากฝุ่น แมลง และมือคน

- ใส่อาหารในตู้กระจกหรือมีฝาครอบ วางสูงจากพื้นอย่างน้อย 60 เซนติเมตร
- ไก่ทอด หมูทอด และของทอดอื่น ๆ ใช้ที่คีบหยิบ ไม่ใช้มือ
- อาหารที่ปรุงเกิน 2 ชั่วโมงที่อุณหภูมิห้องควรอุ่นให้ร้อนจัดก่อนขาย
- ใช้ถุงหรือกล่องที่สะอาดและเหมาะกับอาหารร้อน ไม่ใช้ถุงพิมพ์ลาย
- แยกเขียงและมีดสำหรับอาหารดิบกับอาหารสุก""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["food-sanitation", "environmental-health"],
        "tags": "ตลาดสด, ล้างตลาด, แผงค้า",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางการล้างตลาดและการพัฒนาตลาดสดน่าซื้อ",
        "reviewed": "2026-09-22",
        "fixes": ["tsc-market:4.2"],
        "title": "ล้างตลาดสดครั้งใหญ่ ทำอย่างไรให้ได้ผล",
        "summary": "ขั้นตอนล้างตลาดประจำสัปดาห์ ตั้งแต่เก็บขยะ ขัดล้าง ฆ่าเชื้อ จนถึงการตรวจท่อระบายน้ำ",
        "body": """ตลาดสดที่สะอาดลดทั้งโรคติดต่อทางอาหารและหนูแมลงสาบ

1. แจ้งผู้ค้าล่วงหน้าและเก็บสินค้าออกจากแผง
2. เก็บขยะและเศษอาหารทั้งหมด
3. ขัดล้างแผง พื้น และผนังด้วยน้ำผสมผงซักฟอก
4. ราดน้ำยาฆ่าเชื้อตามที่ระบุบนฉลาก ทิ้งไว้ตามเวลาที่กำหนด แล้วล้างออก
5. ลอกท่อระบายน้ำและบ่อดักไขมัน
6. ตรวจความเรียบร้อยและบันทึกวันล้างตลาด

ทำอย่างน้อยสัปดาห์ละ 1 ครั้ง""",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention"],
        "tags": "ไปร้านอาหาร, ตลาด, ตลาดสด, ห้างสรรพสินค้า",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการปฏิบัติตนของประชาชนเมื่อใช้บริการร้านอาหาร ตลาด และห้างสรรพสินค้า",
        "reviewed": "2026-09-23",
        "title": "ไปร้านอาหาร ตลาด และห้าง ปลอดภัยด้วย 6 ข้อ",
        "summary": "สิ่งที่ทำได้เองเมื่อออกไปใช้บริการสถานที่สาธารณะ ลดเสี่ยงทั้งตัวเราและคนอื่น",
        "body": """ทุกคนช่วยให้สถานที่ปลอดภัยได้
1. เลือกร้านที่ผ่านมาตรฐาน สแกนคิวอาร์โค้ดที่หน้าร้านเพื่อตรวจใบรับรอง
2. สวมหน้ากากเมื่ออยู่ในที่แออัด
3. ล้างมือหรือใช้เจลแอลกอฮอล์ก่อนและหลังใช้บริการ
4. เว้นระยะห่างเมื่อต่อคิว
5. ใช้ช้อนกลางเมื่อกินอาหารร่วมกัน
6. ถ้ามีไข้หรือไอ ให้พักที่บ้าน

พบร้านที่ไม่ปฏิบัติตามมาตรการ แจ้งได้จากหน้าตรวจสอบใบรับรองของร้านนั้น""",
        "en": (
            "Eating out, markets and malls: 6 ways to stay safe",
            "What you can do yourself when you use public places, to protect yourself and others.",
            """Everyone helps keep places safe.
1. Choose places that meet the standard; scan the QR code at the door to check the certificate
2. Wear a mask in crowded places
3. Wash your hands or use gel before and after
4. Keep your distance in queues
5. Use serving spoons when sharing food
6. If you have a fever or a cough, stay home

If a place does not follow the measures, report it from its certificate page.""",
        ),
        "en_tags": "eating out, markets, shopping malls, certificate, QR code",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["environmental-health"],
        "tags": "ห้องส้วม, ห้องน้ำสาธารณะ, HAS",
        "source": "กรมอนามัย: มาตรฐานส้วมสาธารณะไทย (HAS)",
        "reviewed": "2026-09-23",
        "fixes": ["1.6"],
        "title": "ห้องส้วมสะอาด ได้มาตรฐาน HAS",
        "summary": "ห้องส้วมที่ดีต้องสะอาด (Healthy) เพียงพอ (Accessibility) และปลอดภัย (Safety)",
        "body": """ห้องส้วมของร้านและสถานที่สาธารณะบอกถึงความใส่ใจของเจ้าของ

## Healthy: สะอาด
- พื้นแห้ง ไม่มีกลิ่น มีสบู่ล้างมือ กระดาษชำระ และถังขยะมีฝาปิด
- ทำความสะอาดตามตาราง และลงเวลาทุกครั้ง

## Accessibility: เพียงพอ
- มีจำนวนพอต่อผู้ใช้ และมีห้องสำหรับผู้สูงอายุหรือผู้พิการเมื่อทำได้

## Safety: ปลอดภัย
- มีแสงสว่างเพียงพอ ประตูล็อกได้ และไม่ตั้งอยู่ในมุมลับตา""",
    },
    {
        "kind": "article",
        "audiences": [E, P],
        "topics": ["environmental-health"],
        "tags": "ขยะ, ถังขยะ, คัดแยกขยะ",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการจัดการมูลฝอยในสถานประกอบการและการทิ้งหน้ากากอนามัยที่ใช้แล้ว",
        "reviewed": "2026-09-24",
        "fixes": ["1.7"],
        "title": "จัดการขยะในร้าน: ถังมีฝาปิดและทิ้งทุกวัน",
        "summary": "ขยะที่ค้างทำให้เกิดกลิ่น หนู และแมลง ร้านควรมีถังมีฝาปิดและคัดแยกขยะ",
        "body": """- ใช้ถังขยะมีฝาปิดและบุด้วยถุง
- แยกขยะเศษอาหาร ขยะรีไซเคิล และขยะทั่วไป
- หน้ากากอนามัยและกระดาษทิชชูที่ใช้แล้ว ใส่ถุงมัดปากก่อนทิ้ง
- นำขยะออกอย่างน้อยวันละครั้ง และล้างถังขยะสัปดาห์ละครั้ง""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["covid-prevention"],
        "tags": "ชำระเงิน, คิวอาร์โค้ด, ไทยชนะ",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: มาตรการ Thai Stop COVID Plus ด้านการชำระเงินแบบไม่สัมผัสและการลงทะเบียนเข้าออกสถานที่",
        "reviewed": "2026-09-24",
        "fixes": ["3.4", "3.5"],
        "title": "รับชำระเงินแบบไม่สัมผัสและการลงทะเบียนเข้าร้าน",
        "summary": "เปิดรับชำระผ่านคิวอาร์โค้ดหรือโอนเงิน และมีทางให้ลูกค้าลงทะเบียนเข้าออก",
        "body": """ลดการส่งเงินสดจากมือถึงมือ และช่วยติดตามผู้สัมผัสเมื่อจำเป็น

- ติดคิวอาร์โค้ดรับเงินของร้านไว้ที่จุดชำระเงิน
- ถ้ารับเงินสด ให้วางถาดรับเงิน และล้างมือหลังจับเงิน
- ติดคิวอาร์โค้ดลงทะเบียนเข้าร้าน หรือวางสมุดลงชื่อพร้อมปากกาที่เช็ดทำความสะอาดได้""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["covid-prevention"],
        "tags": "อบรมพนักงาน, ผู้ป่วย",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางปฏิบัติเมื่อพบผู้มีอาการป่วยสงสัยโรคโควิด 19 ในสถานประกอบการ",
        "reviewed": "2026-09-25",
        "fixes": ["2.5"],
        "title": "อบรมพนักงาน 15 นาที: ทำอย่างไรเมื่อพบผู้มีอาการป่วยในร้าน",
        "summary": "แผนสั้น ๆ ที่พนักงานทุกคนควรรู้ ตั้งแต่แยกผู้ป่วยจนถึงทำความสะอาดจุดที่สัมผัส",
        "body": """## เมื่อพบลูกค้าหรือพนักงานมีอาการ
1. ให้ผู้มีอาการสวมหน้ากาก และแยกไปยังที่ที่อากาศถ่ายเท
2. แนะนำให้ไปพบแพทย์หรือตรวจ ATK
3. ทำความสะอาดจุดที่ผู้ป่วยสัมผัส
4. บันทึกเหตุการณ์และแจ้งเจ้าของร้าน

ติดขั้นตอนนี้ไว้ในห้องพักพนักงาน และทบทวนทุกเดือน""",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["3o2s"],
        "tags": "3อ 2ส, อาหาร, ออกกำลังกาย, อารมณ์",
        "source": "กองสุขศึกษา กรมสนับสนุนบริการสุขภาพ: หลักการปรับเปลี่ยนพฤติกรรมสุขภาพ 3อ 2ส",
        "reviewed": "2026-09-28",
        "title": "3อ 2ส สูตรง่าย ๆ ของสุขภาพดี",
        "summary": "อาหาร ออกกำลังกาย อารมณ์ ไม่สูบบุหรี่ ไม่ดื่มสุรา ห้าเรื่องที่ทำได้ทุกวัน",
        "body": """## 3อ
- **อาหาร**: กินครบ 5 หมู่ ลดหวาน มัน เค็ม กินผักผลไม้ทุกมื้อ
- **ออกกำลังกาย**: ขยับร่างกายอย่างน้อย 150 นาทีต่อสัปดาห์
- **อารมณ์**: นอนหลับพอ หาเวลาพักผ่อน และพูดคุยกับคนที่ไว้ใจ

## 2ส
- **ไม่สูบบุหรี่** รวมถึงบุหรี่ไฟฟ้า
- **ไม่ดื่มสุรา** หรือดื่มให้น้อยที่สุด""",
        "en": (
            "3อ 2ส: a simple recipe for good health",
            "Food, exercise, emotions, no smoking and no drinking: five things you can do every day.",
            """## 3อ
- **Food**: eat from all five groups; less sugar, fat and salt; vegetables and fruit at every meal
- **Exercise**: move for at least 150 minutes a week
- **Emotions**: sleep enough, rest, and talk with people you trust

## 2ส
- **No smoking**, e-cigarettes included
- **No alcohol**, or as little as possible""",
        ),
        "en_tags": "healthy lifestyle, healthy eating, exercise, no smoking, no alcohol",
    },
    {
        "kind": "article",
        "audiences": [P, S],
        "topics": ["3o2s"],
        "tags": "ลดเค็ม, โซเดียม, ความดันโลหิตสูง",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการลดการบริโภคเกลือและโซเดียมเพื่อป้องกันโรคความดันโลหิตสูง",
        "reviewed": "2026-09-28",
        "title": "ลดเค็มวันละนิด ห่างไกลความดันโลหิตสูง",
        "summary": "คนไทยกินเกลือเกินความต้องการ ลองปรับทีละน้อยที่บ้านและที่ร้าน",
        "body": """โซเดียมที่มากเกินไปทำให้ความดันโลหิตสูง และเป็นภาระต่อไต

- ชิมก่อนปรุง และลดเครื่องปรุงบนโต๊ะ
- ระวังน้ำจิ้ม น้ำซุป และอาหารแปรรูป ซึ่งมีเกลือแฝงมาก
- อ่านฉลากโภชนาการ เลือกสินค้าที่มีโซเดียมต่ำ
- ร้านอาหารบอกลูกค้าได้ว่าสั่ง "ไม่เค็ม" ได้""",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["mental-health"],
        "tags": "ความเครียด, สุขภาพจิต, สายด่วน 1323",
        "source": "กรมสุขภาพจิต กระทรวงสาธารณสุข: คำแนะนำการจัดการความเครียดและการดูแลสุขภาพจิตด้วยตนเอง",
        "reviewed": "2026-09-29",
        "title": "รู้ทันความเครียด และดูแลใจตัวเอง",
        "summary": "สัญญาณเตือนของความเครียด วิธีผ่อนคลาย และช่องทางขอความช่วยเหลือ",
        "body": """ความเครียดเป็นเรื่องปกติ แต่ถ้าสะสมนานจะกระทบทั้งกายและใจ

## สัญญาณเตือน
นอนไม่หลับ หงุดหงิดง่าย เบื่ออาหาร ไม่อยากพบใคร

## ดูแลใจ
- หายใจช้า ๆ ลึก ๆ สัก 5 นาที
- ออกกำลังกายเบา ๆ หรือเดินรับแสงแดด
- พูดคุยกับคนที่ไว้ใจ
- ลดเวลาดูข่าวที่ทำให้กังวล

## เมื่อไรควรขอความช่วยเหลือ
- เครียดจากงานจนหมดแรง ไม่อยากไปทำงาน รู้สึกว่างานไม่มีความหมาย อาจเป็นภาวะหมดไฟ (เบิร์นเอาท์) ควรคุยกับหัวหน้าหรือคนที่ไว้ใจเรื่องปริมาณงานและการพัก
- เศร้า เบื่อ ไม่มีความสุขกับสิ่งที่เคยชอบ ติดต่อกันเกิน 2 สัปดาห์ อาจเป็นภาวะซึมเศร้า ควรพบแพทย์หรือทำแบบคัดกรองภาวะซึมเศร้า

ถ้ารู้สึกแย่ต่อเนื่อง โทรสายด่วนสุขภาพจิต **1323** ได้ตลอด 24 ชั่วโมง""",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["health-literacy", "fake-news"],
        "tags": "ข่าวปลอม, ตรวจสอบข้อมูล",
        "source": "กองสุขศึกษา กรมสนับสนุนบริการสุขภาพ: แนวทางการตรวจสอบข้อมูลข่าวสารสุขภาพก่อนเชื่อและก่อนแชร์",
        "reviewed": "2026-09-29",
        "title": "ข่าวสุขภาพจริงหรือปลอม ตรวจได้ใน 4 ขั้น",
        "summary": "ก่อนแชร์ข้อมูลสุขภาพ ถามตัวเอง 4 คำถาม: ใครพูด มีหลักฐานไหม ที่อื่นว่าอย่างไร และรีบเกินไปหรือไม่",
        "body": """ข่าวสุขภาพที่ผิดอาจทำให้คนเสียเงินหรือเสียสุขภาพ

1. **ใครพูด** เป็นหน่วยงานสาธารณสุขหรือผู้เชี่ยวชาญจริงหรือไม่
2. **มีหลักฐานไหม** อ้างงานวิจัยหรือแหล่งที่ตรวจสอบได้หรือเปล่า
3. **ที่อื่นว่าอย่างไร** เทียบกับเว็บไซต์ของกระทรวงสาธารณสุขหรือศูนย์ต่อต้านข่าวปลอม
4. **รีบเกินไปหรือไม่** ข้อความที่เร่งให้แชร์หรือซื้อทันทีมักน่าสงสัย

ไม่แน่ใจ อย่าเพิ่งแชร์""",
        "en": (
            "True or fake health news? Check in 4 steps",
            "Before sharing health information ask four questions: who says it, is there evidence, what do others say, and is it rushing you?",
            """Wrong health news can cost people money or health.

1. **Who says it**: a health authority or a real expert?
2. **Is there evidence**: research or a source you can check?
3. **What do others say**: compare with the Ministry of Public Health or the anti-fake-news centre
4. **Is it rushing you**: messages that push you to share or buy now are suspect

Not sure? Don't share yet.""",
        ),
        "en_tags": "fake news, fact checking, health information",
    },
    {
        "kind": "article",
        "audiences": [P, S],
        "topics": ["health-literacy", "community"],
        "tags": "ความรอบรู้ด้านสุขภาพ, V-shape",
        "source": "กองสุขศึกษา กรมสนับสนุนบริการสุขภาพ และกรมอนามัย: กรอบแนวคิดความรอบรู้ด้านสุขภาพ 6 ทักษะ (V-shape)",
        "reviewed": "2026-09-30",
        "title": "ความรอบรู้ด้านสุขภาพคืออะไร: 6 ทักษะตามแบบ V-shape",
        "summary": "เข้าถึง เข้าใจ ไต่ถาม ตัดสินใจ ปรับเปลี่ยน และบอกต่อ หกทักษะที่ทำให้คนดูแลสุขภาพตัวเองได้",
        "body": """ความรอบรู้ด้านสุขภาพ คือความสามารถในการหา เข้าใจ และใช้ข้อมูลสุขภาพเพื่อดูแลตัวเองและคนรอบข้าง

กรมอนามัยอธิบายด้วยแบบ V-shape 6 ทักษะ
1. **เข้าถึง** หาข้อมูลจากแหล่งที่เชื่อถือได้
2. **เข้าใจ** อ่านหรือฟังแล้วเข้าใจ
3. **ไต่ถาม** ตรวจสอบและถามเมื่อสงสัย
4. **ตัดสินใจ** เลือกสิ่งที่ดีต่อสุขภาพด้วยเหตุผล
5. **ปรับเปลี่ยน** นำไปทำจริงจนเป็นนิสัย
6. **บอกต่อ** ชวนคนอื่นทำตาม

ลองทำแบบประเมินความรอบรู้ด้านสุขภาพของแพลตฟอร์มนี้ เพื่อดูว่าทักษะใดควรเสริม""",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["vaccination"],
        "tags": "วัคซีนโควิด, เข็มกระตุ้น, ผลข้างเคียง",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการให้วัคซีนโควิด 19 และคำถามที่พบบ่อย",
        "reviewed": "2026-10-01",
        "title": "ถาม-ตอบ วัคซีนโควิด 19",
        "summary": "ใครควรฉีด ฉีดเข็มกระตุ้นเมื่อไร และผลข้างเคียงที่พบบ่อย",
        "body": "คำถามพบบ่อยเรื่องวัคซีนโควิด 19",
        "faq": [
            ("ใครควรได้รับวัคซีนก่อน", "ผู้สูงอายุ ผู้มีโรคประจำตัว หญิงตั้งครรภ์ และผู้ที่ทำงานใกล้ชิดผู้คนจำนวนมาก"),
            (
                "ผลข้างเคียงที่พบบ่อยมีอะไรบ้าง",
                "ปวดบริเวณที่ฉีด มีไข้ต่ำ อ่อนเพลีย มักหายเองใน 1-2 วัน ถ้าแน่นหน้าอกหรือหายใจลำบากให้รีบไปโรงพยาบาล",
            ),
            (
                "ติดเชื้อแล้วยังต้องฉีดวัคซีนหรือไม่",
                "ควรฉีดตามคำแนะนำของแพทย์ โดยทั่วไปเว้นระยะหลังหายป่วยประมาณ 3 เดือน",
            ),
        ],
    },
    {
        "kind": "faq",
        "audiences": [E],
        "topics": ["covid-prevention"],
        "tags": "ใบรับรอง, คิวอาร์โค้ด, ประเมินตนเอง",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางการประเมินตนเองและการรับรองสถานประกอบการบนแพลตฟอร์ม Thai Stop COVID Plus",
        "reviewed": "2026-10-02",
        "title": "ถาม-ตอบ สำหรับผู้ประกอบการ: ประเมินตนเองและใบรับรอง TSC+",
        "summary": "ขั้นตอนประเมินตนเอง ทำอย่างไรเมื่อไม่ผ่าน และใบรับรองมีอายุเท่าไร",
        "body": "คำถามของผู้ประกอบการที่ใช้แพลตฟอร์ม Thai Stop COVID Plus",
        "faq": [
            (
                "ประเมินตนเองไม่ผ่าน ต้องทำอย่างไร",
                "ดูรายการข้อที่ไม่ผ่านในหน้าผลการประเมิน แต่ละข้อมีคำแนะนำและลิงก์ความรู้ว่าต้องแก้อย่างไร แก้ไขแล้วเริ่มประเมินใหม่ได้ทันที",
            ),
            ("ใบรับรองมีอายุเท่าไร", "ตามที่มาตรฐานกำหนด ระบบจะแจ้งเตือนก่อนหมดอายุ 30 วันและ 7 วัน"),
            (
                "ลูกค้าตรวจสอบใบรับรองได้อย่างไร",
                "สแกนคิวอาร์โค้ดบนใบรับรองหรือโปสเตอร์หน้าร้าน จะเห็นสถานะล่าสุดของใบรับรอง",
            ),
            (
                "ข้อที่มีเครื่องหมาย * หมายถึงอะไร",
                "เป็นข้อสำคัญที่ต้องผ่านทุกข้อ ถึงคะแนนรวมจะสูงก็ยังไม่ผ่านถ้าข้อสำคัญข้อใดไม่ผ่าน",
            ),
        ],
    },
    {
        "kind": "faq",
        "audiences": [S],
        "topics": ["covid-prevention", "community"],
        "tags": "เจ้าหน้าที่, ตรวจประเมิน, ร้องเรียน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางการตรวจประเมินสถานประกอบการและการจัดการเรื่องร้องเรียนสำหรับเจ้าหน้าที่สาธารณสุข",
        "reviewed": "2026-10-02",
        "staff_only": True,
        "title": "ถาม-ตอบ สำหรับเจ้าหน้าที่: ตรวจประเมินและเรื่องร้องเรียน",
        "summary": "ลำดับการตรวจตามคิวความเสี่ยง การบันทึกผล และการปิดเรื่องร้องเรียน",
        "body": "แนวทางสำหรับเจ้าหน้าที่สาธารณสุขในพื้นที่",
        "faq": [
            (
                "ควรตรวจสถานที่ใดก่อน",
                "เริ่มจากคิวความเสี่ยงในหน้าเจ้าหน้าที่ ซึ่งรวมเรื่องร้องเรียน คะแนนจากประชาชน และอายุใบรับรองไว้แล้ว",
            ),
            (
                "ผลการตรวจต่างจากการประเมินตนเอง ทำอย่างไร",
                "บันทึกผลตามที่พบจริง ระบบจะเก็บทั้งสองผลไว้ และเจ้าหน้าที่ตัดสินพักหรือคงใบรับรองได้พร้อมเหตุผล",
            ),
            ("ปิดเรื่องร้องเรียนเมื่อไร", "เมื่อตรวจสอบแล้วและแจ้งผลให้ผู้ร้องเรียนทราบผ่านรหัสติดตาม"),
        ],
    },
    {
        "kind": "video",
        "audiences": [P, E],
        "topics": ["hand-hygiene"],
        "tags": "วิดีโอ, ล้างมือ",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการล้างมือ 7 ขั้นตอนที่ถูกวิธี",
        "reviewed": "2026-10-05",
        "title": "วิดีโอ: สาธิตการล้างมือ 7 ขั้นตอน",
        "summary": "วิดีโอสาธิตการล้างมือทีละขั้น พร้อมคำบรรยายเป็นข้อความ",
        "body": """**คำบรรยาย**

สวัสดีครับ วันนี้เราจะมาล้างมือให้สะอาดจริงกัน เปิดน้ำให้มือเปียก กดสบู่หนึ่งครั้ง
ขั้นที่หนึ่ง ฝ่ามือถูกัน ขั้นที่สอง ฝ่ามือถูหลังมือ สลับข้าง ขั้นที่สาม ถูซอกนิ้ว
ขั้นที่สี่ หลังนิ้วถูฝ่ามือ ขั้นที่ห้า ถูนิ้วโป้ง ขั้นที่หก ปลายนิ้วถูฝ่ามือ ขั้นที่เจ็ด ถูรอบข้อมือ
ล้างน้ำให้สะอาด แล้วเช็ดมือให้แห้ง ใช้เวลาทั้งหมดอย่างน้อยยี่สิบวินาทีครับ""",
    },
    {
        "kind": "video",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "วิดีโอ, แผงลอย, สุขาภิบาลอาหาร",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางสุขาภิบาลอาหารสำหรับแผงลอยจำหน่ายอาหาร",
        "reviewed": "2026-10-05",
        "title": "วิดีโอ: แผงลอยจำหน่ายอาหารสะอาด ทำได้ไม่ยาก",
        "summary": "ผู้ค้าแผงลอยเล่าวิธีจัดแผง เก็บอาหาร และล้างภาชนะให้ถูกสุขลักษณะ",
        "body": """**คำบรรยาย**

ร้านของเราเป็นแผงลอยริมทาง เริ่มจากจัดแผงให้สูงจากพื้น มีตู้กระจกปิดอาหาร
น้ำที่ใช้ล้างภาชนะต้องเปลี่ยนบ่อย ล้างสามขั้น คือ ล้างเศษอาหาร ล้างน้ำยา และล้างน้ำสะอาด
คนขายสวมหมวกคลุมผมและผ้ากันเปื้อน ใช้ที่คีบหยิบอาหาร และแยกคนรับเงินกับคนหยิบอาหาร""",
    },
    {
        "kind": "video",
        "audiences": [P],
        "topics": ["3o2s", "mental-health"],
        "tags": "วิดีโอ, ออกกำลังกาย, ผ่อนคลาย",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการมีกิจกรรมทางกายและการยืดเหยียดสำหรับวัยทำงาน",
        "reviewed": "2026-10-06",
        "title": "วิดีโอ: ยืดเหยียด 10 นาที สำหรับคนทำงาน",
        "summary": "ท่ายืดเหยียดง่าย ๆ ทำได้ที่โต๊ะทำงาน ช่วยลดปวดเมื่อยและผ่อนคลายความเครียด",
        "body": """**คำบรรยาย**

นั่งหลังตรง หายใจเข้าลึก ๆ ยกไหล่ขึ้น แล้วปล่อยลง ทำสิบครั้ง
หมุนคอช้า ๆ ซ้ายและขวา ยืดแขนไปด้านหน้า ประสานมือ ดันฝ่ามือออก ค้างไว้สิบวินาที
ลุกขึ้นยืน เขย่งปลายเท้าขึ้นลงยี่สิบครั้ง ทำทุกชั่วโมงที่นั่งทำงาน""",
    },
    {
        "kind": "infographic",
        "audiences": [P],
        "topics": ["covid-prevention"],
        "tags": "D-M-H-T-T-A, มาตรการ",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: มาตรการป้องกันโรคโควิด 19 ขั้นพื้นฐาน D-M-H-T-T-A",
        "reviewed": "2026-10-06",
        "title": "อินโฟกราฟิก: มาตรการ D-M-H-T-T-A",
        "drawing": "covid_measures",
        "summary": "หกมาตรการหลักในการป้องกันโควิด 19 ในภาพเดียว",
        "alt": "ภาพหกช่องแสดงมาตรการ D เว้นระยะห่าง M สวมหน้ากาก H ล้างมือ T วัดไข้ T ตรวจหาเชื้อ และ A ใช้แอปพลิเคชัน",
        "body": """- **D** Distancing: เว้นระยะห่างอย่างน้อย 1-2 เมตร
- **M** Mask wearing: สวมหน้ากากตลอดเวลา
- **H** Hand washing: ล้างมือบ่อย ๆ
- **T** Temperature: วัดไข้ก่อนเข้าสถานที่
- **T** Testing: ตรวจหาเชื้อเมื่อมีความเสี่ยง
- **A** Application: ใช้แอปพลิเคชันติดตามความเสี่ยง""",
    },
    {
        "kind": "infographic",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "ล้างภาชนะ, ล้างจาน, 3 ขั้นตอน, ร้านอาหาร",
        "source": "กรมอนามัย: คู่มือสุขาภิบาลอาหารสำหรับผู้สัมผัสอาหาร ว่าด้วยการล้างและเก็บภาชนะอุปกรณ์",
        "reviewed": "2026-10-07",
        "title": "อินโฟกราฟิก: ล้างภาชนะ 3 ขั้นตอน",
        "drawing": "dish_washing",
        "summary": "ร้านอาหาร แผงลอย และที่บ้าน ล้างจานชามให้สะอาดใน 3 ขั้นตอน: ขจัดเศษอาหาร ล้างด้วยน้ำยา และล้างด้วยน้ำสะอาด แล้วผึ่งให้แห้งบนชั้นสูงจากพื้น",
        "alt": "ภาพสามอ่างเรียงกัน อ่างแรกขจัดเศษอาหาร อ่างที่สองน้ำยาล้างจาน อ่างที่สามน้ำสะอาด และชั้นวางผึ่งภาชนะ",
        "body": """1. ขจัดเศษอาหารลงถังขยะ
2. ล้างด้วยน้ำผสมน้ำยาล้างจาน
3. ล้างด้วยน้ำสะอาดอีกครั้ง (ถ้าทำได้ ล้างสองอ่าง)

ผึ่งภาชนะให้แห้งบนชั้นที่สูงจากพื้นอย่างน้อย 60 เซนติเมตร ไม่ใช้ผ้าเช็ดจาน""",
    },
    {
        "kind": "infographic",
        "audiences": [P, E],
        "topics": ["hand-hygiene", "covid-prevention"],
        "tags": "ล้างมือ, 7 ขั้นตอน, สบู่",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการล้างมือ 7 ขั้นตอนที่ถูกวิธี",
        "reviewed": "2026-10-07",
        "fixes": ["1.1"],
        "title": "อินโฟกราฟิก: ล้างมือให้สะอาด 7 ขั้นตอน",
        "drawing": "hand_washing",
        "summary": "ล้างมือด้วยสบู่และน้ำให้ครบ 7 ขั้นตอน ขั้นตอนละ 5 ครั้ง รวมอย่างน้อย 20 วินาที ภาพเดียวติดไว้ที่อ่างล้างมือได้",
        "alt": "ภาพ 7 ช่องแสดงขั้นตอนล้างมือ แต่ละช่องเป็นภาพมือที่แรเงาส่วนที่ต้องถู: ฝ่ามือ หลังมือ ซอกนิ้ว หลังนิ้ว นิ้วหัวแม่มือ ปลายนิ้ว และข้อมือ ช่องสุดท้ายเป็นนาฬิกาจับเวลา 20 วินาที",
        "body": """ล้างมือด้วยสบู่และน้ำสะอาด ถูแต่ละขั้นตอน 5 ครั้ง รวมแล้วอย่างน้อย 20 วินาที
1. ฝ่ามือถูฝ่ามือ
2. ฝ่ามือถูหลังมือ ทำทั้งสองข้าง
3. ถูซอกนิ้วมือ
4. หลังนิ้วถูฝ่ามือ
5. ถูนิ้วหัวแม่มือโดยรอบ ทำทั้งสองข้าง
6. ปลายนิ้วถูฝ่ามือ
7. ถูรอบข้อมือ

ล้างน้ำให้สะอาด แล้วเช็ดมือให้แห้งด้วยผ้าหรือกระดาษที่สะอาด""",
    },
    {
        "kind": "document",
        "audiences": [E, S],
        "topics": ["covid-prevention", "food-sanitation"],
        "tags": "คู่มือ, ร้านอาหาร, PDF",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: มาตรการ Thai Stop COVID Plus สำหรับร้านอาหาร",
        "reviewed": "2026-10-08",
        "fixes": ["1.1", "1.2", "1.4", "tsc-food:4.1"],
        "title": "คู่มือย่อ: มาตรการป้องกันโรคสำหรับร้านอาหาร (PDF)",
        "summary": "เอกสารสรุปมาตรการสำหรับร้านอาหารและแผงลอย พิมพ์ติดในร้านได้",
        "body": """คู่มือนี้สรุปมาตรการหลักสำหรับร้านอาหาร ทั้งเรื่องจุดล้างมือ การเว้นระยะห่าง การทำความสะอาดจุดสัมผัสร่วม
และการใช้ช้อนกลาง พิมพ์เป็นแผ่นเดียวติดไว้ในครัวหรือห้องพักพนักงานได้""",
    },
    {
        "kind": "document",
        "audiences": [S],
        "topics": ["health-literacy", "community"],
        "tags": "แนวทาง, องค์กรรอบรู้ด้านสุขภาพ, PDF",
        "source": "กองสุขศึกษา กรมสนับสนุนบริการสุขภาพ: แนวทางการพัฒนาองค์กรรอบรู้ด้านสุขภาพและชุมชนรอบรู้ด้านสุขภาพ",
        "reviewed": "2026-10-08",
        "staff_only": True,
        "title": "แนวทางการจัดกิจกรรมสร้างความรอบรู้ด้านสุขภาพในชุมชน (PDF)",
        "summary": "ขั้นตอนสำหรับเจ้าหน้าที่ในการวางแผน จัดกิจกรรม และติดตามผลการสร้างความรอบรู้ด้านสุขภาพ",
        "body": """แนวทางสำหรับเจ้าหน้าที่สาธารณสุข ตั้งแต่สำรวจปัญหาสุขภาพของชุมชน เลือกกลุ่มเป้าหมาย ออกแบบกิจกรรมตาม 6 ทักษะ
จัดกิจกรรม และติดตามผลด้วยแบบประเมินความรอบรู้ด้านสุขภาพ""",
    },
    {
        "kind": "document",
        "audiences": [P, E],
        "topics": ["environmental-health"],
        "tags": "น้ำดื่ม, ตู้น้ำหยอดเหรียญ, PDF",
        "source": "กรมอนามัย และสำนักงานคณะกรรมการอาหารและยา: คำแนะนำการเลือกน้ำดื่มบรรจุขวดและการใช้ตู้น้ำดื่มหยอดเหรียญอย่างปลอดภัย",
        "reviewed": "2026-10-09",
        "title": "เลือกน้ำดื่มและใช้ตู้น้ำหยอดเหรียญอย่างปลอดภัย (PDF)",
        "summary": "สังเกตฉลากน้ำดื่ม ตรวจสภาพตู้น้ำหยอดเหรียญ และวิธีเก็บน้ำดื่มที่บ้าน",
        "body": """น้ำดื่มบรรจุขวดควรมีเครื่องหมาย อย. ฉลากระบุวันผลิต และขวดไม่บุบหรือรั่ว
ตู้น้ำหยอดเหรียญที่ดีต้องตั้งในที่สะอาด ห่างจากแหล่งสกปรก มีป้ายบอกวันเปลี่ยนไส้กรองล่าสุด และหัวจ่ายน้ำไม่เป็นคราบ""",
    },
]


ITEMS: list[dict[str, Any]] = [*SETTINGS_ITEMS, *seed_outbreaks.ITEMS, *seed_everyday.ITEMS]


def _infographic_svg(spec: dict[str, Any]) -> SimpleUploadedFile:
    """A seeded infographic's image: its SVG, drawn by `infographics`."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tscplus.knowledge import infographics

    svg = getattr(infographics, spec["drawing"])().encode()
    return SimpleUploadedFile("infographic.svg", svg, "image/svg+xml")


def _redraw_placeholder(spec: dict[str, Any]) -> None:
    """An infographic seeded before it was drawn still shows the placeholder PNG (six coloured
    squares): give it its drawing. Editors' uploads are JPEG, so a PNG here is the placeholder."""
    from tscplus.knowledge.models import KnowledgeItem

    item = KnowledgeItem.objects.filter(
        title=spec["title"], language="th", image__endswith=".png"
    ).first()
    if item is not None:
        item.image.delete(save=False)
        item.image.save("infographic.svg", _infographic_svg(spec), save=False)
        item.save(update_fields=["image"])


def _document_pdf(title: str, summary: str, body: str) -> bytes:
    """A seeded document: a one-page PDF in Sarabun, made with WeasyPrint like every PDF here."""
    from django.utils.html import escape

    from tscplus.core.pdf import font_face_css, html_to_pdf
    from tscplus.knowledge.content import markdown_to_html

    html = (
        f"<html lang='th'><head><meta charset='utf-8'><style>{font_face_css()}"
        "body{font-family:Sarabun;font-size:16pt;margin:2cm}h1{font-size:22pt}</style></head>"
        f"<body><h1>{escape(title)}</h1><p><strong>{escape(summary)}</strong></p>"
        f"{markdown_to_html(body)}<p>กรมอนามัย กระทรวงสาธารณสุข</p></body></html>"
    )
    return html_to_pdf(html)


def _reviewed(spec: dict[str, Any]) -> datetime.date:
    return datetime.date.fromisoformat(spec["reviewed"]) if "reviewed" in spec else clock.today()


def seed_knowledge() -> int:
    """Add the seeded items that are missing (by title) and publish them, index the hub, and add
    the seeded synonyms that are missing; returns how many items were added. Runs inside one
    transaction."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction
    from django.utils import timezone

    from tscplus.knowledge.choices import Status
    from tscplus.knowledge.content import markdown_to_html, pdf_text
    from tscplus.knowledge.indexing import SCOPE
    from tscplus.knowledge.models import FaqEntry, FixLink, KnowledgeItem, Revision, Topic
    from tscplus.search.services import reindex
    from tscplus.search.synonyms import seed_synonyms
    from tscplus.standards.selectors import TSC_STANDARDS, standards_coded

    topics = {t.code: t for t in Topic.objects.all()}
    tsc = list(standards_coded(TSC_STANDARDS))
    added: list[int] = []
    now = timezone.now()
    with transaction.atomic():
        for spec in ITEMS:
            if KnowledgeItem.objects.filter(title=spec["title"], language="th").exists():
                if spec["kind"] == "infographic":
                    _redraw_placeholder(spec)
                continue
            item = KnowledgeItem(
                kind=spec["kind"],
                title=spec["title"],
                summary=spec["summary"],
                body=spec["body"],
                body_html=markdown_to_html(spec["body"]),
                tags=spec.get("tags", ""),
                source=spec.get("source", ""),
                staff_only=spec.get("staff_only", False),
                for_public=P in spec["audiences"],
                for_establishments=E in spec["audiences"],
                for_staff=S in spec["audiences"],
                status=Status.PUBLISHED,
                published_at=now,
                reviewed_on=_reviewed(spec),
                image_alt=spec.get("alt", ""),
                video_url=VIDEO_URL if spec["kind"] == "video" else "",
            )
            if spec["kind"] == "infographic":
                item.image.save("infographic.svg", _infographic_svg(spec), save=False)
            if spec["kind"] == "document":
                pdf = SimpleUploadedFile(
                    "document.pdf",
                    _document_pdf(spec["title"], spec["summary"], spec["body"]),
                    "application/pdf",
                )
                item.document_text = pdf_text(pdf)
                item.document.save("document.pdf", pdf, save=False)
            item.save()
            item.topics.set([topics[c] for c in spec["topics"]])
            FaqEntry.objects.bulk_create(
                FaqEntry(item=item, order=i, question=q, answer=a)
                for i, (q, a) in enumerate(spec.get("faq", []))
            )
            # "1.1": that item of every TSC+ standard; "tsc-food:4.1": of one standard only.
            FixLink.objects.bulk_create(
                FixLink(item=item, standard=standard, item_code=code.split(":")[-1])
                for code in spec.get("fixes", [])
                for standard in tsc
                if ":" not in code or standard.code == code.split(":")[0]
            )
            Revision.objects.create(
                item=item,
                number=1,
                title=item.title,
                summary=item.summary,
                body=item.body,
                editor=None,
                note="seed",
            )
            added.append(item.pk)
            if "en" in spec:
                title, summary, body = spec["en"]
                english = KnowledgeItem.objects.create(
                    kind=item.kind if item.kind != "infographic" else "article",
                    language="en",
                    translation_of=item,
                    title=title,
                    summary=summary,
                    body=body,
                    body_html=markdown_to_html(body),
                    tags=spec.get("en_tags", ""),
                    source=item.source,
                    for_public=item.for_public,
                    for_establishments=item.for_establishments,
                    for_staff=item.for_staff,
                    status=Status.PUBLISHED,
                    published_at=now,
                    reviewed_on=item.reviewed_on,
                )
                english.topics.set(item.topics.all())
                added.append(english.pk)
        # The whole hub, not only what was added: an index made by an older version is redone.
        reindex([SCOPE])
        seed_synonyms()
    return len(added)
