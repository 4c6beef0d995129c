"""Seeded knowledge (see seed.py for the keys of an item): food safety (street food, reused frying oil, food poisoning), drinking water and water dispensers, public toilets, PM2.5 and smoke, heat stroke, older people, stress and sleep. Written in our own words
from the public advice of the Department of Health and its sister departments, each item with its
source and the date it was last checked against it."""

from __future__ import annotations

from typing import Any

P, E, S = "public", "establishments", "staff"
ITEMS: list[dict[str, Any]] = [
    # ---- Food safety ----
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["food-sanitation"],
        "tags": "อาหารริมทาง, สตรีทฟู้ด, แผงลอย, เลือกซื้ออาหาร",
        "title": "เลือกซื้ออาหารริมทางอย่างไรให้ปลอดภัย",
        "summary": "สังเกตร้าน คนขาย และอาหารก่อนซื้อ 6 ข้อ ช่วยให้กินอาหารริมทางได้อร่อยโดยไม่ท้องเสีย",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการเลือกซื้ออาหารริมบาทวิถี (Street Food) ให้สะอาดปลอดภัย",
        "reviewed": "2026-09-14",
        "body": """อาหารริมทางเป็นมื้อหลักของคนทำงานจำนวนมาก ส่วนใหญ่ปลอดภัยถ้ารู้จักเลือก ใช้เวลาสังเกตไม่ถึงนาที

## ดูที่ร้าน
- แผงตั้งสูงจากพื้นอย่างน้อย 60 เซนติเมตร ไม่ตั้งติดท่อระบายน้ำ กองขยะ หรือถนนที่ฝุ่นมาก
- อาหารปรุงสำเร็จมีฝาปิด ตู้กระจก หรือพลาสติกคลุม ไม่มีแมลงวันตอม
- มีภาชนะใส่น้ำสะอาดสำหรับล้างมือและล้างภาชนะ ไม่ล้างจานในถังน้ำใบเดียวทั้งวัน
- ร้านที่มีป้าย Clean Food Good Taste ผ่านการตรวจจากหน่วยงานท้องถิ่นมาแล้ว

## ดูที่คนขาย
- ใช้ที่คีบหรือช้อนหยิบอาหารที่ปรุงสุกแล้ว ไม่หยิบด้วยมือเปล่า
- คนที่รับเงินไม่ควรหยิบอาหารต่อทันที ถ้าต้องทำทั้งสองอย่างควรล้างมือหรือสวมถุงมือ
- แต่งกายสะอาด มีผ้ากันเปื้อนและหมวกหรือเน็ตคลุมผม

## ดูที่อาหาร
- เลือกอาหารที่ปรุงร้อนใหม่ ๆ เช่น ผัด ต้ม ทอด ต่อหน้า
- ระวังอาหารที่มีกะทิ ยำ และของที่วางไว้นานในอากาศร้อน โดยเฉพาะช่วงบ่าย
- อาหารทะเลและเนื้อสัตว์ต้องสุกทั่วถึง ไม่มีสีชมพูหรือเลือดซึม
- น้ำแข็งสำหรับใส่แก้วต้องแยกจากน้ำแข็งที่แช่ขวดหรือแช่ของสด
- ถุงและกล่องใส่อาหารต้องสะอาด ไม่ใช้ถุงพิมพ์ลายหรือกระดาษหนังสือพิมพ์ห่อของทอด

## หลังซื้อ
กินภายใน 2 ชั่วโมง ถ้ายังไม่กินให้แช่ตู้เย็นแล้วอุ่นให้ร้อนทั่วก่อนกิน ถ้ากินแล้วท้องเสียหรืออาเจียน ดื่มผงเกลือแร่และสังเกตอาการ""",
        "en": (
            "Choosing street food safely",
            "Six things to look at in the stall, the vendor and the food before you buy, so street food stays tasty and does not upset your stomach.",
            """Street food is the main meal of many working people. Most of it is safe if you know what to look for, and checking takes less than a minute.

## Look at the stall
- The stall stands at least 60 cm above the ground, away from drains, rubbish piles and dusty roads
- Cooked food is covered with lids, a glass cabinet or a plastic cover, with no flies on it
- There is clean water for washing hands and dishes; dishes are not washed all day in one bucket
- Stalls with the Clean Food Good Taste sign have been inspected by the local authority

## Look at the vendor
- Cooked food is picked up with tongs or a spoon, not bare hands
- Whoever takes the money should not handle food straight afterwards without washing hands or wearing gloves
- Clean clothes, an apron and a hair cover

## Look at the food
- Choose food cooked hot in front of you: stir-fried, boiled or fried
- Be careful with coconut-milk dishes, spicy salads and food left out in the heat, especially in the afternoon
- Seafood and meat must be cooked through, with no pink or bloody parts
- Ice for drinks must be kept apart from ice used to chill bottles or raw food
- Bags and boxes must be clean; printed bags or newspaper should never touch fried food

## After you buy
Eat within 2 hours. If you are not eating it yet, put it in the fridge and reheat it until hot all through. If you get diarrhoea or vomiting afterwards, drink oral rehydration salts and watch your symptoms.""",
        ),
        "en_tags": "street food, food stall, choosing food, food safety",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "แผงลอย, รถเข็นขายอาหาร, ผู้ค้าอาหารริมทาง, สุขาภิบาลอาหาร",
        "title": "ขายอาหารริมทางให้สะอาด: เช็กลิสต์ประจำวันสำหรับแผงลอยและรถเข็น",
        "summary": "สิ่งที่ผู้ค้าอาหารริมทางควรตรวจก่อนเปิดร้าน ระหว่างขาย และหลังปิดร้าน ให้ลูกค้ามั่นใจและผ่านการตรวจของท้องถิ่น",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางสุขาภิบาลอาหารสำหรับแผงลอยจำหน่ายอาหาร",
        "reviewed": "2026-09-14",
        "body": """แผงลอยเล็ก ๆ ก็ทำให้สะอาดได้ด้วยนิสัยประจำวัน ใช้เช็กลิสต์นี้ทุกวันจนเป็นเรื่องปกติ

## ก่อนเปิดร้าน
- ตั้งแผงให้โต๊ะวางอาหารสูงจากพื้นอย่างน้อย 60 เซนติเมตร ห่างจากท่อระบายน้ำและที่ทิ้งขยะ
- ซื้อวัตถุดิบสดจากแหล่งที่เชื่อถือได้ เนื้อสัตว์แช่เย็นในกล่องน้ำแข็งที่มีฝาปิด
- เตรียมน้ำสะอาดสำหรับล้างมือ และน้ำสำหรับล้างภาชนะแยกกัน
- เขียงและมีดแยกสำหรับของดิบกับของสุก (ใช้สีต่างกันช่วยให้ไม่สับสน)
- ผู้ขายสวมผ้ากันเปื้อน หมวกหรือเน็ตคลุมผม ตัดเล็บสั้น ถ้ามีแผลที่มือให้ปิดแผลและสวมถุงมือ

## ระหว่างขาย
- ปิดฝาหรือครอบอาหารปรุงสำเร็จเสมอ
- ใช้ที่คีบ ทัพพี หรือถุงมือหยิบอาหาร ไม่ใช้มือเปล่า
- แยกคนรับเงินกับคนหยิบอาหาร ถ้าขายคนเดียวให้ใช้ถุงมือหรือล้างมือหลังจับเงิน หรือรับชำระด้วยคิวอาร์โค้ด
- อาหารที่วางเกิน 2 ชั่วโมงในอากาศร้อน อุ่นให้เดือดหรือร้อนจัดก่อนขายต่อ
- น้ำแข็งสำหรับบริโภคใส่ถังมีฝา ใช้ที่ตักมีด้าม ไม่แช่ขวดหรือของสดรวมกัน
- ล้างภาชนะ 3 ขั้นตอน: ขูดเศษอาหาร ล้างด้วยน้ำยาล้างจาน แล้วล้างด้วยน้ำสะอาดอีกครั้ง ผึ่งให้แห้งบนชั้นสูงจากพื้น

## หลังปิดร้าน
- ทิ้งอาหารที่เหลือซึ่งเสียง่าย เช่น แกงกะทิ ยำ ไม่เก็บไว้ขายวันรุ่งขึ้น
- เก็บขยะใส่ถุงมัดปาก ทิ้งในที่ที่ท้องถิ่นกำหนด ไม่เทน้ำมันหรือเศษอาหารลงท่อ
- ล้างแผง รถเข็น และอุปกรณ์ ตากให้แห้ง

ผู้ค้าควรผ่านการอบรมผู้สัมผัสอาหาร และขอคำแนะนำจากเจ้าหน้าที่สาธารณสุขของเทศบาลหรือ อบต. ได้""",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["food-sanitation"],
        "tags": "น้ำมันทอดซ้ำ, สารโพลาร์, ชุดทดสอบ, ร้านของทอด",
        "title": "น้ำมันทอดซ้ำ: ร้านของทอดควรเปลี่ยนน้ำมันเมื่อไร และตรวจสารโพลาร์อย่างไร",
        "summary": "น้ำมันที่ใช้ทอดซ้ำจนเสื่อมมีสารโพลาร์สูงและเป็นอันตราย มาตรฐานกำหนดไม่เกินร้อยละ 25 ร้านตรวจเองได้ด้วยชุดทดสอบและการสังเกต",
        "source": "กรมอนามัย และสำนักงานคณะกรรมการอาหารและยา: มาตรฐานน้ำมันทอดซ้ำและชุดทดสอบสารโพลาร์",
        "reviewed": "2026-08-03",
        "body": """น้ำมันที่ถูกความร้อนสูงซ้ำหลายรอบจะเสื่อม เกิดสารโพลาร์และสารก่อมะเร็งบางชนิด ทั้งคนทอดที่สูดควันทุกวันและลูกค้าที่กินของทอดได้รับผลเสีย กฎหมายกำหนดว่าน้ำมันทอดอาหารที่ขายต้องมีสารโพลาร์ **ไม่เกินร้อยละ 25**

## สัญญาณว่าน้ำมันเสื่อมแล้ว
- สีเข้มคล้ำ ขุ่น จนมองไม่เห็นก้นกระทะ
- เหนียวข้น มีฟองมากและฟองไม่ยุบ
- เกิดควันเร็วแม้ไฟไม่แรง
- มีกลิ่นเหม็นหืน ของทอดอมน้ำมันและสีเข้มเร็วผิดปกติ

เห็นสัญญาณเหล่านี้ข้อใดข้อหนึ่ง ให้เปลี่ยนน้ำมันทั้งหมด

## ตรวจด้วยชุดทดสอบสารโพลาร์
1. ตักน้ำมันที่เย็นลงแล้วตามปริมาณที่ระบุในคู่มือของชุดทดสอบ
2. ผสมกับน้ำยาทดสอบ เขย่าแล้วรอตามเวลาที่กำหนด
3. เทียบสีกับแถบสีมาตรฐาน ถ้าผลเกินเกณฑ์ ต้องเปลี่ยนน้ำมันทันที

ร้านที่ไม่มีชุดทดสอบ ติดต่อเจ้าหน้าที่สาธารณสุขของเทศบาลหรือศูนย์อนามัยในพื้นที่ ซึ่งมักออกตรวจให้ในตลาดและร้านค้า

## ใช้น้ำมันให้เสื่อมช้าลง
- ทอดที่ไฟปานกลาง ไม่ปล่อยให้น้ำมันร้อนจนเกิดควัน
- ซับน้ำและเคาะแป้งส่วนเกินออกก่อนทอด ช้อนเศษอาหารที่ตกค้างออกบ่อย ๆ
- กรองน้ำมันหลังเลิกใช้ เก็บในภาชนะปิดทึบแสง
- **ไม่เติมน้ำมันใหม่ลงในน้ำมันเก่า** เพราะน้ำมันเก่าทำให้น้ำมันใหม่เสื่อมเร็ว
- แยกน้ำมันทอดเนื้อสัตว์ ทอดปลา และทอดแป้ง

## น้ำมันที่เลิกใช้แล้ว
ห้ามเทลงท่อหรือพื้นดิน ใส่ภาชนะปิดและขายหรือมอบให้ผู้รับซื้อน้ำมันใช้แล้วที่นำไปผลิตไบโอดีเซล ไม่ขายต่อให้คนที่นำไปทอดอาหารอีก""",
        "en": (
            "Reused frying oil: when a fried-food stall should change its oil, and how to test for polar compounds",
            "Oil fried in again and again breaks down into polar compounds that are harmful. The legal limit is 25 per cent; a stall can check its oil with a test kit and by looking at it.",
            """Oil heated to high temperatures over and over breaks down and forms polar compounds and some cancer-causing substances. Both the cook who breathes the fumes every day and the customers who eat the food are affected. Frying oil used for food that is sold must contain **no more than 25 per cent** polar compounds.

## Signs the oil has gone bad
- Dark and cloudy, so you cannot see the bottom of the pan
- Thick and sticky, with a lot of foam that does not go down
- Smokes quickly even on moderate heat
- Smells rancid; food soaks up oil and browns unusually fast

If you see any of these, change all the oil.

## Testing with a polar compound test kit
1. Take a sample of cooled oil, as much as the kit's instructions say
2. Mix it with the test reagent, shake and wait for the stated time
3. Compare the colour with the chart; if it is over the limit, change the oil at once

If you have no kit, contact the municipality's health officers or the regional health centre, who often test oil at markets and shops.

## Making oil last longer
- Fry on moderate heat; never let the oil smoke
- Pat food dry and shake off extra batter; skim off bits of food often
- Strain the oil after use and keep it covered in a dark container
- **Do not top up old oil with new oil**: the old oil makes the new oil break down faster
- Keep separate oil for meat, fish and battered snacks

## Oil you no longer use
Never pour it down the drain or onto the ground. Keep it in a closed container and sell or give it to used-oil collectors who make biodiesel; never sell it to anyone who will fry food in it again.""",
        ),
        "en_tags": "reused frying oil, polar compounds, test kit, fried food stall",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["food-sanitation"],
        "tags": "น้ำมันทอดซ้ำ, ของทอด, ทอดอาหารที่บ้าน",
        "title": "ถาม-ตอบ น้ำมันทอดซ้ำ สำหรับคนซื้อของทอดและคนทอดที่บ้าน",
        "summary": "ดูอย่างไรว่าร้านใช้น้ำมันเก่า กินของทอดบ่อยเสี่ยงอะไร และที่บ้านใช้น้ำมันซ้ำได้กี่ครั้ง",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการบริโภคและการใช้น้ำมันทอดซ้ำ",
        "reviewed": "2026-08-03",
        "body": "คำถามที่คนชอบกินของทอด และคนที่ทอดอาหารเองที่บ้านถามบ่อย",
        "faq": [
            (
                "ซื้อของทอดอย่างไรไม่ให้ได้น้ำมันเก่า",
                "มองน้ำมันในกระทะ ถ้าดำคล้ำ ข้นเหนียว มีฟองมาก หรือมีควันขึ้นตลอด ควรเลี่ยง ของทอดที่สีเข้มผิดปกติ มีกลิ่นหืน หรืออมน้ำมันมาก เป็นสัญญาณของน้ำมันเสื่อม ร้านที่ผ่านการตรวจสารโพลาร์หรือมีป้ายรับรองจากท้องถิ่นช่วยให้มั่นใจขึ้น",
            ),
            (
                "กินของทอดจากน้ำมันทอดซ้ำบ่อย ๆ อันตรายอย่างไร",
                "สารที่เกิดจากน้ำมันเสื่อมระคายเคืองทางเดินอาหาร และเมื่อได้รับสะสมเป็นเวลานานเพิ่มความเสี่ยงต่อโรคหัวใจและหลอดเลือด และอาจเพิ่มความเสี่ยงมะเร็ง นอกจากนี้ของทอดให้พลังงานและไขมันสูง จึงควรกินแต่น้อยไม่ว่าน้ำมันจะใหม่หรือเก่า",
            ),
            (
                "ที่บ้านใช้น้ำมันทอดซ้ำได้กี่ครั้ง",
                "ไม่มีจำนวนครั้งที่ตายตัว ขึ้นกับความร้อนและชนิดอาหาร ให้ดูจากสภาพน้ำมัน ถ้าสีเข้ม ข้น มีฟองหรือควันมาก หรือมีกลิ่นหืน ให้ทิ้ง ทางที่ดีใช้น้ำมันพอดีกับอาหารแต่ละครั้ง และกรองเศษอาหารออกก่อนเก็บ",
            ),
            (
                "เติมน้ำมันใหม่ลงไปในน้ำมันเก่าได้ไหม",
                "ไม่ควร เพราะสารที่เสื่อมในน้ำมันเก่าเร่งให้น้ำมันใหม่เสื่อมตามไปด้วย ถ้าน้ำมันเก่าเริ่มเสื่อมให้ทิ้งทั้งหมดแล้วใช้น้ำมันใหม่",
            ),
            (
                "น้ำมันที่ใช้แล้วทิ้งอย่างไร",
                "รอให้เย็น เทใส่ขวดหรือภาชนะที่ปิดได้ แล้วทิ้งรวมกับขยะทั่วไปหรือมอบให้จุดรับน้ำมันใช้แล้วในชุมชน ห้ามเทลงอ่างล้างจานหรือท่อระบายน้ำ เพราะทำให้ท่ออุดตันและน้ำเน่าเสีย",
            ),
            (
                "พบร้านที่ใช้น้ำมันดำมากแจ้งใครได้",
                "แจ้งเจ้าหน้าที่สาธารณสุขของเทศบาลหรือ อบต. ในพื้นที่ หรือสายด่วน อย. 1556",
            ),
        ],
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention", "food-sanitation"],
        "tags": "อาหารเป็นพิษ, ท้องเสีย, ผงเกลือแร่, อาเจียน",
        "title": "อาหารเป็นพิษ: อาการ การดื่มผงเกลือแร่ และเมื่อไรต้องไปหาหมอ",
        "summary": "ท้องเสียและอาเจียนหลังกินอาหาร ส่วนใหญ่หายเองใน 1-3 วัน สิ่งสำคัญคือชดเชยน้ำด้วยผงน้ำตาลเกลือแร่ และรู้สัญญาณอันตรายที่ต้องไปโรงพยาบาล",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการป้องกันและดูแลโรคอาหารเป็นพิษและโรคอุจจาระร่วง",
        "reviewed": "2026-07-20",
        "body": """อาหารเป็นพิษเกิดจากกินอาหารหรือน้ำที่มีเชื้อโรคหรือสารพิษของเชื้อ พบบ่อยในหน้าร้อนและหลังงานเลี้ยงที่อาหารวางไว้นาน

## อาการ
- คลื่นไส้ อาเจียน ปวดท้อง ถ่ายเหลว
- อาจมีไข้ต่ำ ๆ และอ่อนเพลีย
- มักเริ่มภายในไม่กี่ชั่วโมงถึง 1-2 วันหลังกิน และหลายคนที่กินอาหารเดียวกันมักป่วยพร้อมกัน

## ดูแลตัวเองที่บ้าน
1. **ดื่มผงน้ำตาลเกลือแร่ (ORS)** ผสมตามฉลาก จิบบ่อย ๆ ทีละน้อย โดยเฉพาะหลังถ่ายหรืออาเจียนแต่ละครั้ง
2. ถ้าไม่มี ทำเองได้: น้ำต้มสุกที่เย็นแล้ว 1 ขวดกลม (ประมาณ 750 มิลลิลิตร) ผสมน้ำตาลทราย 2 ช้อนโต๊ะ และเกลือป่นครึ่งช้อนชา
3. เครื่องดื่มเกลือแร่สำหรับนักกีฬาและน้ำอัดลมมีน้ำตาลมาก ไม่เหมาะใช้แทนผงน้ำตาลเกลือแร่
4. กินอาหารอ่อน ๆ เช่น ข้าวต้ม โจ๊ก ทีละน้อย ไม่ต้องงดอาหาร เด็กเล็กให้นมแม่ต่อได้
5. **ไม่ควรกินยาหยุดถ่ายเอง** เพราะทำให้เชื้อและสารพิษค้างอยู่ในลำไส้
6. ผสมผงเกลือแร่แล้วดื่มให้หมดภายใน 24 ชั่วโมง

## ไปพบแพทย์ทันทีเมื่อ
- ถ่ายเป็นน้ำมากหรือถ่ายมีมูกเลือด
- อาเจียนมากจนดื่มน้ำไม่ได้
- มีไข้สูง ปวดท้องรุนแรง
- มีอาการขาดน้ำ: ปากแห้ง ปัสสาวะน้อยหรือสีเข้มมาก หน้ามืด ใจสั่น ซึมลง
- เป็นเด็กเล็ก ผู้สูงอายุ หญิงตั้งครรภ์ หรือมีโรคประจำตัว
- อาการไม่ดีขึ้นภายใน 2 วัน

ถ้าซึมมาก หมดสติ หรือชัก โทร **1669**

## ป้องกัน
กินร้อน ช้อนกลาง ล้างมือ เลือกอาหารที่ปรุงสุกใหม่ และระวังอาหารที่วางไว้นานเกิน 2 ชั่วโมง ถ้าป่วยพร้อมกันหลายคน แจ้งเจ้าหน้าที่สาธารณสุขในพื้นที่หรือสายด่วนกรมควบคุมโรค **1422** เพื่อสอบสวนหาต้นเหตุ""",
        "en": (
            "Food poisoning: symptoms, oral rehydration salts, and when to see a doctor",
            "Diarrhoea and vomiting after a meal usually clear up in 1-3 days. What matters is replacing lost fluid with oral rehydration salts and knowing the danger signs that need a hospital.",
            """Food poisoning comes from food or water carrying germs or their toxins. It is common in the hot season and after parties where food was left out for a long time.

## Symptoms
- Nausea, vomiting, stomach ache, watery stools
- Sometimes a mild fever and tiredness
- Usually starts a few hours to 1-2 days after eating, and several people who ate the same food often fall ill together

## Caring for yourself at home
1. **Drink oral rehydration salts (ORS)** mixed as the packet says; sip often, especially after each loose stool or vomit
2. Without a packet you can make it: one round bottle (about 750 ml) of cooled boiled water with 2 tablespoons of sugar and half a teaspoon of salt
3. Sports drinks and soft drinks contain a lot of sugar and are not a substitute for ORS
4. Eat soft food such as rice soup or congee in small amounts; there is no need to stop eating, and babies can keep breastfeeding
5. **Do not take anti-diarrhoea medicine on your own**: it keeps the germs and toxins in the gut
6. Drink mixed ORS within 24 hours

## See a doctor at once if
- Stools are very watery or contain mucus or blood
- Vomiting is so bad you cannot keep water down
- There is a high fever or severe stomach pain
- There are signs of dehydration: dry mouth, little or very dark urine, dizziness, a racing heart, drowsiness
- The sick person is a young child, an older person, pregnant, or has a chronic illness
- Symptoms are not better within 2 days

If the person is very drowsy, unconscious or has a seizure, call **1669**.

## Prevention
Eat food hot, use serving spoons, wash your hands, choose freshly cooked food and be wary of food left out for more than 2 hours. If several people fall ill together, tell the local health office or the Department of Disease Control hotline **1422** so the cause can be traced.""",
        ),
        "en_tags": "food poisoning, diarrhoea, ORS, vomiting",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["food-sanitation", "disease-prevention"],
        "tags": "อาหารเหลือ, ตู้เย็น, อุ่นอาหาร, เก็บอาหาร",
        "title": "เก็บอาหารที่เหลือและใช้ตู้เย็นให้ถูกวิธี",
        "summary": "แช่เย็นอาหารที่เหลือภายใน 2 ชั่วโมง แบ่งใส่กล่องมีฝา จัดของในตู้เย็นให้ถูกชั้น และอุ่นให้ร้อนทั่วก่อนกิน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการเก็บรักษาอาหารและการใช้ตู้เย็นในครัวเรือน",
        "reviewed": "2026-07-20",
        "body": """เชื้อโรคในอาหารเพิ่มจำนวนเร็วที่สุดเมื่ออาหารอุ่น ๆ วางไว้ในอุณหภูมิห้อง ตู้เย็นช่วยชะลอได้ แต่ไม่ได้ฆ่าเชื้อ

## เก็บอาหารที่เหลือ
- แช่ตู้เย็นภายใน **2 ชั่วโมง** หลังปรุงหรือซื้อมา (อากาศร้อนจัดยิ่งต้องเร็วขึ้น)
- แบ่งอาหารหม้อใหญ่ใส่กล่องเล็กตื้น ๆ ที่มีฝาปิด ให้เย็นเร็ว ไม่ต้องรอให้เย็นสนิทก่อนเข้าตู้
- เขียนวันที่ไว้บนกล่อง และกินให้หมดภายใน 1-2 วัน
- อาหารที่เคยอุ่นแล้วอย่าเก็บกลับไปอุ่นซ้ำอีกหลายรอบ ตักแยกมาอุ่นเฉพาะที่จะกิน

## จัดตู้เย็น
- ตั้งช่องธรรมดาให้เย็นไม่เกิน 5 องศาเซลเซียส ช่องแช่แข็งประมาณ -18 องศาเซลเซียส
- ไม่ยัดของจนแน่น ให้ลมเย็นไหลเวียนได้
- อาหารสุกและของพร้อมกินไว้ชั้นบน เนื้อสัตว์ดิบใส่กล่องหรือถุงปิดสนิทไว้ชั้นล่างสุด กันน้ำหยดใส่ของอื่น
- ผักผลไม้ล้างแล้วซับให้แห้งก่อนเก็บในช่องผัก
- ละลายเนื้อแช่แข็งในช่องธรรมดาข้ามคืน หรือในไมโครเวฟแล้วปรุงทันที ไม่วางละลายบนโต๊ะครัว
- ล้างตู้เย็นและทิ้งของหมดอายุทุกสัปดาห์ ถ้าไฟดับนาน ให้ตรวจอาหารก่อนกิน

## อุ่นก่อนกิน
อุ่นให้ร้อนจัดทั่วถึงจนเดือดหรือมีไอร้อนขึ้นทั้งหมด ถ้าใช้ไมโครเวฟให้คนกลางรอบแล้วอุ่นต่อ

## ทิ้งเลยเมื่อ
มีกลิ่นเปรี้ยวหรือบูด เป็นเมือก มีฟอง มีรา หรือจำไม่ได้ว่าเก็บมานานเท่าไร แกงกะทิ ข้าวผัด และอาหารทะเลเสียง่ายเป็นพิเศษ การอุ่นซ้ำไม่ได้ทำลายสารพิษที่เชื้อบางชนิดสร้างไว้แล้ว **ถ้าไม่แน่ใจ ให้ทิ้ง**""",
        "en": (
            "Storing leftovers and using the fridge properly",
            "Refrigerate leftovers within 2 hours in covered boxes, put things on the right shelf, and reheat until hot all through before eating.",
            """Germs in food multiply fastest when warm food sits at room temperature. A fridge slows them down but does not kill them.

## Storing leftovers
- Refrigerate within **2 hours** of cooking or buying (sooner in very hot weather)
- Divide a big pot into small, shallow boxes with lids so it cools quickly; there is no need to wait until it is completely cold
- Write the date on the box and finish it within 1-2 days
- Do not reheat the same food again and again; take out and heat only what you will eat

## Arranging the fridge
- Keep the main compartment at 5 degrees Celsius or colder and the freezer at about -18 degrees
- Do not pack it full; cold air must circulate
- Cooked and ready-to-eat food on the upper shelves; raw meat in closed boxes or bags on the bottom shelf so its juices cannot drip onto other food
- Dry washed fruit and vegetables before putting them in the crisper
- Thaw frozen meat in the fridge overnight, or in the microwave and cook it straight away; never on the kitchen counter
- Clean the fridge and throw out expired food every week; after a long power cut, check the food before eating it

## Reheating
Heat until steaming hot all the way through or boiling. In a microwave, stir halfway and heat again.

## Throw it away when
It smells sour or off, is slimy or foamy, has mould, or you cannot remember how long it has been stored. Coconut-milk curries, fried rice and seafood spoil especially easily. Reheating does not destroy the toxins some germs have already made. **When in doubt, throw it out.**""",
        ),
        "en_tags": "leftovers, fridge, reheating food, food storage",
    },
    {
        "kind": "article",
        "audiences": [P, S],
        "topics": ["disease-prevention", "food-sanitation"],
        "tags": "ปลาร้า, ส้มตำ, ลาบดิบ, ก้อยปลา, พยาธิใบไม้ตับ, มะเร็งท่อน้ำดี",
        "title": "ปลาร้า ส้มตำ ลาบดิบ ก้อยปลา: กินอย่างไรไม่เสี่ยงพยาธิใบไม้ตับ",
        "summary": "ปลาน้ำจืดมีเกล็ดที่กินดิบหรือสุก ๆ ดิบ ๆ เป็นต้นเหตุของพยาธิใบไม้ตับและมะเร็งท่อน้ำดี เปลี่ยนมากินปลาสุกและปลาร้าต้มสุกช่วยตัดวงจรได้",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการป้องกันโรคพยาธิใบไม้ตับและมะเร็งท่อน้ำดี",
        "reviewed": "2026-06-11",
        "body": """พยาธิใบไม้ตับพบมากในภาคอีสานและภาคเหนือ ตัวอ่อนของพยาธิอยู่ในเนื้อปลาน้ำจืดมีเกล็ดตระกูลปลาตะเพียน เช่น ปลาขาว ปลาสูด ปลาแม่สะแด้ง ปลาตะเพียน เมื่อกินปลาดิบหรือสุก ๆ ดิบ ๆ พยาธิจะไปอาศัยในท่อน้ำดีได้นานหลายปี ทำให้ท่อน้ำดีอักเสบเรื้อรัง และเพิ่มความเสี่ยงต่อ **มะเร็งท่อน้ำดี** ซึ่งมักพบเมื่อโรคเป็นมากแล้ว

## เมนูที่เสี่ยง
- ก้อยปลา ลาบปลาดิบ ปลาส้มดิบ ปลาจ่อม
- ปลาร้าที่หมักไม่นานแล้วกินดิบ เช่น ใส่ในส้มตำหรือแจ่วโดยไม่ต้ม
- ลาบหรือหลู้เนื้อหมูดิบยังเสี่ยงโรคอื่นอีก เช่น โรคไข้หูดับ และพยาธิจากเนื้อหมู

## กินอย่างไรให้ปลอดภัย
- **ปรุงปลาน้ำจืดให้สุกทุกครั้ง** ความร้อนทำลายตัวอ่อนพยาธิได้ แต่การบีบมะนาว ใส่พริก หรือใส่เหล้า ทำลายไม่ได้
- ใช้ **ปลาร้าต้มสุก** ในส้มตำ แจ่ว และน้ำพริก ร้านส้มตำควรต้มน้ำปลาร้าให้เดือดก่อนใช้
- ซื้อปลาร้าจากผู้ผลิตที่มีเลขสารบบอาหาร (อย.)
- ลาบ ก้อย ทำแบบสุกได้อร่อยเหมือนกัน
- ถ่ายอุจจาระลงส้วมเสมอ เพื่อไม่ให้ไข่พยาธิลงสู่แหล่งน้ำและวนกลับมาในปลา

## ถ้าเคยกินปลาดิบมานาน
- พยาธิใบไม้ตับมักไม่มีอาการ บางคนมีท้องอืด แน่นท้องด้านขวาบน เบื่ออาหาร
- ขอตรวจอุจจาระหาไข่พยาธิที่ รพ.สต. หรือโรงพยาบาลใกล้บ้าน ถ้าพบ แพทย์จะให้ยาฆ่าพยาธิ
- ไม่ควรซื้อยาถ่ายพยาธิกินเองเป็นประจำ เพราะไม่ได้ป้องกันการติดซ้ำ การเลิกกินดิบสำคัญกว่า
- ผู้ที่อายุ 40 ปีขึ้นไปในพื้นที่เสี่ยง สอบถามเจ้าหน้าที่เรื่องการตรวจคัดกรองมะเร็งท่อน้ำดีด้วยอัลตราซาวด์
- ตัวเหลือง ตาเหลือง คันตามตัว ปัสสาวะสีเข้ม อุจจาระซีด หรือน้ำหนักลดโดยไม่ทราบสาเหตุ ให้ไปพบแพทย์โดยเร็ว

## สำหรับเจ้าหน้าที่
ชวน อสม. และโรงเรียนรณรงค์เมนูปลาสุก ตรวจอุจจาระในกลุ่มเสี่ยง และติดตามผู้ที่ได้ยาแล้วให้เลิกกินปลาดิบ เพราะการติดซ้ำพบได้บ่อย""",
        "en": (
            "Pla ra, som tam, raw larb and koi pla: eating them without the risk of liver fluke",
            "Raw or undercooked scaled freshwater fish carries the liver fluke, which causes bile duct cancer. Eating cooked fish and boiled pla ra breaks the cycle.",
            """The liver fluke is common in the Northeast and the North. Its larvae live in the flesh of scaled freshwater fish of the carp family. When the fish is eaten raw or half-cooked, the fluke settles in the bile ducts for years, causing long-term inflammation and raising the risk of **bile duct cancer (cholangiocarcinoma)**, which is usually found late.

## Risky dishes
- Koi pla, raw fish larb, raw fermented fish (pla som), pla jom
- Briefly fermented pla ra eaten raw, for example in som tam or jaew without boiling
- Raw pork larb or lu carries other risks too, such as Streptococcus suis infection and pork parasites

## Eating safely
- **Always cook freshwater fish thoroughly.** Heat kills the larvae; lime juice, chilli or liquor do not
- Use **boiled pla ra** in som tam, jaew and chilli dips; som tam stalls should bring pla ra sauce to the boil before use
- Buy pla ra from producers with an FDA food registration number
- Larb and koi can be made cooked and still taste good
- Always use a toilet, so fluke eggs do not reach rivers and ponds and find their way back into fish

## If you have eaten raw fish for years
- Liver fluke usually causes no symptoms; some people have bloating, discomfort under the right ribs or poor appetite
- Ask for a stool test at the sub-district health promoting hospital or a hospital near you; if eggs are found, the doctor gives a deworming medicine
- Do not buy deworming tablets to take regularly on your own: they do not prevent reinfection, stopping raw fish does
- People aged 40 or over in high-risk areas can ask health staff about ultrasound screening for bile duct cancer
- Yellow skin or eyes, itching, dark urine, pale stools or unexplained weight loss need a doctor soon

## For health staff
Work with village health volunteers and schools to promote cooked-fish dishes, test stools in high-risk groups, and follow up people who have been treated, since reinfection is common.""",
        ),
        "en_tags": "liver fluke, raw fish, pla ra, som tam, bile duct cancer",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["food-sanitation"],
        "tags": "ล้างผัก, สารพิษตกค้าง, ยาฆ่าแมลง, เบกกิ้งโซดา",
        "title": "ล้างผักผลไม้อย่างไรให้ลดสารพิษตกค้าง",
        "summary": "เด็ดใบนอกทิ้ง แช่น้ำ แล้วล้างผ่านน้ำไหลหลายนาที เป็นวิธีง่ายที่ลดยาฆ่าแมลงตกค้างได้ ใช้เบกกิ้งโซดาหรือน้ำส้มสายชูช่วยได้",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: วิธีล้างผักและผลไม้ลดสารเคมีตกค้าง",
        "reviewed": "2026-05-22",
        "body": """ผักผลไม้สดอาจมีสารเคมีกำจัดศัตรูพืชตกค้าง รวมทั้งดินและเชื้อโรค การล้างให้ถูกวิธีช่วยลดได้มาก และทำได้ทุกบ้านโดยไม่ต้องซื้อน้ำยาราคาแพง

## ขั้นตอนพื้นฐาน
1. เด็ดใบนอกหรือกาบนอกของผักใบ เช่น กะหล่ำปลี ผักกาด ทิ้ง 2-3 ชั้น
2. แยกใบหรือกาบออกจากกัน ไม่ล้างทั้งหัว
3. แช่ในน้ำสะอาดประมาณ 10-15 นาที
4. **ล้างผ่านน้ำไหลอีกหลายนาที** พร้อมใช้มือถูเบา ๆ ให้ทั่ว
5. สะเด็ดน้ำ แล้วเก็บในกล่องหรือถุงที่สะอาด

## ตัวช่วยที่หาได้ในครัว
- **เบกกิ้งโซดา** (โซเดียมไบคาร์บอเนต) ประมาณครึ่งช้อนโต๊ะต่อน้ำอุ่น 10 ลิตร แช่ 15 นาที แล้วล้างด้วยน้ำเปล่าอีกครั้ง
- **น้ำส้มสายชู** ประมาณครึ่งถ้วยตวงต่อน้ำ 4 ลิตร แช่ 10-15 นาที แล้วล้างด้วยน้ำสะอาด
- ไม่ใช้น้ำยาล้างจานหรือผงซักฟอกล้างผัก เพราะสารเหล่านี้อาจตกค้างเสียเอง

## ผลไม้
- ล้างผลไม้ทั้งผลก่อนปอกหรือหั่น แม้เป็นผลไม้ที่ปอกเปลือก เพราะมีดจะพาสิ่งสกปรกจากเปลือกเข้าสู่เนื้อ
- ผลไม้ที่กินทั้งเปลือก เช่น องุ่น ฝรั่ง ชมพู่ ควรแช่และล้างผ่านน้ำไหลเหมือนผัก

## เลือกซื้อให้เสี่ยงน้อย
- เลือกผักตามฤดูกาล และผักที่มีรูแมลงเจาะบ้างไม่ได้แปลว่าไม่ดี
- ไม่กินผักชนิดเดิมซ้ำ ๆ ทุกวัน หมุนเวียนหลายชนิด
- ผักที่ได้รับการรับรองมาตรฐาน เช่น ผักอินทรีย์ หรือปลูกกินเองที่บ้าน ช่วยลดความเสี่ยง

ถ้ามีอาการผิดปกติหลังกินผักที่สงสัยว่ามีสารเคมีมาก เช่น เวียนศีรษะ คลื่นไส้ เหงื่อออกมาก น้ำลายไหล กล้ามเนื้อกระตุก ให้ไปโรงพยาบาลทันที""",
    },
    # ---- Drinking water, dispensers and ice ----
    {
        "kind": "article",
        "audiences": [E, S],
        "topics": ["environmental-health"],
        "tags": "ตู้น้ำหยอดเหรียญ, เจ้าของตู้น้ำ, ไส้กรอง, ตรวจคุณภาพน้ำ",
        "title": "เช็กลิสต์สำหรับเจ้าของตู้น้ำดื่มหยอดเหรียญ",
        "summary": "ตั้งตู้ให้ถูกที่ เปลี่ยนไส้กรองตามรอบ ล้างหัวจ่ายน้ำ ตรวจคุณภาพน้ำ และติดป้ายข้อมูลให้ผู้ซื้อเห็น",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการควบคุมคุณภาพน้ำดื่มจากตู้น้ำดื่มหยอดเหรียญ",
        "reviewed": "2026-10-05",
        "body": """ตู้น้ำหยอดเหรียญเป็นน้ำดื่มของหลายครอบครัวทุกวัน ถ้าดูแลไม่ดี น้ำที่ผ่านเครื่องกรองอาจสกปรกกว่าน้ำประปาที่เข้าเครื่องเสียอีก ก่อนตั้งตู้ต้องขออนุญาตจากเทศบาลหรือ อบต. ตามข้อบัญญัติท้องถิ่น

## ที่ตั้งตู้
- พื้นแข็งแรง สะอาด ยกสูง น้ำไม่ท่วมขัง มีทางระบายน้ำทิ้ง
- ห่างจากถังขยะ ห้องส้วม ท่อระบายน้ำ และที่ที่มีฝุ่นหรือควันมาก
- มีหลังคาหรือกันแดดกันฝนให้ตัวตู้
- ต่อสายดินและติดตั้งเครื่องตัดไฟรั่ว เพราะตู้อยู่กับน้ำและคนใช้มือจับ

## น้ำดิบและระบบกรอง
- ใช้น้ำประปาเป็นน้ำดิบเมื่อมี ถ้าใช้น้ำบาดาลต้องตรวจคุณภาพน้ำดิบก่อน
- เปลี่ยนไส้กรองตะกอน คาร์บอน เรซิน และเยื่อกรอง (RO) ตามรอบที่ผู้ผลิตกำหนด หรือเร็วกว่าเมื่อน้ำไหลช้าหรือมีกลิ่น
- ตรวจหลอด UV ว่ายังติด และเปลี่ยนตามอายุการใช้งาน
- ล้างถังเก็บน้ำในตู้ตามรอบ ถังต้องมีฝาปิดสนิท

## ทุกครั้งที่ไปดูแลตู้
- ล้างและเช็ดหัวจ่ายน้ำ ไม่ให้มีคราบ ตะไคร่ หรือแมลง
- ช่องจ่ายน้ำมีฝาหรือประตูปิด กันฝุ่นและแมลง
- ทำความสะอาดตัวตู้ด้านนอกและพื้นรอบตู้
- ลงบันทึกวันที่ล้างหัวจ่าย วันเปลี่ยนไส้กรอง และผู้ดูแล

## ตรวจคุณภาพน้ำ
- ตรวจเบื้องต้นด้วยชุดทดสอบโคลิฟอร์มแบคทีเรีย (อ.11) ได้เอง หรือขอให้เจ้าหน้าที่สาธารณสุขท้องถิ่นช่วยตรวจ
- ส่งน้ำตรวจทางห้องปฏิบัติการตามรอบที่ท้องถิ่นกำหนด และเก็บผลไว้แสดง
- ถ้าผลไม่ผ่าน หยุดจ่ายน้ำ ล้างระบบ เปลี่ยนไส้กรอง แล้วตรวจซ้ำก่อนเปิดใหม่

## ป้ายที่ตู้ต้องมี
ชื่อและเบอร์โทรของผู้ดูแล เลขที่ใบอนุญาต วันเปลี่ยนไส้กรองล่าสุด วันที่ตรวจคุณภาพน้ำล่าสุดและผล และช่องทางแจ้งเมื่อตู้ขัดข้อง""",
        "en": (
            "A checklist for owners of coin-operated drinking water dispensers",
            "Put the machine in the right place, change filters on schedule, clean the nozzle, test the water and show the information buyers need.",
            """Coin-operated water dispensers supply many families' drinking water every day. If they are not looked after, the water coming out of the filters can be dirtier than the tap water going in. Before installing one, get a permit from the municipality or sub-district administration under local regulations.

## Where the machine stands
- Firm, clean, raised ground that does not flood, with a drain for waste water
- Away from bins, toilets, drains and places with a lot of dust or smoke
- A roof or cover against sun and rain
- Earthed, with a residual-current breaker: the machine stands in water and people touch it

## Source water and filters
- Use mains water when available; well water must be tested first
- Change the sediment, carbon, resin and RO membrane filters on the maker's schedule, or sooner if the flow slows or the water smells
- Check that the UV lamp works and replace it at the end of its life
- Clean the machine's storage tank on schedule; it must have a tight lid

## Every visit
- Wash and wipe the nozzle: no stains, algae or insects
- The dispensing bay has a door or flap against dust and insects
- Clean the outside of the machine and the ground around it
- Record the date the nozzle was cleaned, the filters changed, and who did it

## Testing the water
- Screen it yourself with a coliform bacteria test kit (Or.11), or ask local health officers to test it
- Send water to a laboratory as often as the local authority requires and keep the results on show
- If a test fails, stop selling water, clean the system, change the filters and test again before reopening

## The sign on the machine
The caretaker's name and phone number, the permit number, the date the filters were last changed, the date and result of the last water test, and how to report a fault.""",
        ),
        "en_tags": "water dispenser, vending machine, filter, water quality",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["environmental-health"],
        "tags": "น้ำดื่ม, ต้มน้ำ, เครื่องกรองน้ำ, น้ำประปา",
        "title": "ถาม-ตอบ น้ำดื่มที่บ้าน: ต้มน้ำ เครื่องกรอง และการเก็บน้ำ",
        "summary": "น้ำประปาดื่มได้ไหม ต้มน้ำนานแค่ไหน เครื่องกรองแบบไหนเหมาะ และเก็บน้ำดื่มอย่างไรไม่ให้ปนเปื้อน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำน้ำบริโภคในครัวเรือน",
        "reviewed": "2026-10-05",
        "body": "น้ำดื่มสะอาดเริ่มจากแหล่งน้ำที่ดี วิธีทำให้สะอาด และการเก็บที่ถูกต้อง คำถามที่คนถามบ่อยมีดังนี้",
        "faq": [
            (
                "น้ำประปาดื่มได้เลยไหม",
                "น้ำประปาที่ผลิตได้มาตรฐานสะอาดเมื่อออกจากโรงผลิต แต่อาจปนเปื้อนระหว่างทางจากท่อแตกหรือถังพักน้ำที่ไม่สะอาด ถ้าไม่แน่ใจให้ต้มหรือกรองก่อนดื่ม และล้างถังพักน้ำบนหลังคาหรือใต้ดินเป็นประจำ",
            ),
            (
                "ต้มน้ำดื่มต้องต้มนานแค่ไหน",
                "ต้มให้เดือดพล่าน แล้วปล่อยให้เดือดต่ออีกสักครู่ (ประมาณ 3-5 นาที) เพื่อฆ่าเชื้อโรค ปิดฝาทิ้งไว้ให้เย็น แล้วเทใส่ภาชนะสะอาดที่มีฝาปิด การต้มไม่ได้กำจัดสารเคมีหรือโลหะหนัก ถ้าน้ำมีสีหรือกลิ่นผิดปกติควรใช้น้ำจากแหล่งอื่น",
            ),
            (
                "เครื่องกรองน้ำแบบไหนดี",
                "เลือกตามคุณภาพน้ำดิบ น้ำประปาที่ดีอยู่แล้วใช้เครื่องกรองคาร์บอนหรือแบบ UF ก็เพียงพอ ระบบ RO กรองได้ละเอียดมากแต่ทิ้งน้ำมากและกรองแร่ธาตุออกด้วย สิ่งสำคัญกว่าชนิดเครื่องคือเปลี่ยนไส้กรองตามกำหนด เพราะไส้กรองที่หมดอายุกลายเป็นที่สะสมเชื้อโรค",
            ),
            (
                "เก็บน้ำดื่มอย่างไรไม่ให้ปนเปื้อน",
                "ใช้ภาชนะที่มีฝาปิดและก๊อกเปิดปิด หรือใช้กระบวยด้ามยาวตักแทนการเอาแก้วจุ่ม ล้างภาชนะเป็นประจำ วางไว้สูงจากพื้น ห่างจากแดดและสารเคมี",
            ),
            (
                "ขวดน้ำพลาสติกใช้ซ้ำได้ไหม",
                "ขวดน้ำดื่มแบบใช้ครั้งเดียวล้างทำความสะอาดยากและเสียรูปง่าย ไม่ควรนำมาใช้ซ้ำนาน ๆ และไม่ควรวางขวดน้ำไว้ในรถกลางแดดจัด ถ้าจะพกน้ำ ใช้กระบอกน้ำที่ล้างได้ทั่วถึงดีกว่า",
            ),
            (
                "ซื้อน้ำจากตู้หยอดเหรียญควรดูอะไร",
                "ดูป้ายวันเปลี่ยนไส้กรองและผลตรวจคุณภาพน้ำ หัวจ่ายน้ำต้องสะอาดไม่มีคราบ ตู้ตั้งในที่สะอาด และควรใช้ภาชนะของตัวเองที่ล้างสะอาดและมีฝาปิด ถ้าน้ำมีกลิ่นหรือตะกอน แจ้งเบอร์ผู้ดูแลที่ติดไว้หรือเทศบาลในพื้นที่",
            ),
        ],
    },
    {
        "kind": "article",
        "audiences": [E, P],
        "topics": ["food-sanitation", "environmental-health"],
        "tags": "น้ำแข็ง, น้ำแข็งบริโภค, ถังน้ำแข็ง, ร้านเครื่องดื่ม",
        "title": "น้ำแข็งสะอาด: เลือกซื้อ เก็บ และตักให้ถูกวิธีในร้านเครื่องดื่ม",
        "summary": "น้ำแข็งเป็นอาหารชนิดหนึ่ง ต้องซื้อจากโรงงานที่ได้มาตรฐาน เก็บในถังมีฝา ตักด้วยที่ตักมีด้าม และไม่ใช้ร่วมกับน้ำแข็งแช่ของ",
        "source": "กรมอนามัย และสำนักงานคณะกรรมการอาหารและยา: คำแนะนำการเลือกซื้อและการใช้น้ำแข็งบริโภค",
        "reviewed": "2026-10-05",
        "body": """น้ำแข็งไม่ได้ฆ่าเชื้อโรค เชื้อหลายชนิดอยู่รอดในน้ำแข็งได้ และละลายลงไปในเครื่องดื่มพร้อมกัน น้ำแข็งจึงต้องสะอาดเหมือนน้ำดื่ม

## เลือกซื้อ
- ซื้อจากโรงงานที่ได้รับอนุญาต มีเครื่องหมาย อย. บนถุง และระบุชื่อผู้ผลิต
- น้ำแข็งใส ไม่มีตะกอน เส้นผม หรือสิ่งแปลกปลอม ไม่มีกลิ่น
- ถุงบรรจุสะอาด ไม่ขาด รถขนส่งมีกระบะหรือตู้ที่ปิดมิดชิด
- **น้ำแข็งซองหรือก้อนใหญ่ที่ขนโดยวางบนพื้นหรือลากบนถนน ใช้แช่ของเท่านั้น ห้ามนำมาใส่เครื่องดื่ม**

## เก็บในร้าน
- ใช้ถังหรือกระติกที่มีฝาปิด วางสูงจากพื้นอย่างน้อย 60 เซนติเมตร
- แยกถังน้ำแข็งสำหรับบริโภคกับถังแช่ขวด แช่ผัก หรือแช่อาหารสด ติดป้ายบอกให้ชัด
- ห้ามแช่ขวดเครื่องดื่ม ผลไม้ หรือสิ่งของใด ๆ ลงในถังน้ำแข็งที่จะตักใส่แก้ว
- ล้างถังน้ำแข็งทุกวันก่อนเติมน้ำแข็งใหม่ และเทน้ำที่ละลายทิ้ง

## ตักน้ำแข็ง
- ใช้ที่ตักที่มีด้ามจับ วางที่ตักไว้ในภาชนะแยก ไม่ปักทิ้งไว้ในกองน้ำแข็ง
- **ไม่ใช้มือหรือแก้วตักน้ำแข็ง** เพราะแก้วอาจบิ่นและเศษแก้วปนลงไปได้
- ล้างมือก่อนเริ่มงาน และหลังจับเงิน

## สำหรับผู้บริโภค
ร้านที่เก็บน้ำแข็งในถังเปิดฝาทิ้งไว้ ตักด้วยมือหรือใช้แก้วตัก หรือใช้ถังเดียวกันแช่ขวด ควรหลีกเลี่ยง หรือขอเครื่องดื่มไม่ใส่น้ำแข็ง""",
        "en": (
            "Clean ice: buying, storing and scooping it properly in drink shops",
            "Ice is food. Buy it from a certified factory, keep it in a covered bin, scoop it with a handled scoop, and never share it with ice used for chilling.",
            """Ice does not kill germs. Many of them survive in ice and go into the drink as it melts, so ice has to be as clean as drinking water.

## Buying
- Buy from a licensed factory with the FDA mark and the maker's name on the bag
- The ice is clear, without sediment, hair or other objects, and does not smell
- Bags are clean and unbroken; the delivery truck has a closed cargo box
- **Block ice carried on the floor or dragged along the road is for chilling only, never for drinks**

## Storing it in the shop
- Use a bin or cooler with a lid, at least 60 cm off the ground
- Keep ice for consumption apart from ice for chilling bottles, vegetables or raw food, and label the bins clearly
- Never put bottles, fruit or anything else in the bin you scoop drink ice from
- Wash the ice bin every day before refilling and pour away the melt water

## Scooping
- Use a scoop with a handle and keep it in a separate container, not buried in the ice
- **Never scoop ice with your hands or a glass**: a glass can chip and leave shards in the ice
- Wash your hands before you start and after handling money

## For customers
Avoid shops that leave the ice bin uncovered, scoop with hands or glasses, or chill bottles in the same ice, or ask for your drink without ice.""",
        ),
        "en_tags": "ice, ice for drinks, ice bin, drink shop",
    },
    # ---- Public toilets ----
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["environmental-health", "hand-hygiene"],
        "tags": "ส้วมสาธารณะ, ห้องน้ำสาธารณะ, ใช้ห้องน้ำ, ปิดฝาชักโครก",
        "title": "ใช้ส้วมสาธารณะอย่างปลอดภัยและถูกสุขลักษณะ",
        "summary": "ปิดฝาก่อนกดชักโครก ไม่ขึ้นไปเหยียบโถ ล้างมือด้วยสบู่ทุกครั้ง และช่วยกันรักษาความสะอาดให้คนถัดไป",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการใช้ส้วมสาธารณะให้ถูกสุขลักษณะ",
        "reviewed": "2026-04-17",
        "body": """ส้วมสาธารณะในปั๊มน้ำมัน ตลาด สถานีขนส่ง และห้างสรรพสินค้า ใช้ร่วมกันหลายร้อยคนต่อวัน นิสัยเล็ก ๆ ของผู้ใช้แต่ละคนช่วยให้ปลอดภัยทั้งตัวเองและคนต่อไป

## ก่อนใช้
- สังเกตพื้นว่าเปียกลื่นหรือไม่ ระวังการหกล้ม โดยเฉพาะผู้สูงอายุและเด็ก
- ถ้าห้องสกปรกมากหรือชำรุด เลือกห้องอื่นและแจ้งเจ้าหน้าที่
- พกกระดาษทิชชูและเจลแอลกอฮอล์ติดตัวไว้ เผื่อที่นั่นไม่มี

## ระหว่างใช้
- โถนั่งราบ: **นั่งตามปกติ ไม่ขึ้นไปยืนหรือนั่งยองบนโถ** เพราะโถอาจแตกและบาดเจ็บรุนแรง ถ้ากังวล เช็ดฝารองนั่งด้วยกระดาษชำระหรือกระดาษรองนั่ง
- **ปิดฝาก่อนกดชักโครก** ลดละอองน้ำและเชื้อโรคที่ฟุ้งขึ้นมา
- ทิ้งกระดาษชำระและผ้าอนามัยในถังขยะมีฝาตามป้ายของที่นั่น ไม่ทิ้งผ้าอนามัยลงโถ
- ไม่วางกระเป๋าบนพื้น ใช้ที่แขวน

## หลังใช้
- **ล้างมือด้วยสบู่และน้ำอย่างน้อย 20 วินาที** แล้วเช็ดให้แห้ง
- ใช้กระดาษเช็ดมือจับก๊อกหรือลูกบิดประตูขาออกถ้าทำได้
- ถ้าไม่มีสบู่ ใช้เจลแอลกอฮอล์แทน

## เรื่องสุขภาพที่ควรรู้
- อย่ากลั้นปัสสาวะนาน ๆ เพราะไม่อยากเข้าส้วมสาธารณะ เสี่ยงกระเพาะปัสสาวะอักเสบ ควรดื่มน้ำให้พอ
- ส้วมที่ได้มาตรฐานส้วมสาธารณะไทยต้องสะอาด เพียงพอ และปลอดภัย ถ้าพบส้วมที่สกปรกมาก ไม่มีไฟ หรือล็อกไม่ได้ แจ้งเจ้าของสถานที่หรือเทศบาลในพื้นที่

ช่วยกันกดชักโครกให้สะอาด ไม่ทิ้งขยะลงพื้น และเช็ดน้ำที่กระเด็นบนที่รองนั่ง ส้วมที่สะอาดเริ่มจากผู้ใช้ทุกคน""",
        "en": (
            "Using public toilets safely and hygienically",
            "Close the lid before flushing, never stand on the bowl, always wash your hands with soap, and leave the toilet clean for the next person.",
            """Public toilets at petrol stations, markets, bus stations and malls are used by hundreds of people a day. Small habits of each user keep everyone safer.

## Before you go in
- Check whether the floor is wet and slippery, especially for older people and children
- If a cubicle is very dirty or broken, use another one and tell the staff
- Carry tissues and alcohol gel in case there are none

## While using it
- Sit-down toilets: **sit normally; never stand or squat on the bowl.** It can break and cause serious injury. If you are worried, wipe the seat with toilet paper or use a seat cover
- **Close the lid before flushing**, to cut down the spray of droplets and germs
- Put toilet paper and sanitary pads in the lidded bin as the signs say; never flush pads
- Hang your bag on the hook instead of putting it on the floor

## Afterwards
- **Wash your hands with soap and water for at least 20 seconds** and dry them
- Use a paper towel to turn off the tap or open the door if you can
- If there is no soap, use alcohol gel

## Health points
- Do not hold your urine for hours to avoid public toilets: it raises the risk of bladder infections. Drink enough water
- Toilets that meet the Thai public toilet standard must be clean, sufficient and safe. If you find one that is filthy, unlit or cannot be locked, tell the owner or the local municipality

Flush properly, do not drop litter and wipe splashes off the seat. A clean toilet starts with every user.""",
        ),
        "en_tags": "public toilet, restroom, flushing, hand washing",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["environmental-health"],
        "tags": "ทำความสะอาดห้องส้วม, ปั๊มน้ำมัน, ตลาด, น้ำยาฆ่าเชื้อ, ตารางทำความสะอาด",
        "title": "ทำความสะอาดส้วมสาธารณะในปั๊มน้ำมันและตลาด: ขั้นตอนสำหรับพนักงาน",
        "summary": "ลำดับการทำความสะอาดจากจุดสะอาดไปจุดสกปรก อุปกรณ์ป้องกันตัว การใช้น้ำยาอย่างปลอดภัย และตารางตรวจที่ทำได้จริงในที่ที่คนใช้มาก",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คู่มือการดูแลทำความสะอาดส้วมสาธารณะตามมาตรฐานส้วมสาธารณะไทย (HAS)",
        "reviewed": "2026-04-17",
        "body": """ส้วมในปั๊มน้ำมันและตลาดมีคนใช้ตลอดวัน การทำความสะอาดตามตารางและตามลำดับที่ถูกต้องช่วยให้สะอาดนานขึ้นและพนักงานปลอดภัย

## อุปกรณ์
- ถุงมือยางยาว รองเท้าบูท ผ้ากันเปื้อน และหน้ากาก
- แปรงขัดโถ ไม้ถูพื้น และผ้าเช็ด **แยกสี** สำหรับโถส้วมกับอ่างล้างมือ ไม่ใช้ปะปนกัน
- น้ำยาทำความสะอาด และน้ำยาฆ่าเชื้อ เช่น น้ำยาฟอกขาว ผสมตามฉลาก
- ป้าย "พื้นเปียก ระวังลื่น" และป้ายปิดปรับปรุงชั่วคราว

## ลำดับการทำความสะอาด (จากสะอาดไปสกปรก จากบนลงล่าง)
1. ตั้งป้ายเตือน เปิดประตูหน้าต่างหรือพัดลมระบายอากาศ
2. เก็บขยะ เปลี่ยนถุงในถังขยะ
3. เช็ดกระจก อ่างล้างมือ ก๊อกน้ำ ที่กดสบู่ มือจับประตู กลอน และสวิตช์ไฟ
4. ขัดโถส้วมและโถปัสสาวะ ทั้งด้านใน ขอบ ฝารองนั่ง และที่กดชักโครก
5. ราดหรือเช็ดน้ำยาฆ่าเชื้อที่โถ ที่กดชักโครก และมือจับ ทิ้งไว้ตามเวลาบนฉลาก
6. ถูพื้นจากด้านในสุดออกมาทางประตู แล้วเช็ดให้แห้ง
7. เติมสบู่ กระดาษชำระ และกระดาษเช็ดมือ
8. ลงเวลาและชื่อผู้ทำในตารางที่ติดหน้าห้อง

## ใช้น้ำยาอย่างปลอดภัย
- **ห้ามผสมน้ำยาฟอกขาวกับน้ำยาล้างห้องน้ำชนิดกรด หรือแอมโมเนีย** เกิดแก๊สพิษที่ทำให้แสบจมูก ไอ และหายใจลำบาก
- ผสมน้ำยาในที่อากาศถ่ายเท ใช้น้ำเย็น และผสมใหม่ทุกวัน
- เก็บน้ำยาในตู้ที่มีป้ายชื่อ ไม่ใส่ในขวดน้ำดื่ม

## ความถี่
- ช่วงคนใช้มาก เช่น เทศกาลหรือช่วงเช้าเย็นของตลาด ตรวจและเก็บเรื่องเร่งด่วนทุก 1 ชั่วโมง
- ทำความสะอาดเต็มรูปแบบอย่างน้อยวันละ 2 ครั้ง และล้างใหญ่สัปดาห์ละครั้ง
- ซ่อมก๊อกรั่ว ชักโครกเสีย และหลอดไฟขาดภายในวัน

## หลังทำงาน
ล้างอุปกรณ์ ผึ่งให้แห้ง ถอดถุงมือแล้วล้างมือด้วยสบู่ ส้วมที่ผ่านมาตรฐานส้วมสาธารณะไทย (HAS) ช่วยให้ลูกค้าเลือกแวะใช้บริการที่ร้านค้ามากขึ้น""",
        "en": (
            "Cleaning public toilets at petrol stations and markets: steps for staff",
            "The order of cleaning from clean to dirty, protective equipment, using chemicals safely, and a check schedule that works where many people use the toilets.",
            """Toilets at petrol stations and markets are used all day. Cleaning to a schedule and in the right order keeps them clean for longer and keeps staff safe.

## Equipment
- Long rubber gloves, boots, an apron and a mask
- Brushes, mops and cloths **in different colours** for toilet bowls and for sinks, never mixed
- Detergent and a disinfectant such as bleach, diluted as the label says
- A "wet floor" sign and a "closed for cleaning" sign

## Order of cleaning (clean to dirty, top to bottom)
1. Put up the signs; open the door and windows or turn on the extractor fan
2. Collect rubbish and change the bin bags
3. Wipe mirrors, sinks, taps, soap dispensers, door handles, latches and light switches
4. Scrub toilet bowls and urinals: inside, the rim, the seat and the flush button
5. Apply disinfectant to bowls, flush buttons and handles and leave it for the time on the label
6. Mop from the far end towards the door, then dry the floor
7. Refill soap, toilet paper and paper towels
8. Write the time and your name on the schedule posted at the door

## Using chemicals safely
- **Never mix bleach with acid toilet cleaners or ammonia**: it gives off a toxic gas that burns the nose and causes coughing and breathing problems
- Dilute chemicals where the air moves, in cold water, and mix a fresh batch every day
- Store chemicals in a labelled cupboard, never in drinking water bottles

## How often
- At busy times, such as festivals or market rush hours, check and deal with urgent problems every hour
- A full clean at least twice a day and a deep clean once a week
- Repair leaking taps, broken flushes and dead light bulbs the same day

## After work
Wash and dry the equipment, take off your gloves and wash your hands with soap. Toilets that meet the Thai public toilet standard (HAS) make customers more likely to stop at your business.""",
        ),
        "en_tags": "toilet cleaning, petrol station, market, disinfectant, cleaning schedule",
    },
    {
        "kind": "article",
        "audiences": [E, P],
        "topics": ["environmental-health", "older-people"],
        "tags": "ห้องส้วมผู้สูงอายุ, ห้องน้ำคนพิการ, ราวจับ, โถนั่ง",
        "title": "ห้องส้วมสำหรับผู้สูงอายุและผู้พิการ: จัดอย่างไรให้ใช้ได้จริง",
        "summary": "ราวจับ โถนั่ง พื้นไม่ลื่น ประตูกว้าง และปุ่มขอความช่วยเหลือ ทั้งในสถานที่สาธารณะและที่บ้าน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางส้วมสาธารณะสำหรับผู้สูงอายุและคนพิการ และกฎกระทรวงว่าด้วยสิ่งอำนวยความสะดวกในอาคารสำหรับผู้พิการหรือทุพพลภาพ และคนชรา",
        "reviewed": "2026-04-17",
        "body": """ห้องส้วมเป็นที่ที่ผู้สูงอายุหกล้มบ่อยที่สุดแห่งหนึ่ง และผู้ใช้รถเข็นจำนวนมากออกจากบ้านไม่ได้ถ้าไม่มีส้วมที่เข้าได้ การปรับไม่กี่อย่างช่วยได้มาก

## สำหรับสถานที่สาธารณะ (ปั๊มน้ำมัน ตลาด ร้านค้า สำนักงาน)
- มีห้องส้วมสำหรับผู้พิการอย่างน้อย 1 ห้อง อยู่ใกล้ทางเข้า ทางไปเรียบ ไม่มีขั้นบันได ถ้ามีต่างระดับให้ทำทางลาด
- ประตูกว้างพอให้รถเข็นผ่าน (โดยทั่วไปไม่น้อยกว่า 90 เซนติเมตร) เป็นบานเลื่อนหรือเปิดออกด้านนอก
- ภายในมีที่ว่างพอให้รถเข็นหมุนกลับตัวได้
- โถนั่งราบ สูงพอดีกับรถเข็น มีราวจับทั้งด้านข้างและด้านหลังที่ยึดแน่น รับน้ำหนักตัวได้
- อ่างล้างมือไม่มีตู้ใต้อ่าง ให้รถเข็นสอดเข้าได้ ก๊อกแบบก้านโยกหรืออัตโนมัติ
- **ปุ่มหรือสายกดขอความช่วยเหลือ** ที่ดังไปถึงพนักงาน และพนักงานรู้ว่าต้องทำอะไรเมื่อได้ยิน
- ป้ายสัญลักษณ์ชัดเจน และห้ามใช้ห้องนี้เป็นที่เก็บของ

## สำหรับบ้านที่มีผู้สูงอายุ
- เปลี่ยนส้วมซึมหรือโถนั่งยองเป็นโถนั่งราบ หรือใช้เก้าอี้นั่งถ่ายวางคร่อม
- ติดราวจับข้างโถและในที่อาบน้ำ ไม่ใช้ราวแขวนผ้าแทนราวจับ
- พื้นกระเบื้องผิวหยาบหรือแผ่นกันลื่น แยกส่วนเปียกกับส่วนแห้ง
- ไฟสว่าง มีไฟกลางคืนตลอดทางจากห้องนอนถึงห้องน้ำ
- ประตูไม่ล็อกจากด้านในแบบเปิดจากด้านนอกไม่ได้
- ใช้เก้าอี้อาบน้ำ และวางของใช้ในระดับที่หยิบได้โดยไม่ต้องก้มหรือเอื้อม

## ทำความสะอาด
ห้องสำหรับผู้พิการต้องทำความสะอาดตามตารางเหมือนห้องอื่น เช็ดราวจับและปุ่มขอความช่วยเหลือด้วย และตรวจว่าราวจับยังยึดแน่นทุกเดือน""",
    },
    # ---- PM2.5 and smoke ----
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["air-and-heat"],
        "tags": "PM2.5, ค่าฝุ่น, AQI, ดัชนีคุณภาพอากาศ, สีของค่าฝุ่น",
        "title": "อ่านค่าฝุ่น PM2.5 และ AQI: แต่ละสีต้องทำอะไร",
        "summary": "ค่าดัชนีคุณภาพอากาศแบ่งเป็น 5 สี ตั้งแต่ฟ้าถึงแดง เช็กค่าก่อนออกจากบ้าน แล้วปรับกิจกรรมตามสีและกลุ่มเสี่ยงในบ้าน",
        "source": "กรมควบคุมมลพิษ และกรมอนามัย กระทรวงสาธารณสุข: ดัชนีคุณภาพอากาศของประเทศไทยและคำแนะนำการปฏิบัติตัว",
        "reviewed": "2026-11-20",
        "body": """ฝุ่น PM2.5 เล็กมากจนผ่านจมูกลงไปถึงถุงลมปอดและเข้ากระแสเลือดได้ ช่วงหน้าหนาวถึงหน้าร้อนค่าฝุ่นในหลายพื้นที่สูง จึงควรเช็กค่าทุกวันเหมือนเช็กพยากรณ์อากาศ

## เช็กค่าจากไหน
ใช้แอปหรือเว็บไซต์ Air4Thai ของกรมควบคุมมลพิษ หรือแหล่งของหน่วยงานรัฐในพื้นที่ ดูจากสถานีที่ใกล้บ้านที่สุด และดูค่าเฉลี่ยรายชั่วโมงล่าสุดประกอบ

## ค่า AQI กับสีที่เห็น
| สี | AQI | ความหมาย |
|---|---|---|
| ฟ้า | 0-25 | คุณภาพอากาศดีมาก ทำกิจกรรมกลางแจ้งได้ |
| เขียว | 26-50 | ดี ทำกิจกรรมได้ตามปกติ |
| เหลือง | 51-100 | ปานกลาง กลุ่มเสี่ยงเริ่มสังเกตอาการ |
| ส้ม | 101-200 | เริ่มมีผลกระทบต่อสุขภาพ |
| แดง | มากกว่า 200 | มีผลกระทบต่อสุขภาพ |

## ทำอะไรตามสี
- **เหลือง**: คนทั่วไปทำกิจกรรมได้ เด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้มีโรคหัวใจหรือโรคปอด ลดเวลากลางแจ้งถ้ามีอาการ
- **ส้ม**: ทุกคนลดกิจกรรมกลางแจ้ง ออกนอกบ้านให้สวมหน้ากากกันฝุ่น กลุ่มเสี่ยงอยู่ในอาคารที่ปิดมิดชิดหรือห้องปลอดฝุ่น
- **แดง**: งดกิจกรรมกลางแจ้ง งดออกกำลังกายนอกบ้าน กลุ่มเสี่ยงอยู่ในห้องปลอดฝุ่น เตรียมยาประจำตัวให้พร้อม

## อาการที่ต้องระวัง
ไอ แสบตา คันตา แสบจมูก เป็นอาการที่พบได้ แต่ถ้า **หายใจลำบาก แน่นหน้าอก ใจสั่น เวียนศีรษะ** ให้ไปพบแพทย์ทันที หรือโทร 1669 ผู้ที่มีโรคหอบหืดหรือถุงลมโป่งพองควรพกยาพ่นติดตัวในช่วงที่ฝุ่นสูง

## ข้อควรรู้
- ตัวเลข PM2.5 (ไมโครกรัมต่อลูกบาศก์เมตร) กับค่า AQI เป็นคนละหน่วยกัน ให้ดูว่าแอปแสดงค่าอะไร
- แอปจากต่างประเทศบางแอปใช้เกณฑ์สีไม่เหมือนของไทย ตัวเลขจึงดูต่างกันได้
- ค่าฝุ่นเปลี่ยนได้ภายในวัน มักสูงช่วงเช้ามืดและค่ำเมื่ออากาศนิ่ง""",
        "en": (
            "Reading PM2.5 and the AQI: what to do at each colour",
            "Thailand's air quality index has five colours from blue to red. Check it before you go out and adjust your activities to the colour and to the vulnerable people at home.",
            """PM2.5 dust is so fine that it passes the nose, reaches the air sacs of the lungs and enters the bloodstream. From the cool season to the hot season many areas have high levels, so check them every day as you would the weather.

## Where to check
Use the Air4Thai app or website of the Pollution Control Department, or another government source for your area. Look at the station nearest your home and at the latest hourly reading too.

## AQI and its colours
| Colour | AQI | Meaning |
|---|---|---|
| Blue | 0-25 | Very good; outdoor activities are fine |
| Green | 26-50 | Good; normal activities |
| Yellow | 51-100 | Moderate; vulnerable groups watch for symptoms |
| Orange | 101-200 | Starting to affect health |
| Red | over 200 | Affects health |

## What to do at each colour
- **Yellow**: most people carry on. Children, older people, pregnant women and people with heart or lung disease spend less time outside if they have symptoms
- **Orange**: everyone cuts down outdoor activity and wears a dust mask outside; vulnerable people stay in a closed building or a clean room
- **Red**: no outdoor activities or outdoor exercise; vulnerable people stay in a clean room with their medicines ready

## Symptoms to watch
Coughing, sore or itchy eyes and a stinging nose are common. But **difficulty breathing, chest tightness, palpitations or dizziness** need a doctor at once, or call 1669. People with asthma or emphysema should carry their inhaler when dust is high.

## Good to know
- The PM2.5 concentration (micrograms per cubic metre) and the AQI are different scales; check which one the app shows
- Some foreign apps use colour bands different from Thailand's, so their numbers can look different
- Levels change during the day and are often highest at dawn and in the evening when the air is still""",
        ),
        "en_tags": "PM2.5, AQI, air quality index, air pollution",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["air-and-heat"],
        "tags": "หน้ากาก N95, หน้ากากกันฝุ่น, PM2.5, เด็ก, ผู้ป่วยโรคปอด",
        "title": "ถาม-ตอบ หน้ากากกันฝุ่น N95 และการดูแลเด็กและผู้ป่วยช่วงฝุ่นสูง",
        "summary": "หน้ากากแบบไหนกันฝุ่น PM2.5 ได้ ใส่อย่างไรให้แนบ เด็กเล็กควรทำอย่างไร และผู้ป่วยโรคหัวใจหรือโรคปอดต้องเตรียมอะไร",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการป้องกันตนเองจากฝุ่นละอองขนาดเล็ก PM2.5 สำหรับประชาชนและกลุ่มเสี่ยง",
        "reviewed": "2026-11-20",
        "body": "ช่วงที่ค่าฝุ่นอยู่ในระดับสีส้มหรือสีแดง คำถามเรื่องหน้ากากและการดูแลคนในบ้านที่เปราะบางมีมากที่สุด",
        "faq": [
            (
                "หน้ากากแบบไหนกันฝุ่น PM2.5 ได้",
                "หน้ากาก N95 หรือเทียบเท่า (เช่น KN95, FFP2) ที่ใส่แนบหน้ากันได้ดีที่สุด หน้ากากอนามัยทางการแพทย์กันได้บางส่วนถ้าใส่ให้แนบ ส่วนหน้ากากผ้าทั่วไปกันฝุ่น PM2.5 ได้น้อย",
            ),
            (
                "ใส่หน้ากาก N95 อย่างไรให้ได้ผล",
                "เลือกขนาดให้พอดีหน้า ดึงสายรัดให้แน่น กดลวดให้แนบสันจมูก แล้วลองหายใจออกแรง ๆ ถ้ามีลมรั่วออกข้าง ๆ ให้ปรับใหม่ หนวดเคราทำให้หน้ากากไม่แนบ เปลี่ยนเมื่อหายใจลำบากขึ้น สกปรก ชื้น หรือเสียรูป",
            ),
            (
                "ใครไม่ควรใส่หน้ากาก N95 นาน ๆ",
                "ผู้ที่มีโรคหัวใจ โรคปอด หญิงตั้งครรภ์ และผู้สูงอายุ อาจหายใจลำบากเมื่อใส่นาน ถ้าเวียนศีรษะ หายใจไม่อิ่ม ให้ถอดและพักในที่อากาศสะอาด ควรปรึกษาแพทย์ว่าเหมาะกับหน้ากากแบบใด และลดการออกนอกบ้านแทนการพึ่งหน้ากากอย่างเดียว",
            ),
            (
                "เด็กเล็กใส่หน้ากากกันฝุ่นได้ไหม",
                "เด็กอายุต่ำกว่า 2 ปีไม่ควรสวมหน้ากากเพราะเสี่ยงหายใจไม่ออก ให้ใช้วิธีอยู่ในห้องที่ปิดมิดชิดหรือห้องปลอดฝุ่นแทน เด็กที่โตกว่านี้ใช้หน้ากากขนาดสำหรับเด็กที่แนบหน้า และผู้ใหญ่ต้องคอยสังเกตว่าหายใจสะดวก วันที่ค่าฝุ่นสีส้มหรือแดง งดให้เด็กวิ่งเล่นนอกบ้าน",
            ),
            (
                "ผู้ป่วยโรคหอบหืด ถุงลมโป่งพอง หรือโรคหัวใจ ต้องเตรียมอะไร",
                "ใช้ยาประจำตัวสม่ำเสมอ พกยาพ่นหรือยาฉุกเฉินติดตัว สำรองยาให้พอ อยู่ในห้องปลอดฝุ่นช่วงค่าฝุ่นสูง ถ้าไอมากขึ้น หอบ เหนื่อยง่าย แน่นหน้าอก หรือใช้ยาพ่นบ่อยกว่าปกติ ให้ไปพบแพทย์ทันที",
            ),
            (
                "หญิงตั้งครรภ์ต้องระวังอะไร",
                "ฝุ่น PM2.5 ส่งผลต่อทั้งแม่และทารกในครรภ์ ควรลดเวลานอกบ้าน อยู่ในห้องที่อากาศสะอาด สวมหน้ากากเมื่อต้องออกไปข้างนอก และถ้ามีอาการผิดปกติให้ปรึกษาแพทย์ที่ฝากครรภ์",
            ),
        ],
        "en": (
            "Q&A: N95 dust masks, and protecting children and patients when dust is high",
            "Which masks stop PM2.5, how to wear one so it seals, what to do for young children, and what people with heart or lung disease should prepare.",
            """When dust levels are orange or red, the most common questions are about masks and about the vulnerable people at home.

## Which masks stop PM2.5?
An N95 or equivalent (such as KN95 or FFP2) that seals to the face works best. A medical mask helps partly if it fits well. Ordinary cloth masks stop little PM2.5.

## How do I wear an N95 properly?
Choose the right size, tighten the straps, press the wire onto the bridge of the nose, then breathe out hard: if air leaks at the sides, adjust it. Beards stop a mask from sealing. Replace it when breathing gets harder or it is dirty, damp or out of shape.

## Who should not wear an N95 for long?
People with heart or lung disease, pregnant women and older people may find breathing hard in one. If you feel dizzy or short of breath, take it off and rest where the air is clean. Ask your doctor which mask suits you, and go out less rather than relying on the mask alone.

## Can young children wear dust masks?
Children under 2 should not wear masks because they may not be able to breathe properly; keep them in a closed room or a clean room instead. Older children can wear child-size masks that fit, with an adult checking they breathe easily. On orange or red days, no running around outside.

## What should people with asthma, emphysema or heart disease prepare?
Take regular medicines as prescribed, carry your inhaler or emergency medicine, keep enough in stock and stay in a clean room when dust is high. If you cough more, are breathless or tire easily, have chest tightness, or need your inhaler more than usual, see a doctor at once.

## What about pregnant women?
PM2.5 affects both mother and baby. Spend less time outside, stay where the air is clean, wear a mask when you must go out, and talk to your antenatal doctor about anything unusual.""",
        ),
        "en_tags": "N95 mask, dust mask, PM2.5, children, asthma",
    },
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["air-and-heat"],
        "tags": "ห้องปลอดฝุ่น, เครื่องฟอกอากาศ, แผ่นกรอง HEPA, PM2.5",
        "title": "ทำห้องปลอดฝุ่นที่บ้านได้เอง ด้วยงบไม่มาก",
        "summary": "เลือกห้องที่ปิดได้มิดชิด อุดรอยรั่ว ใช้เครื่องฟอกอากาศหรือพัดลมติดแผ่นกรอง และไม่สร้างฝุ่นควันในห้อง ให้คนในบ้านมีที่หายใจสะอาดช่วงฝุ่นสูง",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางการจัดทำห้องปลอดฝุ่น (Safety Zone) ในบ้าน สถานที่ และหน่วยบริการ",
        "reviewed": "2026-11-20",
        "body": """ห้องปลอดฝุ่นคือห้องที่ลดฝุ่นจากภายนอกเข้ามา และกรองฝุ่นที่อยู่ในห้องออก เหมาะสำหรับเด็ก ผู้สูงอายุ หญิงตั้งครรภ์ และผู้ป่วย ทำได้ทั้งในบ้าน โรงเรียน ศูนย์เด็กเล็ก และสำนักงาน

## 1. เลือกห้อง
ห้องที่ใช้เวลาอยู่นานที่สุด มักเป็นห้องนอน ขนาดไม่ใหญ่เกินไป ประตูหน้าต่างปิดได้สนิท

## 2. ลดฝุ่นจากภายนอก
- ปิดประตูหน้าต่างช่วงที่ค่าฝุ่นข้างนอกสูง
- อุดรอยรั่วรอบวงกบ ใต้ประตู และช่องลมด้วยเทปหรือแถบยาง
- เข้าออกห้องเท่าที่จำเป็น

## 3. กรองฝุ่นในห้อง
- **เครื่องฟอกอากาศที่มีแผ่นกรอง HEPA** เลือกขนาดให้เหมาะกับพื้นที่ห้อง ดูค่า CADR หรือขนาดห้องที่ผู้ผลิตระบุ
- งบน้อย ทำ **พัดลมติดแผ่นกรอง** ได้เอง โดยติดแผ่นกรองฝุ่นละเอียด (เช่น HEPA) ด้านหลังพัดลมตั้งพื้นให้แนบ ไม่ให้ลมรั่วข้าง ๆ
- เปลี่ยนหรือทำความสะอาดแผ่นกรองตามคำแนะนำผู้ผลิต แผ่นที่ดำเต็มไปด้วยฝุ่นกรองได้น้อยลง
- ถ้ามีเครื่องวัดฝุ่น วางวัดในห้องเทียบกับนอกห้อง จะรู้ว่าได้ผลหรือไม่

## 4. ไม่สร้างฝุ่นควันในห้อง
ไม่สูบบุหรี่ ไม่จุดธูป เทียน หรือยากันยุงแบบขด ไม่ทอดหรือปิ้งย่างในห้อง เช็ดถูด้วยผ้าชื้นแทนการกวาด

## 5. ระบายอากาศเป็นช่วง
ห้องที่ปิดนานหลายชั่วโมงจะอับและคาร์บอนไดออกไซด์สูง ทำให้ง่วงและปวดศีรษะ เปิดหน้าต่างระบายอากาศสั้น ๆ ในช่วงที่ค่าฝุ่นข้างนอกต่ำ เช่น ช่วงบ่ายที่ลมพัด

## สำหรับสถานประกอบการ
ร้านค้า สำนักงาน และโรงเรียน จัดห้องปลอดฝุ่นอย่างน้อย 1 ห้องให้พนักงาน นักเรียน หรือลูกค้าที่มีอาการได้พัก และติดป้ายบอกให้รู้ว่ามี""",
        "en": (
            "Making a clean room at home on a small budget",
            "Choose a room that closes tightly, seal the gaps, run an air purifier or a fan with a filter, and make no smoke indoors, so the family has clean air to breathe when dust is high.",
            """A clean room keeps outside dust from getting in and filters out the dust already inside. It suits children, older people, pregnant women and patients, and can be set up at home, in schools, childcare centres and offices.

## 1. Choose the room
The room where you spend most time, usually a bedroom, not too big, with doors and windows that close tightly.

## 2. Keep outside dust out
- Close doors and windows while outdoor dust is high
- Seal gaps around frames, under the door and at vents with tape or rubber strips
- Go in and out only when necessary

## 3. Filter the air inside
- **An air purifier with a HEPA filter**, sized for the room: check its CADR or the room size the maker states
- On a budget, make a **fan with a filter**: fix a fine dust filter (such as HEPA) tightly to the back of a floor fan so no air leaks round the edges
- Change or clean filters as the maker advises; a filter black with dust filters less
- If you have a dust meter, compare readings inside and outside to see whether it works

## 4. Make no dust or smoke inside
No smoking, incense, candles or mosquito coils, no frying or grilling in the room; wipe with a damp cloth instead of sweeping.

## 5. Air the room now and then
A room closed for hours gets stuffy and high in carbon dioxide, causing drowsiness and headaches. Open the windows briefly when outdoor dust is low, for example on a windy afternoon.

## For businesses
Shops, offices and schools can set up at least one clean room where staff, pupils or customers with symptoms can rest, with a sign saying it is there.""",
        ),
        "en_tags": "clean room, air purifier, HEPA filter, PM2.5",
    },
    {
        "kind": "article",
        "audiences": [E, S],
        "topics": ["air-and-heat"],
        "tags": "หมอกควัน, คนทำงานกลางแจ้ง, เผาในที่โล่ง, สถานประกอบการ, PM2.5",
        "title": "ฝุ่นและหมอกควัน: ดูแลคนทำงานกลางแจ้ง และสิ่งที่สถานประกอบการทำได้",
        "summary": "นายจ้างและเจ้าของกิจการลดการสัมผัสฝุ่นของพนักงานได้ ด้วยการปรับเวลางาน จัดหน้ากาก N95 ห้องพักอากาศสะอาด และงดการเผาทุกชนิด",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการดูแลสุขภาพประชาชนและผู้ประกอบอาชีพจากหมอกควันและฝุ่นละอองขนาดเล็ก",
        "reviewed": "2026-11-20",
        "body": """คนที่ทำงานกลางแจ้งทั้งวัน เช่น พนักงานก่อสร้าง ผู้ค้าริมถนน พนักงานส่งของ วินมอเตอร์ไซค์ พนักงานปั๊ม และเกษตรกร ได้รับฝุ่นมากกว่าคนทั่วไปหลายเท่า นายจ้างและเจ้าของสถานที่ช่วยได้มาก

## เมื่อค่าฝุ่นสีส้มหรือแดง
- ตรวจค่าฝุ่นทุกเช้า และประกาศให้พนักงานรู้
- เลื่อนงานหนักกลางแจ้งไปวันที่อากาศดีกว่า หรือลดชั่วโมงทำงานกลางแจ้ง หมุนเวียนคนทำ
- จัด **หน้ากาก N95** ให้พนักงาน สอนวิธีใส่ให้แนบ และเปลี่ยนเมื่อสกปรกหรือชื้น
- จัดห้องพักที่ปิดมิดชิดและมีเครื่องฟอกอากาศ ให้พักเป็นช่วง ๆ
- ให้พนักงานที่มีโรคหอบหืด โรคปอด โรคหัวใจ หรือตั้งครรภ์ ทำงานในอาคาร
- ให้ดื่มน้ำบ่อย ๆ และล้างหน้า ล้างตา เมื่อเข้าพัก

## งดการเผาทุกชนิด
- ไม่เผาขยะ ใบไม้ หรือเศษวัสดุในบริเวณกิจการ ใช้วิธีคัดแยก ทำปุ๋ยหมัก หรือส่งให้ท้องถิ่นเก็บ
- เกษตรกรใช้วิธีไถกลบหรือทำปุ๋ยแทนการเผาตอซังและเศษพืช
- ร้านปิ้งย่างและร้านที่ใช้เตาถ่านติดตั้งเครื่องดูดควัน ดูแลปล่องควันให้ใช้งานได้

## ลดฝุ่นจากกิจการเอง
- ไซต์ก่อสร้างคลุมผ้าใบกันฝุ่น ฉีดน้ำลดฝุ่นบริเวณที่ขุดหรือกองวัสดุ ล้างล้อรถก่อนออกจากไซต์
- ไม่ติดเครื่องยนต์รอทิ้งไว้ ตรวจสภาพรถไม่ให้มีควันดำ

## อาการที่ต้องหยุดงานทันที
หายใจลำบาก แน่นหน้าอก ไอไม่หยุด หรือเวียนศีรษะ ให้หยุดงาน พักในห้องอากาศสะอาด และพาไปพบแพทย์ ถ้าอาการหนักโทร 1669

## สำหรับเจ้าหน้าที่สาธารณสุข
ช่วงหมอกควันให้สื่อสารค่าฝุ่นและคำแนะนำผ่าน อสม. และผู้นำชุมชน สำรวจกลุ่มเสี่ยงในพื้นที่ ส่งเสริมห้องปลอดฝุ่นในศูนย์เด็กเล็ก โรงเรียน และหน่วยบริการ และเฝ้าระวังผู้ป่วยโรคทางเดินหายใจที่เพิ่มขึ้น""",
    },
    # ---- Heat ----
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["air-and-heat"],
        "tags": "โรคลมแดด, ฮีทสโตรก, ปฐมพยาบาล, อากาศร้อน",
        "title": "ถาม-ตอบ โรคลมแดด (ฮีทสโตรก): อาการและการปฐมพยาบาล",
        "summary": "แยกอาการเพลียแดดกับโรคลมแดด ปฐมพยาบาลอย่างไรระหว่างรอรถพยาบาล และสิ่งที่ไม่ควรทำ",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการป้องกันและปฐมพยาบาลผู้ป่วยโรคลมร้อน (Heat Stroke)",
        "reviewed": "2026-03-30",
        "body": "โรคลมแดดเป็นภาวะฉุกเฉินที่ร่างกายร้อนเกินจนระบายความร้อนไม่ทัน ถ้าช่วยไม่ทันอาจเสียชีวิตได้ คำถามที่พบบ่อยมีดังนี้",
        "faq": [
            (
                "โรคลมแดดมีอาการอย่างไร",
                "ตัวร้อนจัด ผิวหนังแดงและร้อน บางคนเหงื่อไม่ออก ปวดศีรษะ มึนงง สับสน พูดไม่รู้เรื่อง เดินเซ หายใจเร็ว ใจเต้นเร็ว อาจชักหรือหมดสติ อาการสับสนหรือซึมในคนที่อยู่กลางแดดหรือในที่ร้อน ให้คิดถึงโรคลมแดดไว้ก่อน",
            ),
            (
                "เพลียแดดต่างจากโรคลมแดดอย่างไร",
                "เพลียแดดจะเหงื่อออกมาก อ่อนเพลีย กระหายน้ำ คลื่นไส้ ตะคริว แต่ยังรู้สึกตัวดี ถ้าได้พักในที่เย็นและดื่มน้ำจะดีขึ้น แต่ถ้าไม่หยุดพักอาจกลายเป็นโรคลมแดด ซึ่งมีอาการทางสมอง เช่น สับสน ซึม หรือชัก",
            ),
            (
                "ปฐมพยาบาลผู้ที่เป็นโรคลมแดดอย่างไร",
                "1) โทร 1669 ทันที 2) พาเข้าที่ร่มหรือห้องที่เย็น ให้นอนราบ 3) คลายเสื้อผ้าให้หลวม ถอดสิ่งที่ไม่จำเป็นออก 4) ใช้ผ้าชุบน้ำเย็นเช็ดตัว หรือประคบที่ซอกคอ รักแร้ และขาหนีบ พร้อมเปิดพัดลมหรือพัดให้ 5) ถ้ายังรู้สึกตัวดีและกลืนได้ ให้จิบน้ำเย็นทีละน้อย 6) ถ้าอาเจียนหรือไม่รู้สึกตัว จับนอนตะแคงเพื่อไม่ให้สำลัก",
            ),
            (
                "สิ่งที่ไม่ควรทำมีอะไรบ้าง",
                "ไม่ให้ดื่มน้ำหรือกินยาเมื่อผู้ป่วยไม่รู้สึกตัว ไม่ให้ดื่มแอลกอฮอล์หรือเครื่องดื่มที่มีคาเฟอีน ไม่ทิ้งผู้ป่วยไว้ลำพัง และไม่รอให้ดีขึ้นเองก่อนเรียกรถพยาบาล",
            ),
            (
                "ใครเสี่ยงเป็นโรคลมแดดมากที่สุด",
                "คนทำงานหรือออกกำลังกายกลางแจ้ง ผู้สูงอายุ เด็กเล็ก ผู้มีโรคประจำตัว เช่น โรคหัวใจ ความดันโลหิตสูง เบาหวาน ผู้ที่กินยาขับปัสสาวะ คนอ้วน คนที่อดนอน และคนที่ดื่มสุรา รวมถึงเด็กที่ถูกลืมไว้ในรถ",
            ),
        ],
        "en": (
            "Q&A: heat stroke, its signs and first aid",
            "How to tell heat exhaustion from heat stroke, what to do while waiting for the ambulance, and what not to do.",
            """Heat stroke is an emergency: the body overheats and cannot cool itself fast enough. Without quick help it can kill.

## What are the signs of heat stroke?
A very hot body, red hot skin (some people stop sweating), headache, dizziness, confusion, slurred speech, staggering, fast breathing and a racing heart; there may be seizures or loss of consciousness. Anyone confused or drowsy after being in the sun or a hot place may have heat stroke.

## How is heat exhaustion different?
Heat exhaustion brings heavy sweating, tiredness, thirst, nausea and cramps, but the person is still fully aware. Rest somewhere cool and water help. Without rest it can turn into heat stroke, which affects the brain: confusion, drowsiness or seizures.

## First aid
1. Call **1669** at once
2. Move the person into shade or a cool room and lay them down
3. Loosen clothes and take off anything unnecessary
4. Cool them with cloths soaked in cool water, especially at the neck, armpits and groin, and fan them
5. If they are awake and can swallow, give sips of cool water
6. If they vomit or are unconscious, turn them on their side so they do not choke

## What not to do
Do not give water or medicine to someone who is not fully conscious, do not give alcohol or caffeinated drinks, do not leave the person alone, and do not wait for them to get better before calling the ambulance.

## Who is most at risk?
People working or exercising outdoors, older people, young children, people with heart disease, high blood pressure or diabetes, people taking diuretics, people with obesity, people short of sleep, drinkers, and children left in cars.""",
        ),
        "en_tags": "heat stroke, heat exhaustion, first aid, hot weather",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["air-and-heat"],
        "tags": "คนทำงานกลางแจ้ง, ความร้อน, โรคลมแดด, นายจ้าง, ดัชนีความร้อน",
        "title": "ป้องกันโรคลมแดดในคนทำงานกลางแจ้ง: สำหรับนายจ้างและหัวหน้างาน",
        "summary": "ให้คนงานใหม่ปรับตัวกับความร้อน จัดน้ำ ร่ม และเวลาพัก เลื่อนงานหนักไปช่วงเย็น และจับคู่ดูแลกันในวันที่ดัชนีความร้อนสูง",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการป้องกันความร้อนสำหรับผู้ประกอบอาชีพกลางแจ้ง",
        "reviewed": "2026-03-30",
        "body": """คนงานก่อสร้าง เกษตรกร พนักงานส่งของ ผู้ค้าในตลาดกลางแจ้ง และพนักงานปั๊ม เสี่ยงโรคลมแดดทุกหน้าร้อน โดยเฉพาะในวันแรก ๆ ของการทำงาน การป้องกันเป็นหน้าที่ของนายจ้างและหัวหน้างาน

## ก่อนเริ่มงาน
- เช็กพยากรณ์ **ดัชนีความร้อน** จากกรมอุตุนิยมวิทยาทุกเช้า และแจ้งทีมงาน
- คนงานใหม่หรือคนที่เพิ่งกลับจากลาหยุดนาน ให้เริ่มจากงานเบาและชั่วโมงสั้น แล้วค่อย ๆ เพิ่มในช่วง 1-2 สัปดาห์แรก เพื่อให้ร่างกายปรับตัว
- สอบถามผู้มีโรคประจำตัว ผู้ที่กินยาบางชนิด หรือคนที่ป่วยไม่สบาย อดนอน ดื่มสุราเมื่อคืน ให้ทำงานเบาหรือในที่ร่ม

## ระหว่างวัน
- ตั้ง **น้ำดื่มเย็นสะอาด** ใกล้จุดทำงาน ให้ดื่มน้ำประมาณ 1 แก้วทุก 15-20 นาทีแม้ไม่กระหาย ไม่รอให้กระหายก่อน
- ทำเต็นท์หรือที่ร่มสำหรับพัก มีพัดลม และให้พักเป็นระยะ ยิ่งร้อนยิ่งต้องพักบ่อย
- เลื่อนงานหนักไปช่วงเช้าหรือเย็น หลีกเลี่ยงช่วงเที่ยงถึงบ่ายสามโมง
- ให้สวมเสื้อแขนยาวสีอ่อน ผ้าระบายอากาศ หมวกปีกกว้างหรือผ้าคลุมคอ
- จัดระบบ **จับคู่บัดดี้** ให้คอยสังเกตอาการกัน

## เมื่อมีคนไม่สบาย
- เหงื่อออกมาก อ่อนเพลีย ตะคริว: ให้หยุดงาน พักในที่ร่ม ดื่มน้ำหรือผงเกลือแร่
- **สับสน พูดไม่รู้เรื่อง เดินเซ ชัก หรือหมดสติ**: โทร 1669 ทันที แล้วปฐมพยาบาลลดความร้อนระหว่างรอ
- บันทึกเหตุการณ์ และทบทวนว่าต้องปรับอะไรในวันถัดไป

## ข้อควรจำ
ค่าจ้างตามชิ้นงานทำให้คนงานไม่อยากหยุดพัก หัวหน้างานต้องบอกให้ชัดว่าการพักในวันร้อนเป็นเรื่องที่ต้องทำ ไม่ใช่การอู้งาน""",
        "en": (
            "Preventing heat stroke in outdoor workers: for employers and supervisors",
            "Let new workers get used to the heat, provide water, shade and rest breaks, move heavy work to cooler hours, and pair workers up to watch each other on days with a high heat index.",
            """Construction workers, farmers, delivery riders, open-air market vendors and petrol station staff are at risk of heat stroke every hot season, especially in their first days on the job. Prevention is the job of employers and supervisors.

## Before work
- Check the **heat index** forecast from the Thai Meteorological Department every morning and tell the team
- New workers, or those back from a long break, start with light work and short hours and build up over the first 1-2 weeks so their bodies can adapt
- Ask about chronic illness and medicines; people who are unwell, short of sleep or drank last night should do light work or work in the shade

## During the day
- Put **cool, clean drinking water** near the work; about one glass every 15-20 minutes even without thirst
- Provide a tent or shade with fans for breaks; the hotter it is, the more often people rest
- Move heavy work to the morning or evening and avoid noon to 3 pm
- Light-coloured, long-sleeved, breathable clothes, a wide-brimmed hat or neck cover
- Use a **buddy system** so workers watch each other for symptoms

## When someone feels unwell
- Heavy sweating, weakness, cramps: stop work, rest in the shade, drink water or oral rehydration salts
- **Confusion, slurred speech, staggering, seizures or unconsciousness**: call 1669 at once and cool the person while you wait
- Record what happened and review what to change the next day

## Remember
Piece-rate pay makes workers reluctant to rest. Supervisors must say clearly that resting on hot days is required, not slacking.""",
        ),
        "en_tags": "outdoor workers, heat, heat stroke, employer, heat index",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["air-and-heat", "older-people"],
        "tags": "อากาศร้อน, ผู้สูงอายุ, เด็กเล็ก, ดื่มน้ำ, หน้าร้อน",
        "title": "ดูแลผู้สูงอายุและเด็กเล็กในบ้านช่วงอากาศร้อนจัด",
        "summary": "ผู้สูงอายุรู้สึกกระหายน้อยและระบายความร้อนได้ไม่ดี เด็กเล็กร้อนเร็ว ชวนดื่มน้ำเป็นเวลา จัดห้องให้เย็น และแวะดูผู้สูงอายุที่อยู่ลำพังทุกวัน",
        "source": "กรมอนามัย และกรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการดูแลสุขภาพกลุ่มเปราะบางช่วงอากาศร้อน",
        "reviewed": "2026-03-30",
        "body": """ผู้สูงอายุมักไม่ค่อยรู้สึกกระหายน้ำ และร่างกายระบายความร้อนได้ช้า ส่วนเด็กเล็กตัวร้อนเร็วและบอกไม่ได้ว่าไม่สบาย ทั้งสองกลุ่มจึงต้องมีคนช่วยดูแลในหน้าร้อน

## น้ำดื่ม
- วางแก้วน้ำหรือขวดน้ำไว้ใกล้ตัว ชวนดื่มเป็นเวลา เช่น ทุกชั่วโมง ไม่รอให้กระหาย
- สังเกตสีปัสสาวะ ถ้าเหลืองเข้มแปลว่าดื่มน้อยไป
- **ผู้ที่แพทย์สั่งจำกัดน้ำ** เช่น ผู้ป่วยโรคหัวใจหรือโรคไต ให้ถามแพทย์ว่าหน้าร้อนควรดื่มเท่าไร
- เลี่ยงเครื่องดื่มแอลกอฮอล์ และเครื่องดื่มหวานจัด

## บ้านและเสื้อผ้า
- เปิดหน้าต่างให้ลมผ่านในช่วงเช้าและค่ำ ปิดม่านกันแดดช่วงกลางวัน
- ใช้พัดลมร่วมกับการเช็ดตัวหรืออาบน้ำ ถ้ามีห้องปรับอากาศ ให้ผู้สูงอายุอยู่ในห้องนั้นช่วงบ่าย
- สวมเสื้อผ้าบาง สีอ่อน หลวม ไม่ห่มผ้าหนาให้เด็กเล็ก
- งดทำงานบ้านหนักหรือทำสวนช่วงเที่ยงถึงบ่าย

## ยาและโรคประจำตัว
ยาบางชนิด เช่น ยาขับปัสสาวะ ยาความดัน และยาทางจิตเวช ทำให้ร่างกายทนร้อนได้น้อยลง อย่าหยุดยาเอง แต่ถามแพทย์หรือเภสัชกรว่าต้องระวังอะไร เก็บยาไว้ในที่ไม่ร้อน

## เด็กเล็ก
- **ไม่ทิ้งเด็กไว้ในรถแม้เพียงไม่กี่นาที** รถที่จอดกลางแดดร้อนขึ้นเร็วมาก
- ให้ดื่มน้ำหรือนมบ่อยขึ้น ทารกที่กินนมแม่ให้ดูดนมบ่อยขึ้น
- เล่นกลางแจ้งช่วงเช้าหรือเย็น และพักในร่มบ่อย ๆ

## แวะดูกันทุกวัน
ผู้สูงอายุที่อยู่คนเดียวควรมีญาติ เพื่อนบ้าน หรือ อสม. แวะหรือโทรถามทุกวันในช่วงร้อนจัด

## อาการที่ต้องรีบช่วย
ซึมลง สับสน ตัวร้อนจัด ไม่ยอมดื่มน้ำ ปัสสาวะน้อยมาก หรือหายใจเร็ว ให้พาเข้าที่เย็น เช็ดตัว และโทร **1669**""",
    },
    # ---- Older people ----
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["older-people"],
        "tags": "ผู้สูงอายุ, หกล้ม, ป้องกันการล้ม, จัดบ้าน",
        "title": "ป้องกันผู้สูงอายุหกล้มในบ้าน: ตรวจบ้าน ร่างกาย และยา",
        "summary": "การหกล้มเป็นสาเหตุสำคัญของกระดูกหักและการติดเตียงในผู้สูงอายุ ป้องกันได้ด้วยการจัดบ้าน ออกกำลังกายฝึกการทรงตัว ตรวจสายตา และทบทวนยา",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คู่มือการป้องกันการพลัดตกหกล้มในผู้สูงอายุ",
        "reviewed": "2026-02-12",
        "body": """ผู้สูงอายุที่หกล้มหนึ่งครั้งมักกลัวการล้มจนไม่กล้าเดิน ยิ่งไม่เดินกล้ามเนื้อยิ่งอ่อนแรงและล้มง่ายขึ้น การป้องกันตั้งแต่ก่อนล้มครั้งแรกจึงสำคัญที่สุด

## ตรวจบ้าน
- **ห้องน้ำ**: พื้นไม่ลื่น มีราวจับข้างโถส้วมและที่อาบน้ำ ใช้โถนั่งราบและเก้าอี้อาบน้ำ
- **ทางเดิน**: เก็บสายไฟ พรม และของวางเกะกะ ไม่มีธรณีประตูหรือพื้นต่างระดับที่มองไม่เห็น ถ้ามีให้ทาสีหรือติดเทปสีให้เห็นชัด
- **แสงสว่าง**: ไฟสว่างพอ สวิตช์อยู่ใกล้ประตู มีไฟกลางคืนจากห้องนอนไปห้องน้ำ
- **บันได**: มีราวจับทั้งสองข้าง ขอบขั้นบันไดมีสีตัดชัด ถ้าทำได้ให้ผู้สูงอายุนอนชั้นล่าง
- **เตียงและเก้าอี้**: นั่งแล้วเท้าวางราบกับพื้น เก้าอี้มีพนักและที่วางแขน ไม่ใช้เก้าอี้ที่มีล้อ
- ของใช้ประจำวางในระดับระหว่างเอวถึงไหล่ ไม่ต้องปีนหรือก้มมาก

## ดูแลร่างกาย
- ออกกำลังกายฝึกการทรงตัวและความแข็งแรงของขาทุกวัน เช่น ยืนเกาะพนักเก้าอี้แล้วยืนขาเดียว เขย่งปลายเท้า ลุกนั่งจากเก้าอี้ รำไทเก๊ก หรือเดินเร็ว
- ตรวจสายตาอย่างน้อยปีละครั้ง ใส่แว่นที่ถูกค่าสายตา
- สวมรองเท้าที่พอดี พื้นยางกันลื่น ไม่เดินด้วยถุงเท้าบนพื้นลื่น
- ลุกจากเตียงช้า ๆ นั่งที่ขอบเตียงก่อนสักครู่ แล้วค่อยยืน ลดอาการหน้ามืด
- ใช้ไม้เท้าหรือเครื่องช่วยเดินตามที่เจ้าหน้าที่แนะนำ

## ทบทวนยา
ยานอนหลับ ยาคลายกังวล ยาลดความดัน และยาหลายชนิดรวมกัน ทำให้เวียนศีรษะและล้มง่าย นำยาทั้งหมดไปให้แพทย์หรือเภสัชกรดูอย่างน้อยปีละครั้ง ไม่ซื้อยานอนหลับกินเอง

## เมื่อหกล้มแล้ว
- อย่ารีบลุก ตั้งสติ สำรวจว่าเจ็บตรงไหน ค่อย ๆ พลิกตัว คลานไปหาเก้าอี้ที่มั่นคงแล้วยันตัวขึ้น
- ถ้าปวดสะโพกมาก ขยับขาไม่ได้ ศีรษะกระแทก ซึมลง หรืออาเจียน อย่าพยุงลุก ให้โทร **1669**
- แม้ไม่บาดเจ็บ ควรบอกแพทย์หรือ อสม. เพื่อหาสาเหตุของการล้ม""",
        "en": (
            "Preventing falls at home for older people: check the house, the body and the medicines",
            "Falls are a major cause of broken bones and of older people becoming bedridden. Arranging the home, balance exercises, eye tests and reviewing medicines prevent them.",
            """An older person who falls once often becomes afraid of falling and walks less. Walking less weakens the muscles and makes the next fall more likely, so preventing the first fall matters most.

## Check the house
- **Bathroom**: a non-slip floor, grab bars by the toilet and the shower, a sit-down toilet and a shower chair
- **Walkways**: clear away cables, rugs and clutter; no hidden thresholds or level changes, or paint or tape them in a bright colour
- **Lighting**: bright enough, switches near the door, a night light from bedroom to bathroom
- **Stairs**: rails on both sides, step edges in a contrasting colour; if possible the older person sleeps downstairs
- **Beds and chairs**: feet flat on the floor when sitting, chairs with a back and arms, no chairs on wheels
- Everyday things kept between waist and shoulder height, so there is no climbing or deep bending

## Look after the body
- Exercise balance and leg strength every day: stand on one leg holding a chair back, rise onto the toes, stand up from a chair and sit down, tai chi, brisk walking
- Have the eyes checked at least once a year and wear the right glasses
- Wear well-fitting shoes with non-slip rubber soles; do not walk in socks on slippery floors
- Get out of bed slowly: sit on the edge for a moment before standing, to avoid dizziness
- Use a cane or walker as health staff advise

## Review the medicines
Sleeping pills, anti-anxiety drugs, blood pressure drugs and many medicines taken together cause dizziness and falls. Take all the medicines to a doctor or pharmacist at least once a year, and do not buy sleeping pills on your own.

## After a fall
- Do not rush to get up. Stay calm, check where it hurts, roll over slowly, crawl to a sturdy chair and push yourself up
- If the hip hurts badly, a leg cannot move, the head was hit, or the person becomes drowsy or vomits, do not lift them: call **1669**
- Even without injury, tell a doctor or village health volunteer so the cause of the fall can be found""",
        ),
        "en_tags": "older people, falls, fall prevention, home safety",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["older-people", "3o2s"],
        "tags": "อาหารผู้สูงอายุ, โภชนาการ, โปรตีน, แคลเซียม, เคี้ยวยาก",
        "title": "กินอย่างไรให้แข็งแรงเมื่อสูงวัย: อาหารสำหรับผู้สูงอายุ",
        "summary": "ผู้สูงอายุต้องการโปรตีนและแคลเซียมไม่น้อยกว่าเดิม แต่กินได้น้อยลงและเคี้ยวยากขึ้น จัดอาหารอ่อน หลายมื้อเล็ก ลดหวานมันเค็ม และดื่มน้ำให้พอ",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: แนวทางโภชนาการสำหรับผู้สูงอายุ",
        "reviewed": "2026-02-12",
        "body": """เมื่ออายุมากขึ้น ความอยากอาหารลดลง ฟันไม่ดี กลืนลำบาก และกล้ามเนื้อลดลงเร็ว การกินให้พอเหมาะช่วยให้เดินได้มั่นคง หายป่วยเร็ว และไม่ล้มง่าย

## ในแต่ละวันควรได้
- **โปรตีนทุกมื้อ**: ปลา ไข่ เต้าหู้ ถั่ว เนื้อสัตว์ไม่ติดมัน ไข่วันละฟองเหมาะกับคนส่วนใหญ่ ถ้ามีไขมันในเลือดสูงให้ถามแพทย์
- **แคลเซียม**: นมจืดหรือนมพร่องมันเนย นมถั่วเหลืองที่เสริมแคลเซียม ปลาเล็กปลาน้อย เต้าหู้แข็ง ผักใบเขียว
- **ผักและผลไม้**: ผักต้มสุกนุ่มทุกมื้อ ผลไม้ไม่หวานจัด เช่น มะละกอ กล้วย ส้ม
- **ข้าวและแป้ง**: พอประมาณ เลือกข้าวกล้องหรือข้าวซ้อมมือถ้าเคี้ยวได้
- **น้ำ**: ประมาณ 6-8 แก้วต่อวัน เว้นแต่แพทย์ให้จำกัดน้ำ

## ลดสิ่งที่ไม่จำเป็น
- ลดเค็ม ชิมก่อนเติมน้ำปลาหรือซีอิ๊ว ระวังอาหารหมักดองและอาหารสำเร็จรูป
- ลดหวาน ขนมและเครื่องดื่มที่มีน้ำตาลมาก
- ลดของทอดและกะทิ

## เคี้ยวยาก กลืนลำบาก
- หั่นชิ้นเล็ก ต้มหรือตุ๋นให้นุ่ม ทำเป็นโจ๊ก ข้าวต้ม ไข่ตุ๋น ปลานึ่ง
- นั่งตัวตรงขณะกินและหลังกินอีกสักครู่ กินช้า ๆ คำเล็ก ๆ
- ดูแลช่องปากและฟันปลอมให้ใส่ได้พอดี ตรวจฟันปีละครั้ง
- สำลักบ่อย ไอขณะกิน หรือเสียงเปลี่ยนหลังกลืน ควรปรึกษาแพทย์

## กินได้น้อย
- แบ่งเป็นมื้อเล็ก 5-6 มื้อ เพิ่มอาหารว่างที่มีโปรตีน เช่น นม ไข่ต้ม เต้าฮวย
- กินร่วมกับครอบครัวหรือเพื่อน ช่วยให้อยากอาหารมากขึ้น
- ออกไปรับแดดอ่อนยามเช้าและขยับร่างกายทุกวัน

## สัญญาณที่ต้องพบแพทย์
น้ำหนักลดโดยไม่ได้ตั้งใจ เสื้อผ้าหลวมลงชัดเจนใน 3-6 เดือน เบื่ออาหารนาน อ่อนเพลียมาก หรือหลงลืมมื้ออาหาร ควรตรวจหาสาเหตุ ไม่ควรซื้ออาหารเสริมราคาแพงกินเองก่อนได้รับคำแนะนำ""",
    },
    {
        "kind": "article",
        "audiences": [P, S],
        "topics": ["older-people"],
        "tags": "ผู้ป่วยติดเตียง, แผลกดทับ, พลิกตัว, ผู้ดูแล, ให้อาหารทางสาย",
        "title": "ดูแลผู้ป่วยติดเตียงที่บ้าน: แผลกดทับ การป้อนอาหาร และการดูแลผู้ดูแล",
        "summary": "พลิกตัวทุก 2 ชั่วโมง ดูแลผิวให้แห้งสะอาด ยกหัวเตียงขณะกิน ขยับข้อทุกวัน และขอความช่วยเหลือจาก รพ.สต. และทีมดูแลระยะยาวในชุมชน",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คู่มือการดูแลผู้สูงอายุที่มีภาวะพึ่งพิง สำหรับผู้ดูแลและผู้จัดการการดูแล (Care Manager)",
        "reviewed": "2026-02-12",
        "body": """ผู้ป่วยที่ลุกจากเตียงเองไม่ได้เสี่ยงแผลกดทับ ปอดอักเสบจากการสำลัก ข้อติด และท้องผูก การดูแลที่สม่ำเสมอทุกวันป้องกันได้เกือบทั้งหมด

## ป้องกันแผลกดทับ
- **พลิกตัวอย่างน้อยทุก 2 ชั่วโมง** สลับนอนหงาย ตะแคงซ้าย ตะแคงขวา ใช้หมอนหนุนหลังและคั่นระหว่างเข่า
- ใช้ที่นอนลมหรือที่นอนลดแรงกด ถ้ามี
- ดูผิวหนังทุกวันโดยเฉพาะปุ่มกระดูก ก้นกบ สะโพก ส้นเท้า ข้อศอก ท้ายทอย ถ้ามีรอยแดงที่กดแล้วไม่จางหายไป คือเริ่มเกิดแผล ให้หลีกเลี่ยงการนอนทับตรงนั้น
- เปลี่ยนผ้าอ้อมทันทีที่เปียก ทำความสะอาดและซับให้แห้ง ทาครีมปกป้องผิว
- เวลาเลื่อนตัวให้ยกตัว ไม่ลากตัวผู้ป่วยกับที่นอน

## การกินและการป้อนอาหาร
- **ยกหัวเตียงหรือจัดท่านั่งอย่างน้อย 30-45 องศา** ขณะกินและหลังกินอย่างน้อย 30 นาที ลดการสำลัก
- ป้อนช้า ๆ คำเล็ก ๆ รอให้กลืนหมดก่อนป้อนคำต่อไป
- ผู้ที่ให้อาหารทางสายยาง ทำตามที่พยาบาลสอน ตรวจตำแหน่งสายก่อนให้ทุกครั้ง และล้างอุปกรณ์ให้สะอาด
- ให้น้ำเพียงพอ กินผักและผลไม้บด ช่วยลดท้องผูก
- ทำความสะอาดช่องปากและฟันวันละ 2 ครั้ง

## ขยับร่างกาย
บริหารข้อต่าง ๆ ให้ผู้ป่วยวันละ 2 ครั้ง งอและเหยียดแขน ขา ข้อมือ ข้อเท้าช้า ๆ ป้องกันข้อติด ถ้าผู้ป่วยทำเองได้บางส่วน ให้ทำเองเท่าที่ทำได้

## เมื่อไรต้องพบแพทย์
มีไข้ ไอ หายใจเร็วหรือหอบ ซึมลง ไม่ยอมกิน ปัสสาวะน้อยหรือขุ่นมีกลิ่น แผลกดทับมีหนองหรือกลิ่นเหม็น หรือสายให้อาหารหลุด

## ขอความช่วยเหลือ
ติดต่อ รพ.สต. หรือโรงพยาบาลใกล้บ้าน ให้ผู้ป่วยได้ขึ้นทะเบียนในระบบดูแลระยะยาว ซึ่งมีผู้จัดการการดูแลและผู้ช่วยเหลือดูแลมาเยี่ยมบ้าน สอนทักษะ และช่วยเรื่องอุปกรณ์ เช่น ที่นอนลม

## ดูแลผู้ดูแล
ผู้ดูแลมักเหนื่อยล้าและเครียดสะสม ผลัดเวรกับสมาชิกคนอื่นในบ้าน นอนให้พอ หาเวลาพักของตัวเอง และถ้ารู้สึกหมดแรงหรือท้อมาก โทรปรึกษาสายด่วนสุขภาพจิต **1323**""",
        "en": (
            "Caring for a bedridden person at home: pressure sores, feeding, and looking after the carer",
            "Turn the person every 2 hours, keep the skin clean and dry, raise the head of the bed for meals, move the joints every day, and get help from the local health centre and the community long-term care team.",
            """People who cannot get out of bed by themselves are at risk of pressure sores, pneumonia from choking on food, stiff joints and constipation. Steady daily care prevents nearly all of these.

## Preventing pressure sores
- **Turn the person at least every 2 hours**: back, left side, right side, with pillows behind the back and between the knees
- Use an air mattress or pressure-relieving mattress if you have one
- Check the skin every day, especially over bones: tailbone, hips, heels, elbows, back of the head. A red patch that does not fade when pressed is the start of a sore; keep weight off it
- Change wet nappies at once, clean and pat dry, and use a barrier cream
- Lift the person when moving them up the bed; never drag them across the sheet

## Eating and feeding
- **Raise the head of the bed or sit the person up to at least 30-45 degrees** during meals and for at least 30 minutes after, to prevent choking
- Feed slowly in small spoonfuls and wait until each is swallowed
- For tube feeding, follow what the nurse taught you: check the tube's position every time and keep the equipment clean
- Give enough water and mashed vegetables and fruit to prevent constipation
- Clean the mouth and teeth twice a day

## Moving the body
Exercise the joints twice a day: slowly bend and straighten the arms, legs, wrists and ankles to prevent stiffness. If the person can do part of it, let them.

## When to see a doctor
Fever, cough, fast or laboured breathing, drowsiness, refusing food, little or cloudy, smelly urine, a pressure sore with pus or a bad smell, or a feeding tube that has come out.

## Getting help
Contact the sub-district health promoting hospital or a nearby hospital to register the person for long-term care, in which a care manager and caregivers visit the home, teach skills and help with equipment such as air mattresses.

## Looking after the carer
Carers often build up exhaustion and stress. Take turns with other family members, sleep enough and keep time for yourself; if you feel drained or hopeless, call the mental health hotline **1323**.""",
        ),
        "en_tags": "bedridden, pressure sores, caregiver, tube feeding, long-term care",
    },
    # ---- Stress and sleep ----
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["mental-health", "3o2s"],
        "tags": "นอนไม่หลับ, สุขอนามัยการนอน, การนอน, หลับยาก",
        "title": "นอนไม่หลับทำอย่างไร: 10 นิสัยช่วยให้หลับดีขึ้น",
        "summary": "ตื่นและเข้านอนเวลาเดิม งดคาเฟอีนตั้งแต่บ่าย วางมือถือก่อนนอน จัดห้องให้มืดเงียบเย็น และลุกจากเตียงถ้าหลับไม่ได้ เป็นวิธีที่ได้ผลก่อนคิดถึงยานอนหลับ",
        "source": "กรมสุขภาพจิต กระทรวงสาธารณสุข: คำแนะนำสุขอนามัยการนอนหลับ",
        "reviewed": "2026-06-25",
        "body": """ผู้ใหญ่ส่วนใหญ่ต้องการนอนวันละ 7-9 ชั่วโมง การนอนไม่พอทำให้หงุดหงิด สมาธิลด ภูมิคุ้มกันต่ำ และเกิดอุบัติเหตุง่าย นิสัยการนอนที่ดีช่วยได้มากกว่าที่คิด

## 10 นิสัยเพื่อการนอนที่ดี
1. **ตื่นเวลาเดิมทุกวัน** รวมวันหยุด แม้คืนก่อนจะนอนดึก
2. เข้านอนเมื่อง่วงจริง และใช้เตียงสำหรับนอนเท่านั้น ไม่ทำงานหรือดูซีรีส์บนเตียง
3. **งดกาแฟ ชา ชาเขียว น้ำอัดลมสีดำ และเครื่องดื่มชูกำลังตั้งแต่บ่าย**
4. ไม่ดื่มเหล้าเพื่อให้หลับ เพราะทำให้ตื่นกลางดึกและหลับไม่ลึก
5. **วางมือถือและปิดจออย่างน้อย 1 ชั่วโมงก่อนนอน** แสงจากจอและเนื้อหาที่ตื่นเต้นทำให้สมองยังไม่พัก
6. จัดห้องนอนให้มืด เงียบ อากาศเย็นสบาย
7. ออกกำลังกายสม่ำเสมอ แต่ไม่หนักในช่วง 2-3 ชั่วโมงก่อนนอน
8. ไม่กินมื้อหนักก่อนนอน ถ้าหิวกินของว่างเบา ๆ เช่น นมอุ่น
9. งีบกลางวันไม่เกิน 30 นาที และไม่งีบหลังบ่ายสามโมง
10. ทำกิจกรรมผ่อนคลายก่อนนอน เช่น อาบน้ำอุ่น อ่านหนังสือ หายใจช้า ๆ ลึก ๆ

## ถ้านอนแล้วหลับไม่ได้
ถ้านอนมาแล้วราว 20 นาทียังไม่หลับ ให้ลุกไปทำอะไรเงียบ ๆ ในที่แสงสลัว เช่น อ่านหนังสือ แล้วกลับมานอนเมื่อง่วง ไม่นอนดูนาฬิกา เพราะยิ่งกังวลยิ่งหลับยาก ถ้าคิดวนเรื่องเดิม ลองจดสิ่งที่กังวลลงกระดาษก่อนนอน

## ยานอนหลับ
ไม่ควรซื้อยานอนหลับหรือยาแก้แพ้ที่ทำให้ง่วงกินเอง ยาอาจทำให้ติด ง่วงตอนกลางวัน และในผู้สูงอายุทำให้หกล้มได้

## ควรพบแพทย์เมื่อ
- นอนไม่หลับเกือบทุกคืนนานเกิน 1 เดือน หรือกระทบการงานและชีวิตประจำวัน
- นอนกรนเสียงดัง มีคนเห็นว่าหยุดหายใจขณะหลับ หรือง่วงมากตอนกลางวันแม้นอนพอ
- นอนไม่หลับร่วมกับเศร้า เบื่อทุกอย่าง หรือกังวลมาก

ปรึกษาเรื่องความเครียดและการนอนได้ที่สายด่วนสุขภาพจิต **1323**""",
        "en": (
            "Can't sleep? 10 habits for better sleep",
            "Get up and go to bed at the same times, no caffeine after noon, put the phone away before bed, keep the bedroom dark, quiet and cool, and get up if you cannot sleep: try these before thinking of sleeping pills.",
            """Most adults need 7-9 hours of sleep a night. Too little sleep makes people irritable and less focused, lowers immunity and leads to accidents. Good sleep habits help more than you might think.

## 10 habits for good sleep
1. **Get up at the same time every day**, weekends included, even after a late night
2. Go to bed when you are really sleepy, and use the bed only for sleep, not for work or series
3. **No coffee, tea, green tea, cola or energy drinks from the afternoon on**
4. Do not drink alcohol to fall asleep: it wakes you in the night and keeps sleep shallow
5. **Put the phone down and switch off screens at least an hour before bed**: the light and exciting content keep the brain awake
6. Keep the bedroom dark, quiet and comfortably cool
7. Exercise regularly, but not hard in the 2-3 hours before bed
8. No heavy meal before bed; if hungry, have a light snack such as warm milk
9. Nap no longer than 30 minutes, and not after 3 pm
10. Wind down before bed: a warm shower, a book, slow deep breaths

## If you cannot fall asleep
If you are still awake after about 20 minutes, get up and do something quiet in dim light, such as reading, and go back to bed when sleepy. Do not watch the clock: worry makes sleep harder. If the same thoughts keep going round, write your worries down before bed.

## Sleeping pills
Do not buy sleeping pills or drowsy antihistamines to take on your own. They can be habit-forming, cause daytime drowsiness and, in older people, falls.

## See a doctor if
- You sleep badly most nights for more than a month, or it affects work and daily life
- You snore loudly, someone has seen you stop breathing in your sleep, or you are very sleepy in the day despite enough sleep
- Poor sleep comes with sadness, losing interest in everything, or heavy worry

You can talk about stress and sleep with the mental health hotline **1323**.""",
        ),
        "en_tags": "insomnia, sleep hygiene, sleep, trouble sleeping",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["mental-health"],
        "tags": "เครียดเรื่องเงิน, หนี้สิน, เครียดจากงาน, ภาวะหมดไฟ",
        "title": "เครียดเรื่องเงินและงาน: จัดการทีละเรื่องก่อนหมดไฟ",
        "summary": "หนี้สินและงานที่หนักเป็นต้นเหตุความเครียดที่พบบ่อย แยกปัญหาเป็นเรื่องย่อย ขอคำปรึกษาเรื่องหนี้จากช่องทางที่ถูกต้อง ตั้งขอบเขตการทำงาน และรู้สัญญาณที่ต้องขอความช่วยเหลือ",
        "source": "กรมสุขภาพจิต กระทรวงสาธารณสุข: คำแนะนำการจัดการความเครียดจากปัญหาเศรษฐกิจและการทำงาน",
        "reviewed": "2026-06-25",
        "body": """ปัญหาเงินและงานทำให้เครียดได้ทุกวัน เพราะหนีไม่พ้นและมักมาพร้อมกัน ความเครียดที่สะสมทำให้นอนไม่หลับ ปวดหัว ใจสั่น หงุดหงิดใส่คนในบ้าน และตัดสินใจผิดพลาดง่ายขึ้น

## เครียดเรื่องเงิน
1. **เขียนทุกอย่างลงกระดาษ** รายรับ รายจ่าย หนี้แต่ละก้อน ดอกเบี้ย และวันครบกำหนด ปัญหาที่มองเห็นชัดน่ากลัวน้อยกว่าที่คิดวนในหัว
2. เรียงลำดับ จ่ายสิ่งจำเป็นก่อน เช่น อาหาร ค่าเช่า ค่าน้ำไฟ แล้วหนี้ที่ดอกเบี้ยสูง
3. **ติดต่อเจ้าหนี้ในระบบก่อนผิดนัด** เพื่อขอปรับโครงสร้างหนี้ สถาบันการเงินและหน่วยงานรัฐมีช่องทางให้คำปรึกษาเรื่องหนี้
4. **ไม่กู้นอกระบบเพื่อปิดหนี้เก่า** ดอกเบี้ยสูงมากและเสี่ยงถูกทวงหนี้ด้วยการข่มขู่
5. ระวังมิจฉาชีพที่อ้างว่าช่วยแก้หนี้หรือปล่อยกู้ง่าย โดยขอให้โอนเงินก่อน
6. คุยกับคนในครอบครัวอย่างเปิดใจ ช่วยกันวางแผน ดีกว่าแบกไว้คนเดียว

## เครียดจากงาน
- แบ่งงานใหญ่เป็นชิ้นเล็ก ทำทีละอย่าง และจดสิ่งที่ทำเสร็จแล้ว
- พักสั้น ๆ ทุก 1-2 ชั่วโมง ลุกเดิน ยืดเหยียด และกินข้าวให้ตรงเวลา
- ตั้งขอบเขต เช่น เวลาที่หยุดตอบข้อความงาน และพูดคุยกับหัวหน้าเมื่องานมากเกินจะทำได้
- ทำสิ่งที่ชอบนอกเวลางานอย่างน้อยวันละเล็กน้อย

## สัญญาณของภาวะหมดไฟ
เหนื่อยล้าตลอดเวลาแม้ได้พัก รู้สึกห่างเหินหรือไม่แยแสต่องาน และรู้สึกว่าทำอะไรก็ไม่มีคุณค่า ถ้าเป็นแบบนี้นานหลายสัปดาห์ ควรปรึกษาผู้เชี่ยวชาญ

## สิ่งที่ไม่ช่วย
ดื่มเหล้า สูบบุหรี่ เล่นการพนันเพื่อหวังถอนทุน หรือเก็บตัวไม่คุยกับใคร ทำให้ปัญหาหนักขึ้น

## ขอความช่วยเหลือทันทีเมื่อ
รู้สึกสิ้นหวัง คิดว่าตัวเองเป็นภาระ หรือมีความคิดอยากตาย โทรสายด่วนสุขภาพจิต **1323** ได้ตลอด 24 ชั่วโมง ถ้ามีอันตรายเฉพาะหน้า โทร **1669**""",
    },
    {
        "kind": "faq",
        "audiences": [P, S],
        "topics": ["mental-health"],
        "tags": "โรคซึมเศร้า, ดูแลคนซึมเศร้า, สายด่วน 1323, ฆ่าตัวตาย",
        "title": "ถาม-ตอบ ดูแลคนใกล้ชิดที่ซึมเศร้า และการโทรสายด่วน 1323",
        "summary": "สังเกตอาการซึมเศร้า พูดและฟังอย่างไรให้ช่วยได้ สัญญาณอันตรายที่ต้องรีบทำ และสายด่วนสุขภาพจิต 1323 ช่วยอะไรได้บ้าง",
        "source": "กรมสุขภาพจิต กระทรวงสาธารณสุข: คำแนะนำสำหรับญาติและผู้ดูแลผู้มีภาวะซึมเศร้า และบริการสายด่วนสุขภาพจิต 1323",
        "reviewed": "2026-06-25",
        "body": "โรคซึมเศร้าเป็นความเจ็บป่วยที่รักษาได้ ไม่ใช่ความอ่อนแอหรือการคิดมาก คนรอบข้างมีส่วนช่วยให้ผู้ป่วยได้รับการรักษาและฟื้นตัวเร็วขึ้น",
        "faq": [
            (
                "สังเกตอย่างไรว่าคนใกล้ชิดอาจซึมเศร้า",
                "เศร้า หดหู่ หรือหงุดหงิดเกือบทั้งวันติดต่อกันเกิน 2 สัปดาห์ เบื่อหรือไม่สนใจสิ่งที่เคยชอบ นอนไม่หลับหรือนอนมากผิดปกติ กินน้อยหรือมากผิดปกติ อ่อนเพลีย ไม่มีสมาธิ รู้สึกไร้ค่าหรือผิดไปหมด และอาจพูดถึงความตาย ถ้ามีหลายข้อควรชวนไปพบแพทย์หรือประเมินที่ รพ.สต. ซึ่งมีแบบคัดกรองภาวะซึมเศร้า",
            ),
            (
                "ควรพูดหรือทำอย่างไรเมื่อเขาอยากระบาย",
                "ฟังให้มาก พูดให้น้อย ไม่ตัดสิน ไม่รีบสอน สะท้อนความรู้สึก เช่น 'ฟังดูเหนื่อยมากเลยนะ' และบอกว่าเราอยู่ตรงนี้ หลีกเลี่ยงคำว่า 'สู้ ๆ' 'คิดมากไปเอง' หรือ 'คนอื่นแย่กว่านี้ยังอยู่ได้' เพราะทำให้เขารู้สึกว่าไม่มีใครเข้าใจ ชวนทำกิจกรรมเล็ก ๆ ด้วยกัน เช่น เดินเล่น กินข้าว",
            ),
            (
                "ผู้ป่วยกินยาแล้วรู้สึกดีขึ้น หยุดยาได้ไหม",
                "ไม่ควรหยุดยาเอง ยาต้านเศร้ามักต้องใช้เวลาหลายสัปดาห์กว่าจะเห็นผล และต้องกินต่อเนื่องตามที่แพทย์สั่งแม้อาการดีขึ้น การหยุดเองทำให้อาการกลับมาได้ ช่วยเตือนเรื่องยาและพาไปตามนัด ถ้ามีผลข้างเคียงให้ปรึกษาแพทย์",
            ),
            (
                "สัญญาณอันตรายที่ต้องรีบช่วยมีอะไรบ้าง",
                "พูดถึงการอยากตายหรือการเป็นภาระ เขียนข้อความลา แจกของรักให้คนอื่น หาวิธีทำร้ายตัวเอง หรือจู่ ๆ ดูสงบผิดปกติหลังเศร้ามานาน ให้ถามตรง ๆ ว่าคิดทำร้ายตัวเองไหม การถามไม่ได้ทำให้เขาคิดมากขึ้น อยู่เป็นเพื่อนไม่ปล่อยไว้ลำพัง เก็บยาจำนวนมาก อาวุธ และสารเคมีให้พ้นมือ แล้วพาไปโรงพยาบาลหรือโทร 1669 ทันทีถ้ามีอันตรายเฉพาะหน้า",
            ),
            (
                "สายด่วน 1323 ช่วยอะไรได้บ้าง",
                "สายด่วนสุขภาพจิต 1323 ของกรมสุขภาพจิต เปิดให้บริการตลอด 24 ชั่วโมง มีนักจิตวิทยาและผู้เชี่ยวชาญรับฟัง ให้คำปรึกษาเรื่องความเครียด ซึมเศร้า ความคิดทำร้ายตัวเอง ปัญหาครอบครัว และแนะนำวิธีดูแลคนใกล้ชิดที่ป่วย รวมถึงบอกช่องทางรักษาใกล้บ้าน โทรได้ทั้งผู้ที่มีปัญหาเองและญาติ ไม่ต้องบอกชื่อจริงถ้าไม่ต้องการ",
            ),
            (
                "คนดูแลเหนื่อยมาก ทำอย่างไรดี",
                "การดูแลผู้ป่วยซึมเศร้าเป็นงานหนัก แบ่งหน้าที่กับคนอื่นในครอบครัว หาเวลาพัก ออกกำลังกาย และนอนให้พอ ไม่ต้องรับผิดชอบการหายของเขาคนเดียว ถ้าผู้ดูแลเริ่มมีอาการเครียดหรือเศร้าเอง ให้โทร 1323 หรือปรึกษาเจ้าหน้าที่สาธารณสุขใกล้บ้านเช่นกัน",
            ),
        ],
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["mental-health", "3o2s"],
        "tags": "เวลาหน้าจอ, ติดมือถือ, เด็กติดจอ, สกรีนไทม์, ถนอมสายตา",
        "title": "เวลาหน้าจอ: ใช้มือถืออย่างไรไม่ให้เสียสุขภาพ ทั้งเด็กและผู้ใหญ่",
        "summary": "เด็กต่ำกว่า 2 ปีไม่ควรดูจอ เด็ก 2-5 ปีไม่เกินวันละ 1 ชั่วโมงโดยมีผู้ใหญ่ดูด้วย ผู้ใหญ่ลดเวลาเลื่อนหน้าจอ พักสายตา และไม่เล่นมือถือก่อนนอน",
        "source": "กรมอนามัย และกรมสุขภาพจิต กระทรวงสาธารณสุข: คำแนะนำการใช้สื่อหน้าจอในเด็กและการใช้สื่อออนไลน์อย่างสร้างสรรค์",
        "reviewed": "2026-06-25",
        "body": """มือถือเป็นทั้งงาน ข่าว และความบันเทิง แต่เวลาหน้าจอที่มากเกินไปแย่งเวลานอน เวลาขยับร่างกาย และเวลาคุยกับคนในบ้าน

## เด็กเล็ก
- **อายุต่ำกว่า 2 ปี: ไม่ควรให้ดูหน้าจอ** ยกเว้นวิดีโอคอลคุยกับญาติโดยมีผู้ใหญ่อยู่ด้วย
- **อายุ 2-5 ปี: ไม่เกินวันละ 1 ชั่วโมง** เลือกเนื้อหาที่เหมาะกับวัย และผู้ใหญ่ดูและคุยไปด้วย
- ไม่ใช้มือถือเป็นพี่เลี้ยงเด็กขณะกินข้าวหรือก่อนนอน
- เด็กเล็กเรียนรู้ภาษาและอารมณ์จากการเล่นและพูดคุยกับคนจริง เล่านิทาน เล่นของเล่น และวิ่งเล่นกลางแจ้งช่วยพัฒนาการได้มากกว่าจอ

## เด็กโตและวัยรุ่น
- ตกลงกติกาด้วยกัน เช่น เวลาเล่นเกม ไม่ใช้มือถือบนโต๊ะกินข้าว และวางมือถือนอกห้องนอนตอนกลางคืน
- สนใจว่าลูกดูอะไร คุยกับใคร และสอนเรื่องความปลอดภัยออนไลน์ การกลั่นแกล้งทางออนไลน์ และข่าวปลอม
- ผู้ปกครองเป็นตัวอย่าง ถ้าพ่อแม่ติดจอ ลูกก็ทำตาม

## ผู้ใหญ่
- ดูเวลาหน้าจอในเมนูตั้งค่าของมือถือ จะรู้ว่าหมดไปกับแอปไหน
- ปิดการแจ้งเตือนที่ไม่จำเป็น และกำหนดช่วงเวลาปลอดจอ เช่น ระหว่างกินข้าว
- ลดการเลื่อนดูข่าวร้ายหรือโซเชียลมีเดียต่อเนื่อง ถ้ารู้สึกเครียด กังวล หรือเปรียบเทียบตัวเองกับคนอื่น
- วางมือถือ 1 ชั่วโมงก่อนนอน

## ถนอมสายตาและร่างกาย
- ทุก 20 นาที มองไกลประมาณ 6 เมตร (20 ฟุต) นาน 20 วินาที และกะพริบตาบ่อย ๆ
- ถือจอให้อยู่ระดับสายตา ไม่ก้มคอนาน ลุกเดินทุกชั่วโมง
- เปิดไฟในห้องให้สว่างพอ ไม่ดูจอในที่มืด

## สัญญาณว่าเริ่มเป็นปัญหา
หงุดหงิดหรือก้าวร้าวเมื่อไม่ได้เล่น นอนดึกจนเสียการเรียนหรือการงาน เลิกทำกิจกรรมอื่นที่เคยชอบ หรือโกหกเรื่องเวลาที่ใช้ ปรึกษาเจ้าหน้าที่สาธารณสุขหรือสายด่วนสุขภาพจิต **1323** ได้""",
    },
]
