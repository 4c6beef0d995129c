"""Seeded knowledge (see seed.py for the keys of an item): dengue and mosquito breeding sites, leptospirosis and floods, COVID-19 and ATK, masks, hand hygiene and vaccination. Written in our own words
from the public advice of the Department of Health and its sister departments, each item with its
source and the date it was last checked against it."""

from __future__ import annotations

from typing import Any

P, E, S = "public", "establishments", "staff"

DENGUE: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "ไข้เลือดออก, อาการไข้เลือดออก, สัญญาณอันตราย, ไข้สูง",
        "title": "ไข้เลือดออก: อาการและสัญญาณอันตรายที่ต้องรีบไปโรงพยาบาล",
        "summary": "ไข้เลือดออกเริ่มด้วยไข้สูงลอย 2-7 วัน ช่วงที่อันตรายที่สุดคือตอนไข้เริ่มลด ถ้าปวดท้องมาก อาเจียนตลอด ซึม หรือมีเลือดออก ต้องไปโรงพยาบาลทันที",
        "body": """ไข้เลือดออกเกิดจากเชื้อไวรัสเดงกีที่มียุงลายเป็นพาหะ ยุงลายกัดในเวลากลางวัน หลังถูกยุงที่มีเชื้อกัดประมาณ 5-8 วันจึงเริ่มป่วย

## อาการช่วงแรก (ระยะไข้ 2-7 วัน)
- ไข้สูงเฉียบพลัน 38.5-40 องศาเซลเซียส กินยาลดไข้แล้วไข้ลงไม่นานก็ขึ้นอีก
- หน้าแดง ปวดศีรษะ ปวดเมื่อยตัว ปวดกระบอกตา
- เบื่ออาหาร คลื่นไส้ อาเจียน บางคนปวดท้อง
- อาจมีจุดเลือดออกเล็ก ๆ สีแดงตามแขน ขา ลำตัว หรือรักแร้
- ส่วนใหญ่ไม่มีน้ำมูกและไม่ไอ ซึ่งช่วยแยกจากไข้หวัดได้

## ช่วงอันตราย: เมื่อไข้เริ่มลด
หลายคนเข้าใจผิดว่าไข้ลงแล้วหายป่วย แต่ไข้เลือดออกมักเกิดภาวะช็อกในช่วงที่ไข้ลดลง (ประมาณวันที่ 3-6 ของการป่วย) เพราะน้ำเลือดรั่วออกนอกหลอดเลือด จึงต้องเฝ้าดูอาการใกล้ชิดต่ออีก 1-2 วัน

## สัญญาณอันตราย ไปโรงพยาบาลทันที
- ไข้ลดลงแต่ซึมลง อ่อนเพลียมาก หรือกระสับกระส่าย
- ปวดท้องมาก โดยเฉพาะใต้ชายโครงขวา
- อาเจียนตลอดเวลา กินหรือดื่มไม่ได้
- มีเลือดออก เช่น เลือดกำเดาไหล เลือดออกตามไรฟัน อาเจียนเป็นเลือดหรือสีดำ ถ่ายอุจจาระสีดำ ประจำเดือนมามากผิดปกติ
- มือเท้าเย็นชื้น ตัวลาย ชีพจรเบาเร็ว
- ไม่ปัสสาวะนาน 4-6 ชั่วโมง

กรณีฉุกเฉินโทร **1669** และถ้ามีไข้สูงเกิน 2 วัน ควรไปพบแพทย์เพื่อตรวจเลือด แม้ยังไม่มีสัญญาณอันตราย

## ดูแลตัวเองระหว่างรอดูอาการ
เช็ดตัวด้วยน้ำธรรมดาหรือน้ำอุ่น กินยาพาราเซตามอลเท่าที่จำเป็น ดื่มน้ำหรือน้ำเกลือแร่บ่อย ๆ และนอนในมุ้งเพื่อไม่ให้ยุงกัดแล้วแพร่เชื้อต่อให้คนในบ้าน""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการป้องกันและควบคุมโรคไข้เลือดออกสำหรับประชาชน",
        "reviewed": "2026-10-12",
        "en": (
            "Dengue fever: symptoms and the danger signs that mean hospital now",
            "Dengue starts with a high fever lasting 2-7 days, and the most dangerous time is when the fever starts to drop. Severe belly pain, constant vomiting, drowsiness or bleeding mean going to hospital at once.",
            """Dengue is caused by the dengue virus, carried by Aedes mosquitoes that bite during the day. Illness usually starts 5-8 days after the bite of an infected mosquito.

## Early symptoms (the fever phase, 2-7 days)
- Sudden high fever of 38.5-40°C that comes back soon after fever medicine
- Flushed face, headache, body aches, pain behind the eyes
- Loss of appetite, nausea, vomiting, sometimes belly pain
- Small red spots of bleeding under the skin of the arms, legs, body or armpits
- Usually no runny nose and no cough, which helps tell it apart from a cold

## The dangerous phase: when the fever drops
Many people think that once the fever falls they are getting better. In dengue, shock usually happens as the fever goes down (around day 3-6 of the illness), because fluid leaks out of the blood vessels. Keep watching closely for another 1-2 days.

## Danger signs: go to hospital immediately
- The fever drops but the person becomes drowsy, very weak or restless
- Severe belly pain, especially under the right ribs
- Vomiting all the time, unable to eat or drink
- Bleeding: nosebleeds, bleeding gums, vomiting blood or black material, black stools, unusually heavy periods
- Cold, clammy hands and feet, mottled skin, a weak fast pulse
- No urine for 4-6 hours

In an emergency call **1669**. Anyone with a high fever for more than 2 days should see a doctor for a blood test, even without danger signs.

## Caring for yourself while you watch
Sponge the body with room-temperature or lukewarm water, take paracetamol only as needed, drink water or oral rehydration salts often, and sleep under a mosquito net so mosquitoes cannot bite you and pass the virus to others at home.""",
        ),
        "en_tags": "dengue, dengue fever, symptoms, warning signs, Aedes mosquito",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "ไข้เลือดออก, ยาลดไข้, พาราเซตามอล, ห้ามกินไอบูโพรเฟน, แอสไพริน",
        "title": "เป็นไข้เลือดออก กินยาอะไรได้ ยาอะไรห้ามกิน",
        "summary": "ยาลดไข้ที่ใช้ได้คือพาราเซตามอลในขนาดที่ถูกต้องเท่านั้น ห้ามกินแอสไพริน ไอบูโพรเฟน และยาแก้ปวดกลุ่มเอ็นเสด เพราะทำให้เลือดออกง่ายขึ้น",
        "body": """เมื่อมีไข้สูงในช่วงที่ไข้เลือดออกระบาด ให้คิดไว้ก่อนว่าอาจเป็นไข้เลือดออก และเลือกยาให้ถูก

## ยาที่ใช้ได้: พาราเซตามอล
- กินตามขนาดบนฉลากหรือตามน้ำหนักตัว เด็กใช้ยาน้ำตามน้ำหนักตัวตามที่เภสัชกรหรือแพทย์บอก
- กินห่างกันอย่างน้อย 4-6 ชั่วโมง และเฉพาะเมื่อมีไข้สูง
- อย่ากินเกินขนาดเพื่อให้ไข้ลงเร็ว ยาพาราเซตามอลที่มากเกินไปทำลายตับ ไข้เลือดออกไม่ลงด้วยยา ไข้จะลงเองเมื่อถึงเวลา
- เสริมด้วยการเช็ดตัวด้วยน้ำธรรมดาหรือน้ำอุ่น โดยเฉพาะซอกคอ รักแร้ และขาหนีบ

## ยาที่ห้ามกิน
- **แอสไพริน**
- **ไอบูโพรเฟน** และยาแก้ปวดลดไข้กลุ่มเอ็นเสด (NSAIDs) อื่น เช่น ไดโคลฟีแนค นาพรอกเซน กรดเมเฟนามิก
- ยาชุด ยาลูกกลอน หรือยาที่ไม่รู้ส่วนประกอบ เพราะอาจมียากลุ่มนี้หรือสเตียรอยด์ปนอยู่
- ไม่ควรฉีดยาลดไข้เข้ากล้ามเนื้อ

ยาเหล่านี้ทำให้เกล็ดเลือดทำงานได้ไม่ดีและระคายกระเพาะ เสี่ยงเลือดออกในกระเพาะอาหารซึ่งอันตรายถึงชีวิต ถ้าไม่แน่ใจว่ายาที่มีอยู่เป็นยาอะไร ให้ถามเภสัชกรก่อนกิน

## ดื่มน้ำให้พอ
- จิบน้ำเกลือแร่ (ORS) น้ำผลไม้ หรือน้ำข้าว บ่อย ๆ ครั้งละน้อย
- เลี่ยงเครื่องดื่มและอาหารสีแดง ดำ หรือน้ำตาล เพราะถ้าอาเจียนออกมาจะแยกยากว่าเป็นเลือดหรือไม่

ถ้ากินยาแล้วไข้ยังสูงเกิน 2 วัน หรือมีสัญญาณอันตราย เช่น ปวดท้องมาก อาเจียนตลอด ซึม มีเลือดออก ให้ไปโรงพยาบาลทันที""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการดูแลผู้ป่วยไข้เลือดออกที่บ้านและการใช้ยาลดไข้",
        "reviewed": "2026-10-12",
        "en": (
            "Dengue: which medicine you can take and which you must not",
            "The only fever medicine to use is paracetamol at the right dose. Do not take aspirin, ibuprofen or other NSAID painkillers, because they make bleeding more likely.",
            """When you have a high fever during a dengue outbreak, assume it might be dengue and choose your medicine carefully.

## Safe to use: paracetamol
- Take the dose on the label or by body weight; for children use the syrup dose for their weight as a pharmacist or doctor advises
- Leave at least 4-6 hours between doses, and take it only when the fever is high
- Do not take extra to bring the fever down faster. Too much paracetamol damages the liver. Dengue fever does not respond much to medicine; it falls on its own when its time comes
- Sponge the body with room-temperature or lukewarm water as well, especially the neck, armpits and groin

## Do not take
- **Aspirin**
- **Ibuprofen** and other NSAID painkillers such as diclofenac, naproxen or mefenamic acid
- Mixed "yaa chud" packets, herbal pills or any medicine whose contents you do not know: they may contain these drugs or steroids
- Fever injections into the muscle

These drugs stop platelets working well and irritate the stomach, raising the risk of stomach bleeding, which can kill. If you are not sure what a medicine is, ask a pharmacist first.

## Drink enough
- Sip oral rehydration salts (ORS), fruit juice or rice water often, a little at a time
- Avoid red, black or brown food and drinks: if you vomit, it is then hard to tell whether there is blood

If the fever stays high for more than 2 days, or danger signs appear (severe belly pain, constant vomiting, drowsiness, bleeding), go to hospital immediately.""",
        ),
        "en_tags": "dengue, paracetamol, ibuprofen, aspirin, NSAIDs, fever medicine",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention", "environmental-health"],
        "tags": "ยุงลาย, 3 เก็บ, แหล่งเพาะพันธุ์ยุง, ลูกน้ำ, ไข้เลือดออก",
        "title": "3 เก็บ กำจัดแหล่งเพาะพันธุ์ยุงลายในบ้าน",
        "summary": "เก็บบ้านให้โล่ง เก็บขยะไม่ให้มีน้ำขัง และเก็บน้ำให้มิดชิด ทำทุก 7 วัน ยุงลายก็ไม่มีที่วางไข่",
        "body": """ยุงลายชอบวางไข่ในน้ำนิ่งที่ค่อนข้างใสในภาชนะรอบบ้าน จากไข่เป็นตัวยุงใช้เวลาประมาณ 7-10 วัน ถ้าเราจัดการภาชนะที่มีน้ำขัง **ทุก 7 วัน** ลูกน้ำก็จะไม่ทันโตเป็นยุง

## เก็บที่ 1: เก็บบ้าน
- จัดบ้านให้โล่ง โปร่ง และมีแสงส่องถึง ยุงลายชอบเกาะพักในมุมมืดและอับชื้น
- ไม่แขวนเสื้อผ้าที่ใส่แล้วทิ้งไว้เป็นกอง ๆ
- เปิดหน้าต่างให้ลมผ่าน และติดมุ้งลวดถ้าทำได้

## เก็บที่ 2: เก็บขยะ
- เก็บกระป๋อง ขวด กะลา ยางรถยนต์เก่า ถุงพลาสติก และภาชนะที่ไม่ใช้ ทิ้งในถังขยะมีฝาปิด
- ยางรถยนต์ที่ยังเก็บไว้ให้เจาะรูหรือเก็บในที่ร่มที่ฝนไม่สาด
- ลอกรางน้ำฝนไม่ให้มีใบไม้อุดตันจนน้ำขัง

## เก็บที่ 3: เก็บน้ำ
- ปิดฝาโอ่ง ถังน้ำ และภาชนะเก็บน้ำให้มิดชิดทุกครั้งหลังใช้
- เปลี่ยนน้ำในแจกัน ขวดเลี้ยงพลูด่าง และที่ให้น้ำสัตว์ทุก 7 วัน
- ขัดผนังด้านในของภาชนะก่อนเติมน้ำใหม่ เพราะไข่ยุงลายเกาะอยู่ที่ผนังและทนแห้งได้นานหลายเดือน
- จานรองขาตู้กับข้าวใส่เกลือแกงหรือน้ำส้มสายชู หรือเปลี่ยนน้ำทุก 7 วัน
- จานรองกระถางต้นไม้ใส่ทรายให้เต็ม หรือคว่ำไว้

## จุดที่มักลืม
ถาดน้ำทิ้งใต้ตู้เย็น ถาดรองน้ำเครื่องปรับอากาศ ห้องน้ำที่มีถังน้ำไม่ปิด ขาโต๊ะที่เป็นท่อกลวง และโพรงต้นไม้

ชวนคนในบ้านทำพร้อมกันสัปดาห์ละครั้ง เช่น ทุกวันศุกร์ ป้องกันได้ทั้งไข้เลือดออก ไข้ซิกา และโรคไข้ปวดข้อยุงลาย""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: มาตรการ 3 เก็บ ป้องกัน 3 โรค (ไข้เลือดออก ไข้ซิกา ไข้ปวดข้อยุงลาย)",
        "reviewed": "2026-09-28",
        "en": (
            "The 3 clean-ups: getting rid of Aedes breeding sites at home",
            "Keep the house open and tidy, throw away rubbish that can hold water, and cover or change stored water. Do it every 7 days and Aedes mosquitoes have nowhere to lay eggs.",
            """Aedes mosquitoes lay eggs in still, fairly clear water in containers around the house. It takes about 7-10 days for an egg to become an adult mosquito, so if we deal with standing water **every 7 days**, larvae never get the chance to grow up.

## Clean-up 1: the house
- Keep rooms uncluttered, airy and bright: Aedes mosquitoes rest in dark, damp corners
- Do not leave piles of worn clothes hanging
- Open windows for a breeze and fit insect screens if you can

## Clean-up 2: rubbish
- Collect cans, bottles, coconut shells, old tyres, plastic bags and unused containers and put them in a bin with a lid
- Drill holes in tyres you keep, or store them under cover away from the rain
- Clear gutters so leaves do not block them and hold water

## Clean-up 3: water
- Put lids on jars, tanks and water containers after every use
- Change the water in vases, plant bottles and pet bowls every 7 days
- Scrub the inside walls of containers before refilling: Aedes eggs stick to the walls and survive drying for months
- Put salt or vinegar in the water bowls under cupboard legs, or change the water every 7 days
- Fill plant-pot saucers with sand, or turn them over

## Places people forget
The drip tray under the fridge, air-conditioner drip trays, uncovered buckets in the bathroom, hollow metal table legs and holes in trees.

Get everyone at home to do it together once a week, for example every Friday. It prevents dengue, Zika and chikungunya.""",
        ),
        "en_tags": "Aedes mosquito, breeding sites, larvae, dengue prevention, 3 clean-ups",
    },
    {
        "kind": "article",
        "audiences": [E],
        "topics": ["disease-prevention", "environmental-health", "community"],
        "tags": "ยุงลาย, โรงเรียน, วัด, ร้านค้า, ตลาด",
        "title": "กำจัดยุงลายในโรงเรียน วัด ตลาด และร้านค้า: รายการตรวจทุกสัปดาห์",
        "summary": "สถานที่ที่มีคนมารวมกันต้องไม่มีลูกน้ำยุงลายเลย กำหนดผู้รับผิดชอบ เดินตรวจภาชนะทุกสัปดาห์ และบันทึกผลไว้",
        "body": """โรงเรียน วัด ตลาด และร้านค้ามีภาชนะใส่น้ำจำนวนมากและมีคนมาใช้ทุกวัน ถ้ามีลูกน้ำยุงลายเพียงจุดเดียวก็แพร่โรคได้กว้าง เป้าหมายของสถานที่เหล่านี้คือ **ไม่พบลูกน้ำเลย**

## ตั้งทีมและรอบการตรวจ
- มอบหมายผู้รับผิดชอบ เช่น ครูเวร พระหรือกรรมการวัด หัวหน้าแม่บ้านตลาด หรือพนักงานร้าน
- เดินตรวจทุกสัปดาห์ในวันเดียวกัน และหลังฝนตกหนัก
- ทำผังจุดที่มีภาชนะใส่น้ำ แล้วติ๊กทีละจุดในแบบบันทึก

## จุดที่ต้องตรวจ
**โรงเรียน:** ห้องน้ำและถังน้ำ ที่ล้างมือ แจกันในห้องเรียน กระถางต้นไม้ ยางรถยนต์ในสนามเด็กเล่น รางน้ำฝน และเศษภาชนะหลังโรงอาหาร

**วัด:** โอ่งน้ำมนต์และภาชนะใส่น้ำถวายพระ แจกันหน้าพระพุทธรูป อ่างบัว ภาชนะรองน้ำใต้ต้นไม้ เศษกระถางและกองวัสดุหลังกุฏิ

**ตลาดและร้านค้า:** ถังน้ำสำรองของแผง ถาดรองตู้แช่ ถาดน้ำทิ้งเครื่องปรับอากาศ กองลังและเศษภาชนะ ยางรถยนต์เก่าหลังร้าน และท่อระบายน้ำที่อุดตัน

## เมื่อพบลูกน้ำ
1. เทน้ำทิ้งลงพื้นดิน ไม่เทลงท่อระบายน้ำ แล้วขัดผนังภาชนะ
2. ภาชนะที่เทไม่ได้ ให้ปิดฝา ใส่ทรายกำจัดลูกน้ำตามขนาดบนซอง หรือปล่อยปลากินลูกน้ำ
3. ภาชนะที่ไม่ใช้แล้วเก็บทิ้งหรือคว่ำไว้
4. บันทึกจุดที่พบและตรวจซ้ำภายใน 7 วัน

## ให้คนช่วยกัน
- ในโรงเรียน ให้นักเรียนแต่ละห้องดูแลจุดใกล้ห้องของตัวเอง
- ในวัด ประกาศชวนญาติโยมไม่ทิ้งแจกันและภาชนะไว้
- ในตลาด ทำข้อตกลงกับผู้ค้าให้ดูแลแผงของตัวเองทุกวันล้างตลาด

ถ้ามีนักเรียน พนักงาน หรือผู้ค้าป่วยเป็นไข้เลือดออก ให้แจ้ง รพ.สต. หรือโรงพยาบาลในพื้นที่ เพื่อควบคุมโรคโดยเร็ว""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการป้องกันควบคุมโรคไข้เลือดออกในโรงเรียน ศาสนสถาน และสถานประกอบการ",
        "reviewed": "2026-09-28",
        "en": (
            "Getting rid of Aedes mosquitoes at schools, temples, markets and shops: a weekly check",
            "Places where people gather should have no Aedes larvae at all. Name a person in charge, check every container weekly and keep a record.",
            """Schools, temples, markets and shops have many water containers and people every day. Larvae in a single spot can spread disease widely. The goal for these places is **no larvae found at all**.

## A team and a round
- Name someone in charge: the teacher on duty, a monk or temple committee member, the market's cleaning head, or a shop worker
- Check every week on the same day, and after heavy rain
- Draw a map of the spots with water containers and tick each one on a record sheet

## What to check
**Schools:** toilets and water tanks, hand-washing points, classroom vases, plant pots, tyres in the playground, gutters, and discarded containers behind the canteen.

**Temples:** holy-water jars and water offered to monks, vases in front of Buddha images, lotus tubs, water trays under plants, broken pots and piles of material behind the monks' quarters.

**Markets and shops:** stalls' spare water buckets, trays under display fridges, air-conditioner drip trays, piles of crates and containers, old tyres behind the shop, and blocked drains.

## When you find larvae
1. Pour the water on the ground, not down the drain, and scrub the container walls
2. For containers you cannot empty, fit a lid, add larvicide sand at the dose on the packet, or put in larvae-eating fish
3. Throw away or turn over containers no longer used
4. Note the spot and check it again within 7 days

## Get everyone involved
- At school, each class looks after the spots near its room
- At temples, ask visitors not to leave vases and containers behind
- At markets, agree with traders that they check their own stall on every market-cleaning day

If a student, worker or trader gets dengue, tell the local health-promoting hospital or district hospital so the disease can be controlled quickly.""",
        ),
        "en_tags": "Aedes mosquito, schools, temples, markets, shops, larvae check",
    },
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["disease-prevention", "environmental-health"],
        "tags": "ลูกน้ำยุงลาย, ทรายกำจัดลูกน้ำ, ปลากินลูกน้ำ, ทรายอะเบท",
        "title": "กำจัดลูกน้ำยุงลาย: ทรายกำจัดลูกน้ำ ปลากินลูกน้ำ และวิธีง่าย ๆ",
        "summary": "ภาชนะที่เทน้ำทิ้งไม่ได้ ใช้ทรายกำจัดลูกน้ำตามขนาด ปล่อยปลาหางนกยูง หรือปิดฝาให้สนิท ส่วนภาชนะเล็กให้เทและขัดทุก 7 วัน",
        "body": """ลูกน้ำยุงลายตัวเล็ก สีดำ ว่ายดิ้นขึ้นลงในภาชนะน้ำใส ส่วนใหญ่อยู่ในบ้านและรอบบ้าน เลือกวิธีกำจัดให้เหมาะกับภาชนะ

## ภาชนะเล็ก: เทและขัด
แจกัน ขวด ถาดรอง จานรองขาตู้ ให้เทน้ำทิ้งลงดิน ขัดผนังด้านใน แล้วเติมน้ำใหม่ ทุก 7 วัน

## ภาชนะใหญ่ที่เทไม่ได้
**ปิดฝาให้สนิท** เป็นวิธีที่ดีที่สุดสำหรับโอ่งและถังเก็บน้ำ ถ้าฝาไม่มีหรือปิดไม่สนิท ใช้ผ้าหรือตาข่ายมุ้งลวดคลุมแล้วรัดให้แน่น

**ทรายกำจัดลูกน้ำ** (ทรายทีมีฟอส หรือที่คนเรียกว่าทรายอะเบท)
- ใช้ตามขนาดบนซอง โดยทั่วไปประมาณ 1 กรัมต่อน้ำ 10 ลิตร
- ใส่ในถุงผ้าบาง ๆ แขวนไว้ในโอ่งหรือโรยลงไปได้ ออกฤทธิ์ได้ประมาณ 3 เดือน แล้วเปลี่ยนใหม่
- ใช้กับน้ำใช้ในภาชนะเก็บน้ำได้ตามคำแนะนำ ไม่ใส่เกินขนาด และเก็บให้พ้นมือเด็ก
- ถ้าขัดล้างภาชนะ ต้องใส่ทรายใหม่

**ปลากินลูกน้ำ** เช่น ปลาหางนกยูง ปลาสอด ปลากัด ปลาหัวตะกั่ว เหมาะกับอ่างบัว อ่างน้ำในห้องน้ำ และบ่อเล็ก ใส่ 1-2 ตัวต่อภาชนะขนาดโอ่ง ไม่ต้องให้อาหารมาก

**สารชีวภาพ** บีทีไอ (Bti) เป็นแบคทีเรียที่ฆ่าเฉพาะลูกน้ำ ใช้ตามฉลาก

## วิธีง่าย ๆ ที่ใช้ของในบ้าน
- จานรองขาตู้กันมด: ใส่เกลือแกง น้ำส้มสายชู หรือผงซักฟอกลงในน้ำ หรือใช้ชอล์กกันมดแทนน้ำ
- จานรองกระถาง: ใส่ทรายให้เต็มระดับขอบ
- ยางรถยนต์เก่า: เจาะรูให้น้ำไหลออก หรือใส่ดินปลูกต้นไม้

## ไม่ควรทำ
- เทน้ำมีลูกน้ำลงท่อระบายน้ำ ลูกน้ำอาจรอดและโตต่อ
- ใช้น้ำมันหรือยาฆ่าแมลงราดในน้ำที่คนใช้

ถ้าชุมชนต้องการทรายกำจัดลูกน้ำ สอบถามได้ที่ อสม. หรือ รพ.สต. ใกล้บ้าน""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการควบคุมลูกน้ำยุงลายด้วยวิธีกายภาพ ชีวภาพ และสารเคมี",
        "reviewed": "2026-09-30",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "ยาทากันยุง, ป้องกันยุงกัด, มุ้ง, ยาจุดกันยุง",
        "title": "ป้องกันยุงกัด: เลือกยาทากันยุงและใช้ให้ปลอดภัย",
        "summary": "ยุงลายกัดตอนกลางวัน ใส่เสื้อแขนยาว ทายากันยุงที่มีทะเบียน อย. ตามฉลาก นอนในมุ้ง และระวังการใช้กับเด็กเล็ก",
        "body": """ยุงลายหากินเวลากลางวัน โดยเฉพาะช่วงเช้าและบ่ายแก่ ๆ การป้องกันยุงกัดจึงต้องทำทั้งวัน ไม่ใช่เฉพาะตอนนอน

## ป้องกันด้วยเสื้อผ้าและบ้าน
- ใส่เสื้อแขนยาว กางเกงขายาว สีอ่อน เมื่อไปสวน ป่า หรือที่มียุงชุม
- ติดมุ้งลวดที่ประตูหน้าต่าง
- เด็กเล็ก ผู้ป่วย และคนที่ต้องนอนกลางวันให้นอนในมุ้ง
- ผู้ป่วยไข้เลือดออกควรอยู่ในมุ้ง เพื่อไม่ให้ยุงกัดแล้วนำเชื้อไปติดคนอื่น

## เลือกยาทากันยุง
- เลือกผลิตภัณฑ์ที่มีเลขทะเบียนจาก อย. บนฉลาก
- สารที่ได้ผลดีและนานกว่า เช่น ดีอีอีที (DEET) อิคาริดิน (พิคาริดิน) และ IR3535
- ผลิตภัณฑ์จากตะไคร้หอมหรือน้ำมันหอมระเหยกันยุงได้ช่วงสั้นกว่า ต้องทาซ้ำบ่อย

## ใช้อย่างไรให้ปลอดภัย
- ทาเฉพาะผิวที่ไม่มีเสื้อผ้าปิด บาง ๆ พอทั่ว ไม่ทาบนแผลหรือผิวที่ระคายเคือง
- ไม่ทาใกล้ตาและปาก สำหรับใบหน้าให้ทาที่มือก่อนแล้วลูบบาง ๆ
- ทาซ้ำตามเวลาที่ฉลากบอก หรือหลังเหงื่อออกมาก หรือหลังว่ายน้ำ
- ถ้าใช้ครีมกันแดดด้วย ทาครีมกันแดดก่อน แล้วจึงทายากันยุง
- เมื่อกลับเข้าบ้านให้ล้างออกด้วยสบู่และน้ำ

## เด็กและหญิงตั้งครรภ์
- ผู้ใหญ่ทาให้เด็ก ทาที่มือตัวเองก่อนแล้วลูบให้เด็ก ไม่ทามือเด็กเพราะเด็กชอบเอามือเข้าปาก
- ทารกและเด็กเล็กมาก ใช้มุ้งและเสื้อผ้าปกคลุมเป็นหลัก ยากันยุงแต่ละชนิดกำหนดอายุขั้นต่ำไว้ต่างกัน อ่านฉลากหรือถามเภสัชกรก่อนใช้
- หญิงตั้งครรภ์ใช้ยาทากันยุงที่มีทะเบียนตามฉลากได้ และควรป้องกันยุงกัดอย่างเคร่งครัด

## ยาจุดกันยุงและสเปรย์
ใช้ในห้องที่อากาศถ่ายเท ไม่จุดในห้องนอนที่ปิดทึบ และพ่นสเปรย์แล้วปิดห้องทิ้งไว้ก่อนเข้าไปอยู่ตามที่ฉลากกำหนด

ถ้าทายาแล้วมีผื่นแดง คัน หรือแสบ ให้ล้างออกทันทีและหยุดใช้""",
        "source": "กรมควบคุมโรค และสำนักงานคณะกรรมการอาหารและยา: คำแนะนำการป้องกันยุงกัดและการใช้ผลิตภัณฑ์ไล่ยุง",
        "reviewed": "2026-08-20",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "ไข้เลือดออกในเด็ก, ลูกมีไข้สูง, เด็ก, ยุงลาย",
        "title": "ไข้เลือดออกในเด็ก: พ่อแม่ต้องสังเกตอะไรบ้าง",
        "summary": "เด็กที่มีไข้สูงลอยเกิน 2 วันควรพาไปตรวจเลือด ช่วงไข้ลดให้ดูว่าลูกซึม ปวดท้อง อาเจียน หรือปัสสาวะน้อยลงหรือไม่",
        "body": """เด็กวัยเรียนเป็นกลุ่มที่ป่วยด้วยไข้เลือดออกมาก และเด็กเล็กบอกอาการเองไม่ได้ พ่อแม่จึงต้องช่วยสังเกต

## เมื่อไรควรสงสัย
- ไข้สูงลอยทั้งวัน กินยาลดไข้แล้วไม่ค่อยลด
- หน้าแดง ซึม ไม่ค่อยเล่น เบื่ออาหาร อาเจียน หรือบ่นปวดท้อง
- มักไม่มีน้ำมูกหรือไอ
- มีไข้สูงเกิน 2 วัน ให้พาไปตรวจที่โรงพยาบาลหรือ รพ.สต.

## ดูแลที่บ้าน
- เช็ดตัวลดไข้ด้วยน้ำธรรมดาหรือน้ำอุ่น เด็กที่เคยชักจากไข้ต้องเช็ดตัวสม่ำเสมอ
- ให้ยาพาราเซตามอลชนิดน้ำตามน้ำหนักตัว ใช้ช้อนหรือหลอดหยดที่มากับขวด ห่างกันอย่างน้อย 4-6 ชั่วโมง
- **ไม่ให้ยาไอบูโพรเฟนหรือแอสไพริน**
- ให้จิบน้ำเกลือแร่ นม น้ำผลไม้ หรือน้ำข้าว ทีละน้อยแต่บ่อย เลี่ยงอาหารและน้ำสีแดงหรือดำ
- ให้ลูกนอนในมุ้ง เพื่อไม่ให้ยุงกัดแล้วไปติดพี่น้อง

## สังเกตปัสสาวะ
จดเวลาที่ลูกปัสสาวะ ถ้าลูกไม่ปัสสาวะนาน 4-6 ชั่วโมง หรือปัสสาวะน้อยและสีเข้มมาก แปลว่าร่างกายขาดน้ำ ต้องไปโรงพยาบาล

## สัญญาณอันตราย พาไปโรงพยาบาลทันที
- ไข้ลดลงแต่ลูกซึมลง ไม่เล่น ปลุกตื่นยาก หรือร้องกระสับกระส่าย
- ปวดท้องมาก อาเจียนตลอด ดื่มน้ำไม่ได้
- มือเท้าเย็น ตัวลาย
- เลือดกำเดาไหล เลือดออกตามไรฟัน อาเจียนหรือถ่ายเป็นสีดำ

## หลังลูกหาย
ครูและพ่อแม่ช่วยกันสำรวจลูกน้ำในบ้านและโรงเรียน เพราะเด็กอาจติดเชื้อจากที่ใดที่หนึ่ง และแจ้งโรงเรียนให้ทราบเมื่อลูกป่วย""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำผู้ปกครองในการดูแลเด็กป่วยไข้เลือดออก",
        "reviewed": "2026-10-05",
        "en": (
            "Dengue in children: what parents should watch for",
            "A child with a high fever for more than 2 days should have a blood test. As the fever falls, watch whether your child is drowsy, has belly pain, vomits, or passes less urine.",
            """School-age children are among those most often ill with dengue, and young children cannot describe their symptoms, so parents need to watch.

## When to suspect dengue
- A high fever all day that barely falls with fever medicine
- A flushed face, drowsiness, not wanting to play, poor appetite, vomiting or belly ache
- Usually no runny nose and no cough
- If the fever lasts more than 2 days, take the child to a hospital or health centre

## Care at home
- Sponge with room-temperature or lukewarm water; children who have had fever fits need regular sponging
- Give paracetamol syrup by body weight, using the spoon or dropper in the box, at least 4-6 hours apart
- **Do not give ibuprofen or aspirin**
- Give oral rehydration salts, milk, juice or rice water in small, frequent sips; avoid red or dark food and drinks
- Let your child sleep under a mosquito net so mosquitoes do not carry the virus to brothers and sisters

## Watch the urine
Note when your child passes urine. No urine for 4-6 hours, or very little and very dark urine, means the body is short of fluid: go to hospital.

## Danger signs: hospital now
- The fever falls but the child becomes drowsy, stops playing, is hard to wake or is restless
- Severe belly pain, constant vomiting, cannot drink
- Cold hands and feet, mottled skin
- Nosebleeds, bleeding gums, black vomit or black stools

## After your child recovers
Parents and teachers should look for larvae at home and at school, since the child was infected somewhere. Let the school know when your child has dengue.""",
        ),
        "en_tags": "dengue, children, fever, parents, danger signs",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "ไข้เลือดออก, ยุงลาย, ถาม-ตอบ, เป็นซ้ำ",
        "title": "ถาม-ตอบ ไข้เลือดออกและยุงลาย",
        "summary": "ไข้เลือดออกเป็นซ้ำได้ไหม ติดต่อจากคนสู่คนหรือไม่ พ่นหมอกควันช่วยได้แค่ไหน และวัคซีนไข้เลือดออก",
        "body": "คำถามที่ประชาชนถามบ่อยเรื่องไข้เลือดออกและการป้องกันยุงลาย ตอบสั้น ๆ ตามคำแนะนำของกระทรวงสาธารณสุข",
        "faq": [
            (
                "เคยเป็นไข้เลือดออกแล้ว เป็นซ้ำได้อีกไหม",
                "ได้ เชื้อไวรัสเดงกีมี 4 สายพันธุ์ เป็นแล้วจะมีภูมิต่อสายพันธุ์นั้น แต่ยังติดสายพันธุ์อื่นได้ และการติดเชื้อครั้งที่สองอาจมีอาการรุนแรงกว่าครั้งแรก จึงต้องป้องกันยุงกัดต่อไป",
            ),
            (
                "ไข้เลือดออกติดต่อจากคนสู่คนได้ไหม",
                "ไม่ติดจากการสัมผัส กินข้าว หรือหายใจร่วมกัน แต่ถ้ายุงลายกัดผู้ป่วยในช่วงมีไข้แล้วไปกัดคนอื่น ก็นำเชื้อไปติดได้ ผู้ป่วยจึงควรนอนในมุ้งและทุกคนในบ้านช่วยกันกำจัดลูกน้ำ",
            ),
            (
                "พ่นหมอกควันแล้ว ไม่ต้องกำจัดลูกน้ำใช่ไหม",
                "ไม่ใช่ การพ่นสารเคมีฆ่าได้เฉพาะยุงตัวเต็มวัยในช่วงนั้น ไม่ฆ่าลูกน้ำและไข่ยุง ถ้าไม่กำจัดแหล่งเพาะพันธุ์ ยุงรุ่นใหม่จะเกิดขึ้นภายในไม่กี่วัน การเก็บน้ำและเก็บขยะทุก 7 วันจึงสำคัญที่สุด",
            ),
            (
                "มีวัคซีนป้องกันไข้เลือดออกไหม",
                "มีวัคซีนไข้เลือดออกที่ได้รับอนุญาตในประเทศไทย แต่ยังไม่อยู่ในวัคซีนพื้นฐานที่ฉีดฟรี ผู้ที่สนใจควรปรึกษาแพทย์ว่าเหมาะกับอายุและประวัติการป่วยของตนหรือไม่ และแม้ฉีดแล้วก็ยังต้องป้องกันยุงกัด",
            ),
            (
                "กินน้ำใบมะละกอหรือสมุนไพรแล้วเกล็ดเลือดขึ้นจริงไหม",
                "ยังไม่มีหลักฐานเพียงพอว่าใช้รักษาไข้เลือดออกได้ และอาจทำให้อาเจียนหรือระคายกระเพาะ สิ่งที่ช่วยได้จริงคือดื่มน้ำและเกลือแร่ให้พอ กินพาราเซตามอลเมื่อจำเป็น และไปพบแพทย์ตามนัดเพื่อตรวจเลือด",
            ),
            (
                "ยุงลายกัดเวลาไหน",
                "ยุงลายกัดเวลากลางวันเป็นหลัก โดยเฉพาะช่วงเช้าและบ่ายแก่ ๆ ทั้งในบ้านและรอบบ้าน เด็กที่นอนกลางวันจึงควรนอนในมุ้ง",
            ),
        ],
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำถามที่พบบ่อยเรื่องโรคไข้เลือดออก",
        "reviewed": "2026-10-20",
    },
    {
        "kind": "article",
        "audiences": [S],
        "topics": ["disease-prevention", "community"],
        "tags": "สำรวจลูกน้ำ, ค่าดัชนีลูกน้ำ, HI CI BI, อสม., เจ้าหน้าที่",
        "title": "สำรวจลูกน้ำยุงลายและคำนวณค่า HI CI BI สำหรับเจ้าหน้าที่และ อสม.",
        "summary": "วิธีสำรวจภาชนะทุกบ้านทุก 7 วัน สูตรคำนวณค่าดัชนีลูกน้ำ HI CI และ BI เกณฑ์ที่ใช้ และการควบคุมโรคเมื่อมีผู้ป่วย",
        "body": """ค่าดัชนีลูกน้ำยุงลายบอกความเสี่ยงของชุมชนก่อนที่ผู้ป่วยจะเพิ่มขึ้น และใช้ติดตามว่าการรณรงค์ได้ผลหรือไม่

## การสำรวจ
- สำรวจทุกหลังคาเรือนในพื้นที่รับผิดชอบ ทุก 7 วันในฤดูระบาด และอย่างน้อยเดือนละครั้งนอกฤดู
- สำรวจภาชนะที่มีน้ำขังทุกชนิด ทั้งในบ้านและนอกบ้าน: โอ่ง ถังน้ำ แจกัน จานรองขาตู้ จานรองกระถาง ยางรถยนต์ เศษภาชนะ
- ใช้ไฟฉายส่องภาชนะที่อยู่ในที่มืด ถือว่าพบถ้าเห็นลูกน้ำหรือตัวโม่งแม้ตัวเดียว
- บันทึกจำนวนบ้านที่สำรวจ บ้านที่พบ ภาชนะที่สำรวจ และภาชนะที่พบ ตามชนิดภาชนะ
- กำจัดลูกน้ำที่พบทันทีและแนะนำเจ้าของบ้านในขณะสำรวจ

## สูตรคำนวณ
- **HI (House Index)** = จำนวนบ้านที่พบลูกน้ำ ÷ จำนวนบ้านที่สำรวจ x 100
- **CI (Container Index)** = จำนวนภาชนะที่พบลูกน้ำ ÷ จำนวนภาชนะที่สำรวจ x 100
- **BI (Breteau Index)** = จำนวนภาชนะที่พบลูกน้ำ ÷ จำนวนบ้านที่สำรวจ x 100

ตัวอย่าง: สำรวจ 50 หลัง พบ 4 หลัง ภาชนะ 400 ชิ้น พบ 6 ชิ้น ได้ HI = 8, CI = 1.5, BI = 12

## เกณฑ์ที่ใช้ทั่วไป
- ชุมชน: HI น้อยกว่า 10
- โรงเรียน วัดและศาสนสถาน โรงพยาบาล สถานที่ราชการ และโรงงาน: CI เท่ากับ 0

## เมื่อมีผู้ป่วยในพื้นที่
- รับแจ้งและลงสอบสวนโรคโดยเร็ว ตามมาตรการ 3-3-1 ของพื้นที่
- สำรวจและกำจัดลูกน้ำ พร้อมพ่นสารเคมีกำจัดยุงตัวเต็มวัยในรัศมีประมาณ 100 เมตรรอบบ้านผู้ป่วย และซ้ำตามรอบที่แนวทางกำหนด (โดยทั่วไปวันที่ 0, 3 และ 7)
- ค้นหาผู้มีไข้รายใหม่ในละแวก และแนะนำให้ไปตรวจ
- ติดตามต่อจนครบ 28 วันโดยไม่มีผู้ป่วยรายใหม่

## รายงานและคืนข้อมูล
ส่งผลสำรวจตามระบบรายงานของพื้นที่ทุกสัปดาห์ และคืนข้อมูลให้ชุมชน เช่น ติดแผนที่บ้านที่พบลูกน้ำไว้ที่ศาลาหมู่บ้าน หรือประกาศผ่านหอกระจายข่าว โดยไม่ประจานรายบ้าน""",
        "source": "กองโรคติดต่อนำโดยแมลง กรมควบคุมโรค: แนวทางการสำรวจลูกน้ำยุงลาย ค่าดัชนีลูกน้ำ และการควบคุมโรคไข้เลือดออก",
        "reviewed": "2026-11-02",
        "en": (
            "Aedes larvae surveys and the HI, CI and BI indices: a guide for officers and village health volunteers",
            "How to survey every household's containers every 7 days, the formulas for the House, Container and Breteau indices, the usual targets, and control measures when a case occurs.",
            """Larval indices show a community's risk before cases rise, and tell you whether a campaign is working.

## The survey
- Survey every household in your area every 7 days in the outbreak season, and at least monthly outside it
- Check every container holding water, indoors and outdoors: jars, tanks, vases, cupboard-leg bowls, plant saucers, tyres, discarded containers
- Use a torch for containers in the dark; a single larva or pupa counts as positive
- Record houses surveyed, houses positive, containers surveyed and containers positive, by container type
- Destroy the larvae you find on the spot and advise the household as you go

## Formulas
- **HI (House Index)** = houses with larvae ÷ houses surveyed x 100
- **CI (Container Index)** = containers with larvae ÷ containers surveyed x 100
- **BI (Breteau Index)** = containers with larvae ÷ houses surveyed x 100

Example: 50 houses surveyed, 4 positive; 400 containers, 6 positive: HI = 8, CI = 1.5, BI = 12.

## Usual targets
- Communities: HI below 10
- Schools, temples and religious places, hospitals, government offices and factories: CI of 0

## When a case occurs
- Receive the report and investigate quickly, following the local 3-3-1 measure
- Survey and destroy larvae, and spray against adult mosquitoes within about 100 metres of the patient's home, repeated on the schedule the guideline sets (usually days 0, 3 and 7)
- Look for new fever cases nearby and refer them for testing
- Follow up until 28 days pass with no new case

## Report and share back
Send survey results through your area's reporting system every week, and share them with the community, for example as a map at the village hall or an announcement on the village loudspeaker, without shaming individual households.""",
        ),
        "en_tags": "larval survey, House Index, Container Index, Breteau Index, dengue control, health officers",
    },
]

FLOODS: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["disease-prevention"],
        "tags": "โรคฉี่หนู, เลปโตสไปโรซิส, ลุยน้ำ, รองเท้าบูท, ปวดน่อง",
        "title": "โรคฉี่หนู (เลปโตสไปโรซิส): อาการและวิธีป้องกันเมื่อต้องลุยน้ำ",
        "summary": "เชื้อโรคฉี่หนูอยู่ในน้ำและดินที่ปนปัสสาวะสัตว์ เข้าทางแผลและผิวที่แช่น้ำนาน ใส่รองเท้าบูทเมื่อลุยน้ำ และถ้ามีไข้สูงปวดน่องหลังลุยน้ำ ให้รีบไปพบแพทย์",
        "body": """โรคฉี่หนู หรือเลปโตสไปโรซิส เกิดจากเชื้อแบคทีเรียที่ออกมากับปัสสาวะของหนู วัว ควาย หมู และสุนัข เชื้ออยู่ในน้ำขัง โคลน และดินชื้นได้นาน พบมากในฤดูฝน ช่วงน้ำท่วม และในคนที่ทำนา ทำสวน หรือลอกท่อ

## ติดต่ออย่างไร
- เชื้อเข้าทางบาดแผล รอยขีดข่วน และผิวหนังที่แช่น้ำนานจนเปื่อย
- เข้าทางตา จมูก และปาก เช่น น้ำกระเด็นเข้าตา หรือกินอาหารที่หนูปัสสาวะรด

## อาการ (มักเริ่ม 2 วันถึง 4 สัปดาห์หลังสัมผัส ส่วนใหญ่ราว 1-2 สัปดาห์)
- ไข้สูงเฉียบพลัน หนาวสั่น ปวดศีรษะมาก
- **ปวดกล้ามเนื้อมาก โดยเฉพาะที่น่อง** จนเดินลำบาก
- ตาแดง
- บางคนตัวเหลือง ตาเหลือง ปัสสาวะน้อย ไอเป็นเลือด หรือหายใจหอบ ซึ่งเป็นอาการรุนแรง ไตวายหรือเลือดออกในปอดถึงตายได้

## เมื่อไรต้องไปพบแพทย์
มีไข้หลังลุยน้ำ ย่ำโคลน หรือทำนาในช่วง 1 เดือนที่ผ่านมา ให้ไปพบแพทย์ทันทีและ **บอกแพทย์ว่าลุยน้ำมา** โรคนี้รักษาด้วยยาปฏิชีวนะ ได้ผลดีถ้าได้ยาเร็ว อย่าซื้อยากินเองแล้วรอดูอาการ

## ป้องกันเมื่อต้องลุยน้ำ
- สวมรองเท้าบูทยาง และถุงมือยางเมื่อต้องจับโคลนหรือลอกท่อ
- ถ้ามีแผลที่เท้าหรือขา เลี่ยงการลุยน้ำ ถ้าจำเป็นให้ปิดแผลด้วยพลาสเตอร์กันน้ำ
- ไม่แช่น้ำนาน ๆ และไม่ว่ายหรือเล่นน้ำท่วมขัง
- หลังขึ้นจากน้ำ ล้างเท้าและขาด้วยสบู่และน้ำสะอาดทันที เช็ดให้แห้ง และเปลี่ยนเสื้อผ้า

## ป้องกันที่บ้าน
- เก็บอาหารและน้ำดื่มในภาชนะมีฝาปิด ไม่ให้หนูเข้าถึง
- อุ่นอาหารที่ค้างคืนให้ร้อนก่อนกิน
- เก็บขยะและเศษอาหารในถังมีฝาปิด เพื่อไม่ให้หนูมาอาศัย""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการป้องกันโรคเลปโตสไปโรซิส (โรคฉี่หนู)",
        "reviewed": "2026-09-15",
        "en": (
            "Leptospirosis (rat-urine fever): symptoms and how to protect yourself when wading",
            "The germ lives in water and soil mixed with animal urine and enters through cuts and skin soaked for a long time. Wear rubber boots when wading, and see a doctor quickly if you get a high fever and calf pain after wading.",
            """Leptospirosis, known in Thai as "rat-urine disease", is caused by bacteria passed in the urine of rats, cattle, buffalo, pigs and dogs. They survive a long time in standing water, mud and damp soil. It is most common in the rainy season, during floods, and among rice farmers, gardeners and people clearing drains.

## How it spreads
- Through cuts, scratches and skin softened by long soaking
- Through the eyes, nose and mouth, for example water splashing into the eyes, or food that rats have urinated on

## Symptoms (from 2 days to 4 weeks after exposure, usually about 1-2 weeks)
- Sudden high fever, chills, severe headache
- **Severe muscle pain, especially in the calves**, making walking hard
- Red eyes
- Some people get yellow skin and eyes, pass little urine, cough blood or breathe fast: these are severe signs, and kidney failure or bleeding in the lungs can kill

## When to see a doctor
If you get a fever within a month of wading through water, walking in mud or working in rice fields, see a doctor at once and **say that you waded through water**. Antibiotics work well if started early. Do not buy medicine yourself and wait.

## Protection when wading
- Wear rubber boots, and rubber gloves when handling mud or clearing drains
- If you have a wound on your feet or legs, avoid wading; if you must, cover it with a waterproof plaster
- Do not stay in the water for long, and do not swim or play in flood water
- When you get out, wash your feet and legs with soap and clean water at once, dry them and change your clothes

## At home
- Keep food and drinking water in covered containers that rats cannot reach
- Reheat leftovers until hot before eating
- Keep rubbish and food scraps in bins with lids so rats do not move in""",
        ),
        "en_tags": "leptospirosis, rat urine, flood, wading, boots, calf pain",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["environmental-health", "food-sanitation", "disease-prevention"],
        "tags": "น้ำท่วม, น้ำดื่มสะอาด, อาหารปลอดภัย, ท้องร่วง, ถุงยังชีพ",
        "title": "น้ำดื่มและอาหารปลอดภัยช่วงน้ำท่วม",
        "summary": "ช่วงน้ำท่วมให้ดื่มน้ำบรรจุขวดหรือน้ำต้มเดือด กินอาหารปรุงสุกใหม่ ทิ้งอาหารที่แช่น้ำท่วม และตรวจอาหารในถุงยังชีพก่อนกิน",
        "body": """น้ำท่วมพาเชื้อโรคจากส้วม ขยะ และซากสัตว์มาปนกับน้ำใช้และอาหาร โรคที่พบบ่อยหลังน้ำท่วมคืออุจจาระร่วงและอาหารเป็นพิษ

## น้ำดื่ม
- ดื่มน้ำบรรจุขวดที่มีเครื่องหมาย อย. ฝาปิดสนิท ขวดไม่บุบหรือรั่ว
- ถ้าไม่มีน้ำขวด ต้มน้ำให้เดือดนาน 5 นาที แล้วเก็บในภาชนะสะอาดมีฝาปิด
- น้ำประปาหรือน้ำบ่อที่ถูกน้ำท่วมอาจปนเปื้อน อย่าดื่มจนกว่าหน่วยงานจะแจ้งว่าปลอดภัย
- น้ำใช้ที่ขุ่น แกว่งสารส้มให้ตกตะกอน รินน้ำใสออกมา แล้วใส่คลอรีนตามวิธีบนซองที่เจ้าหน้าที่แจก ตั้งทิ้งไว้อย่างน้อย 30 นาทีก่อนใช้
- แปรงฟันและล้างภาชนะด้วยน้ำสะอาด ไม่ใช้น้ำท่วม

## อาหาร
- กินอาหารปรุงสุกใหม่ ร้อน ๆ หลีกเลี่ยงอาหารสุก ๆ ดิบ ๆ ยำ และส้มตำปูดิบ
- อาหารที่ปรุงแล้วทิ้งไว้เกิน 2 ชั่วโมงต้องอุ่นให้เดือดก่อนกิน ถ้ามีกลิ่นหรือรสผิดปกติให้ทิ้ง
- ทิ้งอาหาร ผัก และของแห้งที่แช่หรือเปียกน้ำท่วม แม้จะอยู่ในถุง
- อาหารในตู้เย็นที่ไฟดับนานควรทิ้ง โดยเฉพาะเนื้อสัตว์ นม และอาหารปรุงสุก
- ล้างมือด้วยสบู่และน้ำสะอาดก่อนปรุงและก่อนกินอาหาร ถ้าไม่มีน้ำใช้เจลแอลกอฮอล์

## ถุงยังชีพและอาหารกระป๋อง
- ดูวันหมดอายุทุกชิ้น
- กระป๋องบวม บุบ รั่ว หรือเป็นสนิม ให้ทิ้ง
- เช็ดฝากระป๋องให้สะอาดก่อนเปิด
- ข้าวหรืออาหารกล่องที่ได้รับแจก ควรกินให้หมดภายในเวลาที่ระบุ หรือภายใน 2-4 ชั่วโมง

## เมื่อท้องเสีย
- ดื่มน้ำเกลือแร่ (ORS) ชงตามซอง จิบบ่อย ๆ
- ไปพบแพทย์ถ้าถ่ายเป็นน้ำมาก อาเจียนจนดื่มไม่ได้ ถ่ายเป็นเลือด มีไข้สูง หรือเด็กและผู้สูงอายุดูอ่อนเพลียมาก""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำด้านน้ำบริโภคและสุขาภิบาลอาหารในภาวะน้ำท่วม",
        "reviewed": "2026-09-15",
        "en": (
            "Safe drinking water and food during floods",
            "During floods drink bottled or boiled water, eat freshly cooked food, throw away food that has been in flood water, and check relief-pack food before eating it.",
            """Flood water carries germs from toilets, rubbish and dead animals into household water and food. The most common illnesses after floods are diarrhoea and food poisoning.

## Drinking water
- Drink bottled water with the Thai FDA mark, a sealed cap and an undamaged bottle
- Without bottled water, boil water for 5 minutes and store it in a clean covered container
- Tap water or well water reached by the flood may be contaminated: do not drink it until the authorities say it is safe
- For cloudy washing water, stir in alum so the dirt settles, pour off the clear water, then add chlorine as the packet handed out by officials says, and wait at least 30 minutes before use
- Brush your teeth and wash dishes with clean water, never flood water

## Food
- Eat freshly cooked, hot food; avoid half-cooked dishes, spicy raw salads and papaya salad with raw crab
- Cooked food left for more than 2 hours must be brought to the boil before eating; throw it away if it smells or tastes wrong
- Throw away food, vegetables and dry goods that were soaked or wetted by flood water, even in bags
- Throw away food from a fridge that has been without power for a long time, especially meat, milk and cooked food
- Wash your hands with soap and clean water before cooking and eating; use alcohol gel when there is no water

## Relief packs and canned food
- Check the expiry date of every item
- Throw away cans that are swollen, dented, leaking or rusty
- Wipe the lid clean before opening
- Eat donated rice or boxed meals within the time printed on them, or within 2-4 hours

## If you get diarrhoea
- Drink oral rehydration salts (ORS) mixed as the packet says, in frequent sips
- See a doctor for very watery stools, vomiting so you cannot drink, blood in the stools, a high fever, or a child or older person who looks very weak""",
        ),
        "en_tags": "flood, drinking water, food safety, diarrhoea, relief packs",
    },
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["environmental-health"],
        "tags": "หลังน้ำท่วม, ล้างบ้าน, น้ำลด, เชื้อรา, ไฟฟ้า",
        "title": "ทำความสะอาดบ้านหลังน้ำลดอย่างปลอดภัย",
        "summary": "ตัดไฟก่อนเข้าบ้าน สวมรองเท้าบูทและถุงมือ ตักโคลนออก ล้างด้วยผงซักฟอก ฆ่าเชื้อด้วยน้ำยาฟอกขาวตามฉลาก และเปิดบ้านให้แห้งเพื่อกันเชื้อรา",
        "body": """หลังน้ำลด บ้านมีทั้งโคลน เชื้อโรค เชื้อรา และอันตรายจากไฟฟ้า ทำความสะอาดตามลำดับนี้ ใช้ได้ทั้งบ้านและร้านค้า

## ก่อนเข้าบ้าน
- **สับคัทเอาต์หรือเบรกเกอร์ตัดไฟ** ก่อนเข้าบ้าน ถ้าเบรกเกอร์อยู่ในจุดที่เปียก ให้ช่างไฟฟ้ามาตรวจ
- อย่าเสียบปลั๊กหรือเปิดเครื่องใช้ไฟฟ้าที่จมน้ำจนกว่าช่างจะตรวจ
- ถ้าได้กลิ่นแก๊ส ให้ออกจากบ้านและไม่จุดไฟ
- ระวังงู ตะขาบ และสัตว์มีพิษที่หนีน้ำเข้ามาหลบ ใช้ไม้เขี่ยก่อนยกของ
- ตรวจรอยร้าวของผนัง พื้น และเพดานที่อาจถล่ม

## อุปกรณ์
รองเท้าบูทยาง ถุงมือยาง หน้ากากอนามัย (ถ้ามีเชื้อรามาก ใช้หน้ากาก N95) แว่นตาหรือที่กันน้ำกระเด็น ผงซักฟอก น้ำยาฟอกขาว แปรงขัด และถุงขยะ

## ขั้นตอน
1. เปิดประตูหน้าต่างให้อากาศถ่ายเทก่อนเริ่มทำงาน
2. ตักโคลนและเศษขยะออก แยกของที่ต้องทิ้ง
3. ล้างพื้น ผนัง และเฟอร์นิเจอร์ที่ล้างได้ด้วยน้ำผสมผงซักฟอก
4. เช็ดหรือราดน้ำยาฟอกขาวที่ผสมน้ำตามสัดส่วนบนฉลาก ทิ้งไว้ตามเวลาที่กำหนด แล้วล้างออก
5. เปิดบ้านให้แห้งสนิท ใช้พัดลมช่วยถ้ามีไฟฟ้าใช้ได้แล้ว

**ห้ามผสมน้ำยาฟอกขาวกับน้ำยาล้างห้องน้ำที่เป็นกรดหรือแอมโมเนีย** จะเกิดก๊าซพิษ

## ของที่ควรทิ้ง
ที่นอน หมอน พรม โซฟาผ้า และของที่ซับน้ำแล้วทำให้แห้งไม่ได้ภายใน 1-2 วัน เพราะเชื้อราจะขึ้นข้างใน อาหาร ยา และเครื่องสำอางที่โดนน้ำท่วม

## ภาชนะและน้ำใช้
- ล้างจาน ชาม ขวดนมเด็ก ด้วยน้ำยาล้างจาน แล้วลวกน้ำเดือดหรือแช่น้ำยาฆ่าเชื้อ
- ล้างโอ่ง ถังเก็บน้ำ และบ่อน้ำก่อนใช้ใหม่

## ดูแลตัวเอง
- ล้างมือ เท้า และอาบน้ำให้สะอาดหลังทำงาน
- มีแผลให้ล้างและปิดแผล ถ้าแผลลึกหรือโดนตะปูตำ ไปพบแพทย์เรื่องวัคซีนบาดทะยัก
- ผู้มีโรคหอบหืดหรือภูมิแพ้ ไม่ควรทำความสะอาดจุดที่มีเชื้อรามาก""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการฟื้นฟูและทำความสะอาดบ้านเรือนหลังน้ำลด",
        "reviewed": "2026-09-18",
        "en": (
            "Cleaning your home safely after a flood",
            "Switch off the power before going in, wear boots and gloves, shovel out the mud, wash with detergent, disinfect with bleach as the label says, and open the house up to dry so mould does not grow.",
            """After the water goes down, a house holds mud, germs, mould and electrical dangers. Clean in this order; it works for shops as well as homes.

## Before going in
- **Switch off the main switch or breaker** before entering. If the breaker is in a wet place, have an electrician check it
- Do not plug in or switch on appliances that were under water until an electrician has checked them
- If you smell gas, leave the house and do not light anything
- Watch for snakes, centipedes and other venomous animals that sheltered from the water; poke with a stick before lifting things
- Check walls, floors and ceilings for cracks that could collapse

## Equipment
Rubber boots, rubber gloves, a face mask (an N95 mask where there is a lot of mould), goggles or a splash guard, detergent, household bleach, scrubbing brushes and rubbish bags.

## Steps
1. Open doors and windows to air the house before starting
2. Shovel out mud and rubbish and set aside what must be thrown away
3. Wash floors, walls and washable furniture with water and detergent
4. Wipe or pour on bleach diluted as the label says, leave it for the time given, then rinse
5. Let the house dry completely, using fans once the power is safe

**Never mix bleach with acid or ammonia toilet cleaners**: it releases poisonous gas.

## What to throw away
Mattresses, pillows, carpets, fabric sofas and anything absorbent that cannot be dried within 1-2 days, because mould grows inside. Food, medicines and cosmetics touched by flood water.

## Dishes and water
- Wash plates, bowls and baby bottles with detergent, then scald with boiling water or soak in disinfectant
- Clean water jars, tanks and wells before using them again

## Look after yourself
- Wash your hands and feet and shower after work
- Clean and cover wounds; for a deep wound or a nail through the foot, see a doctor about a tetanus vaccine
- People with asthma or allergies should not clean heavily mouldy areas""",
        ),
        "en_tags": "after flood, cleaning, mould, bleach, electricity safety",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["environmental-health"],
        "tags": "ส้วมฉุกเฉิน, ส้วมช่วงน้ำท่วม, ถุงดำ, ขับถ่าย",
        "title": "ขับถ่ายอย่างไรเมื่อส้วมใช้ไม่ได้ช่วงน้ำท่วม: ส้วมฉุกเฉินทำเองได้",
        "summary": "อย่าขับถ่ายลงน้ำท่วม ทำส้วมฉุกเฉินจากถังหรือเก้าอี้กับถุงพลาสติก โรยปูนขาวหรือขี้เถ้า มัดปากถุงให้แน่น และกันน้ำย้อนด้วยถุงทรายในโถส้วม",
        "body": """เมื่อน้ำท่วมสูง ส้วมมักกดไม่ลงหรือน้ำเสียย้อนขึ้นมา การขับถ่ายลงน้ำท่วมทำให้เชื้ออุจจาระร่วงและโรคอื่น ๆ แพร่ไปทั่วชุมชน

## กันน้ำย้อนจากโถส้วม
- ใช้ถุงทรายหรือถุงพลาสติกใส่ทรายมัดปากแน่น วางอุดในโถส้วม
- ปิดฝาท่อระบายน้ำในห้องน้ำ

## ส้วมฉุกเฉินทำเอง
ใช้ถังพลาสติกมีฝา กล่องกระดาษแข็ง หรือเก้าอี้เจาะรู ร่วมกับถุงพลาสติกหนา (ถุงดำ) 2 ชั้น
1. สวมถุงดำ 2 ชั้นในถังหรือใต้รูเก้าอี้ ให้ขอบถุงคลุมปากถัง
2. หลังขับถ่าย โรยปูนขาว ขี้เถ้า หรือผงดับกลิ่นที่เจ้าหน้าที่แจกให้ท่วมอุจจาระ ช่วยลดกลิ่นและเชื้อ
3. ใช้ได้หลายครั้ง เมื่อถุงเต็มประมาณครึ่งถุง บีบอากาศออกแล้วมัดปากถุงให้แน่น
4. ใส่ในถุงอีกใบหรือถังมีฝา รวบรวมไว้ที่สูงห่างจากที่พักและแหล่งน้ำ
5. ส่งให้รถเก็บขยะหรือจุดรวบรวมที่ท้องถิ่นจัดไว้ เขียนบอกบนถุงว่าเป็นถุงอุจจาระ

ผ้าอ้อมสำเร็จรูปของเด็กและผู้สูงอายุ ให้ม้วนเก็บใส่ถุงมัดแน่นในลักษณะเดียวกัน

## ความสะอาด
- ล้างมือด้วยสบู่และน้ำสะอาดทุกครั้งหลังขับถ่าย ถ้าไม่มีน้ำใช้เจลแอลกอฮอล์
- แยกส้วมฉุกเฉินไว้มุมที่มีฉากกั้น ให้ผู้หญิงและเด็กใช้ได้อย่างปลอดภัยและเป็นส่วนตัว
- ศูนย์พักพิงควรมีส้วมเคลื่อนที่หรือส้วมลอยน้ำเพียงพอ แยกชายหญิง และมีแสงสว่างตอนกลางคืน

## หลังน้ำลด
- ตรวจส้วมและบ่อเกรอะ บ่อซึม ว่าใช้ได้ปกติก่อนกดน้ำ
- ถ้าถังบำบัดเต็มหรือชำรุด แจ้งรถดูดส้วมหรือหน่วยงานท้องถิ่น
- ล้างห้องส้วมด้วยผงซักฟอก แล้วฆ่าเชื้อด้วยน้ำยาฟอกขาวตามฉลาก""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการจัดการส้วมและสิ่งปฏิกูลในภาวะน้ำท่วม",
        "reviewed": "2026-09-18",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["disease-prevention", "environmental-health"],
        "tags": "น้ำกัดเท้า, แผล, บาดทะยัก, โรคที่มากับน้ำท่วม",
        "title": "ถาม-ตอบ สุขภาพช่วงน้ำท่วม: น้ำกัดเท้า แผล และโรคที่มากับน้ำ",
        "summary": "น้ำกัดเท้าดูแลอย่างไร โดนตะปูตำต้องฉีดยากันบาดทะยักไหม และโรคอะไรบ้างที่ต้องระวังช่วงน้ำท่วม",
        "body": "คำถามที่พบบ่อยเรื่องการดูแลสุขภาพของคนที่ต้องอยู่กับน้ำท่วม",
        "faq": [
            (
                "น้ำกัดเท้า ดูแลอย่างไร",
                "หลังลุยน้ำ ล้างเท้าด้วยสบู่และน้ำสะอาด เช็ดให้แห้งโดยเฉพาะซอกนิ้ว ถ้าเท้าเปื่อยคันแต่ไม่มีแผลเปิด ใช้ยาทาตามคำแนะนำของเภสัชกรหรือ อสม. ถ้ามีแผล บวมแดง ร้อน เป็นหนอง หรือมีไข้ ให้ไปพบแพทย์",
            ),
            (
                "โดนตะปูหรือของมีคมบาดช่วงน้ำท่วม ต้องทำอย่างไร",
                "ล้างแผลด้วยน้ำสะอาดและสบู่ให้มากที่สุด ใส่ยาฆ่าเชื้อ และปิดแผล แผลลึก แผลสกปรก หรือถูกตะปูตำ ควรไปพบแพทย์ โดยเฉพาะผู้ที่ไม่ได้ฉีดวัคซีนป้องกันบาดทะยักในช่วง 5-10 ปีที่ผ่านมา",
            ),
            (
                "ช่วงน้ำท่วมต้องระวังโรคอะไรบ้าง",
                "อุจจาระร่วงและอาหารเป็นพิษ โรคฉี่หนู โรคผิวหนังและน้ำกัดเท้า ตาแดง ไข้หวัดและไข้หวัดใหญ่ในศูนย์พักพิง และไข้เลือดออกหลังน้ำลดเพราะมีน้ำขังมาก รวมทั้งอันตรายจากไฟฟ้าดูดและสัตว์มีพิษ",
            ),
            (
                "น้ำท่วมเข้าตา หรือตาแดง ทำอย่างไร",
                "ล้างตาด้วยน้ำสะอาด ไม่ขยี้ตา ไม่ใช้ผ้าเช็ดหน้าร่วมกับคนอื่น ตาแดงมีขี้ตามากมักติดต่อง่าย ล้างมือบ่อย ๆ ถ้าปวดตา ตามัว หรือไม่ดีขึ้นใน 2-3 วัน ให้ไปพบแพทย์",
            ),
            (
                "ผู้ป่วยโรคเรื้อรังต้องเตรียมอะไรก่อนน้ำท่วม",
                "เตรียมยาประจำตัวอย่างน้อย 1-2 สัปดาห์ ใส่ถุงกันน้ำพร้อมสมุดนัดหรือบัตรประจำตัวผู้ป่วย ผู้ที่ใช้อุปกรณ์ไฟฟ้าทางการแพทย์ให้วางแผนย้ายไปที่ปลอดภัยก่อน และจดเบอร์ฉุกเฉิน 1669 ไว้",
            ),
        ],
        "source": "กรมควบคุมโรค และกรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการป้องกันโรคและภัยสุขภาพช่วงน้ำท่วม",
        "reviewed": "2026-09-22",
    },
]

COVID: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention", "disease-prevention"],
        "tags": "โควิด 19, อาการโควิด, ดูแลตัวเองที่บ้าน, เมื่อไรต้องไปหาหมอ",
        "title": "โควิด 19 ตอนนี้: อาการที่พบบ่อย ดูแลตัวเองที่บ้าน และเมื่อไรต้องไปหาหมอ",
        "summary": "ผู้ติดเชื้อส่วนใหญ่มีอาการคล้ายหวัดและหายเองได้ที่บ้าน แต่ถ้าหายใจเหนื่อย แน่นหน้าอก หรือเป็นผู้สูงอายุและผู้มีโรคประจำตัว ควรพบแพทย์โดยเร็ว",
        "body": """ทุกวันนี้โควิด 19 ยังพบได้ตลอดปี และมักเพิ่มขึ้นในช่วงฤดูฝนและหลังเทศกาล คนส่วนใหญ่ที่ได้รับวัคซีนหรือเคยติดเชื้อมาแล้วมีอาการไม่รุนแรง

## อาการที่พบบ่อย
- เจ็บคอ ไอ มีน้ำมูก คัดจมูก
- มีไข้ ปวดเมื่อยตัว ปวดศีรษะ อ่อนเพลีย
- บางคนท้องเสีย คลื่นไส้ หรือจมูกไม่ได้กลิ่น ลิ้นไม่รับรส

อาการคล้ายไข้หวัดและไข้หวัดใหญ่ จึงควรตรวจ ATK เมื่อมีอาการ

## ดูแลตัวเองที่บ้าน
- พักผ่อนให้มาก ดื่มน้ำบ่อย ๆ กินอาหารอ่อน ๆ ที่มีประโยชน์
- กินยาตามอาการ เช่น พาราเซตามอลเมื่อมีไข้ ยาแก้ไอหรือยาลดน้ำมูกตามคำแนะนำของเภสัชกร
- ไม่ต้องกินยาปฏิชีวนะ เพราะไม่ได้ฆ่าเชื้อไวรัส
- แยกห้องนอนถ้าทำได้ สวมหน้ากากเมื่ออยู่ใกล้คนอื่น แยกของใช้ส่วนตัว และเปิดหน้าต่างให้อากาศถ่ายเท
- ถ้ามีเครื่องวัดออกซิเจนปลายนิ้ว วัดวันละ 2-3 ครั้ง

## ไปพบแพทย์โดยเร็ว ถ้า
- เป็นผู้สูงอายุ 60 ปีขึ้นไป หญิงตั้งครรภ์ หรือมีโรคประจำตัว เช่น เบาหวาน โรคหัวใจ โรคไต โรคปอด มะเร็ง หรือภูมิคุ้มกันต่ำ แพทย์อาจพิจารณาให้ยาต้านไวรัส ซึ่งได้ผลดีเมื่อเริ่มภายใน 5 วันแรกของอาการ
- ไข้สูงไม่ลดเกิน 3 วัน หรืออาการแย่ลง
- เด็กเล็กกินไม่ได้ ซึม หรือหายใจเร็ว

## ไปโรงพยาบาลทันทีหรือโทร 1669
- หายใจเหนื่อยหอบ หายใจลำบาก พูดไม่เป็นประโยค
- แน่นหรือเจ็บหน้าอก
- ค่าออกซิเจนปลายนิ้วต่ำกว่า 94%
- ซึม สับสน ปลุกตื่นยาก ริมฝีปากเขียว

สอบถามข้อมูลโรคติดต่อได้ที่สายด่วนกรมควบคุมโรค 1422""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการปฏิบัติตัวสำหรับประชาชนเมื่อป่วยด้วยโรคโควิด 19",
        "reviewed": "2026-11-10",
        "en": (
            "COVID-19 today: common symptoms, home care, and when to see a doctor",
            "Most people with COVID-19 have cold-like symptoms and recover at home, but breathlessness, chest tightness, older age or a chronic illness mean seeing a doctor soon.",
            """COVID-19 is still around all year and often rises in the rainy season and after holidays. Most people who are vaccinated or have had it before get a mild illness.

## Common symptoms
- Sore throat, cough, runny or blocked nose
- Fever, body aches, headache, tiredness
- Some people get diarrhoea, nausea, or lose their sense of smell or taste

It looks like a cold or the flu, so take an ATK test when you have symptoms.

## Home care
- Rest, drink often, and eat soft, nourishing food
- Treat the symptoms: paracetamol for fever, and cough or cold medicine as a pharmacist advises
- You do not need antibiotics: they do not kill viruses
- Sleep in a separate room if you can, wear a mask near others, keep your own things, and open windows
- If you have a fingertip oxygen meter, check 2-3 times a day

## See a doctor soon if
- You are 60 or older, pregnant, or have a chronic illness such as diabetes, heart disease, kidney disease, lung disease, cancer or weak immunity. The doctor may prescribe an antiviral, which works best when started within the first 5 days of symptoms
- A high fever lasts more than 3 days, or you are getting worse
- A young child cannot eat, is drowsy or breathes fast

## Go to hospital at once or call 1669
- Breathlessness, difficulty breathing, unable to finish a sentence
- Chest tightness or pain
- Fingertip oxygen below 94%
- Drowsiness, confusion, hard to wake, blue lips

For information on communicable diseases, call the Department of Disease Control hotline, 1422.""",
        ),
        "en_tags": "COVID-19, symptoms, home care, when to see a doctor",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention"],
        "tags": "แยกตัว, กักตัว, ติดโควิด, กี่วัน, กลับไปทำงาน",
        "title": "ติดโควิดต้องแยกตัวกี่วัน กลับไปทำงานหรือเรียนได้เมื่อไร",
        "summary": "ถ้ามีอาการให้พักอยู่บ้านจนไข้ลงและอาการดีขึ้น แล้วสวมหน้ากากเมื่อพบผู้อื่นต่ออีกราว 5 วัน ไม่มีอาการก็ต้องสวมหน้ากากและเลี่ยงกลุ่มเปราะบาง",
        "body": """ปัจจุบันโควิด 19 ไม่มีการบังคับกักตัวแล้ว แต่ผู้ติดเชื้อยังแพร่เชื้อได้ โดยเฉพาะในช่วง 5 วันแรก การแยกตัวอย่างเหมาะสมช่วยปกป้องคนในบ้านและที่ทำงาน

## ถ้ามีอาการ
- พักอยู่บ้าน หยุดงานหรือหยุดเรียน จนไข้ลงโดยไม่ต้องใช้ยาลดไข้อย่างน้อย 1 วัน และอาการดีขึ้นชัดเจน ซึ่งมักใช้เวลาประมาณ 5 วัน
- หลังจากนั้นกลับไปทำงานหรือเรียนได้ แต่สวมหน้ากากเมื่ออยู่กับผู้อื่นต่ออีกประมาณ 5 วัน ไม่กินข้าวร่วมวงกับคนอื่น และล้างมือบ่อย

## ถ้าผลตรวจเป็นบวกแต่ไม่มีอาการ
- ทำงานหรือเรียนได้ แต่สวมหน้ากากตลอดเวลาที่อยู่กับผู้อื่นประมาณ 5 วัน
- เลี่ยงการไปเยี่ยมผู้สูงอายุ ผู้ป่วย และหญิงตั้งครรภ์ในช่วงนี้
- ถ้าเริ่มมีอาการ ให้ทำตามข้อ "ถ้ามีอาการ"

## แยกตัวในบ้านอย่างไร
- แยกห้องนอนและห้องน้ำถ้าทำได้ ถ้าใช้ห้องน้ำร่วมกัน ให้ใช้เป็นคนสุดท้ายและเช็ดจุดที่จับหลังใช้
- แยกจาน ชาม แก้วน้ำ ผ้าเช็ดตัว และกินข้าวแยก
- เปิดหน้าต่างให้อากาศถ่ายเท ไม่อยู่ในห้องแอร์ที่ปิดทึบร่วมกับคนอื่น
- ทิ้งหน้ากากและกระดาษทิชชูใช้แล้วใส่ถุงมัดปากก่อนทิ้ง

## ที่ทำงานและโรงเรียน
บางที่ทำงาน โรงพยาบาล และสถานดูแลผู้สูงอายุ มีระเบียบเข้มกว่านี้ ให้ทำตามระเบียบของที่นั้น โดยทั่วไปไม่จำเป็นต้องมีผล ATK เป็นลบก่อนกลับไปทำงาน ถ้าอาการดีขึ้นแล้วและสวมหน้ากาก

คนในบ้านที่สัมผัสผู้ป่วยไม่ต้องหยุดงาน แต่ควรสวมหน้ากาก สังเกตอาการ และตรวจ ATK เมื่อเริ่มมีอาการ""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แนวทางการปฏิบัติตัวของผู้ติดเชื้อโควิด 19 และผู้สัมผัส",
        "reviewed": "2026-11-10",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention", "health-literacy"],
        "tags": "ATK, ชุดตรวจโควิด, อ่านผล ATK, ขีดเดียว, สองขีด",
        "title": "ตรวจ ATK ด้วยตัวเองให้ถูกวิธี และอ่านผลอย่างไร",
        "summary": "อ่านคู่มือของชุดตรวจก่อน แยงจมูกตามความลึกที่กำหนด หยดน้ำยาตามจำนวน อ่านผลตามเวลา ขึ้นขีดที่ C ขีดเดียวคือลบ ขึ้นทั้ง C และ T คือบวก",
        "body": """ชุดตรวจ ATK บอกได้ว่ามีเชื้อโควิด 19 หรือไม่ภายใน 15-30 นาที ใช้ได้ผลดีที่สุดเมื่อมีอาการแล้ว

## ก่อนตรวจ
- เลือกชุดตรวจที่มีเลขอนุญาตจาก อย. สำหรับตรวจด้วยตนเอง (home use)
- ดูวันหมดอายุ และวางชุดตรวจให้อยู่ที่อุณหภูมิห้อง
- อ่านคู่มือของยี่ห้อนั้น เพราะความลึกของการแยง จำนวนรอบ จำนวนหยด และเวลาอ่านผลต่างกันในแต่ละยี่ห้อ
- ล้างมือ และสั่งน้ำมูกออกก่อน

## ขั้นตอน (ตัวอย่างแบบแยงโพรงจมูก)
1. ฉีกซองไม้แยงโดยไม่จับส่วนปลาย
2. สอดไม้แยงเข้ารูจมูกตามความลึกที่คู่มือกำหนด (ส่วนใหญ่ประมาณ 2 เซนติเมตร) หมุนถูผนังจมูกตามจำนวนรอบที่กำหนด แล้วทำอีกข้างด้วยไม้อันเดิม
3. จุ่มไม้แยงลงในหลอดน้ำยา หมุนและบีบหลอดตามคู่มือ แล้วหักหรือดึงไม้ออก
4. ปิดจุกหยด หยดน้ำยาลงหลุม S ตามจำนวนหยดที่กำหนด
5. จับเวลา อ่านผลตามเวลาที่คู่มือบอก (มักเป็น 15-20 นาที) อย่าอ่านหลังเวลาที่กำหนดนานเกินไป

## อ่านผล
- **ขึ้นขีดที่ C ขีดเดียว = ผลลบ** ไม่พบเชื้อในครั้งนี้
- **ขึ้นขีดที่ C และที่ T = ผลบวก** ติดเชื้อ แม้ขีด T จะจางมากก็ถือว่าเป็นบวก
- **ไม่ขึ้นขีดที่ C = ใช้ไม่ได้** ตรวจใหม่ด้วยชุดตรวจใหม่

## ผลลบแต่ยังมีอาการ
ATK อาจไม่พบเชื้อในวันแรก ๆ ให้ตรวจซ้ำอีกครั้งใน 1-2 วัน และระหว่างนี้สวมหน้ากากเหมือนผู้ป่วย ถ้าสัมผัสผู้ติดเชื้อแต่ยังไม่มีอาการ ตรวจเมื่อเริ่มมีอาการ หรือประมาณวันที่ 3-5 หลังสัมผัส

## ทิ้งชุดตรวจ
ใส่อุปกรณ์ทั้งหมดลงถุง มัดปากให้แน่น ใส่อีกถุงหนึ่ง และเขียนบนถุงว่าเป็นขยะติดเชื้อ ก่อนทิ้ง แล้วล้างมือ

ผลบวก ให้ดูแลตัวเองและแยกตัวตามคำแนะนำ และพบแพทย์ถ้าอยู่ในกลุ่มเสี่ยงหรือมีอาการรุนแรง""",
        "source": "สำนักงานคณะกรรมการอาหารและยา และกรมควบคุมโรค: คำแนะนำการใช้ชุดตรวจ ATK ด้วยตนเองและการอ่านผล",
        "reviewed": "2026-11-04",
        "en": (
            "How to do an ATK test yourself and read the result",
            "Read the kit's leaflet first, swab your nose as deep as it says, add the stated number of drops and read the result on time. A line at C only is negative; lines at both C and T are positive.",
            """An antigen test kit (ATK) tells you within 15-30 minutes whether you have COVID-19. It works best once you have symptoms.

## Before testing
- Choose a kit approved by the Thai FDA for self-testing (home use)
- Check the expiry date and let the kit reach room temperature
- Read the leaflet for your brand: swab depth, number of turns, number of drops and reading time differ between brands
- Wash your hands and blow your nose first

## Steps (for a nasal swab kit)
1. Open the swab without touching the tip
2. Put the swab into one nostril as deep as the leaflet says (usually about 2 cm), rub it around the inside for the stated number of turns, then do the other nostril with the same swab
3. Put the swab into the buffer tube, turn and squeeze as the leaflet says, then break off or remove the swab
4. Fit the dropper cap and put the stated number of drops into the S well
5. Time it and read the result when the leaflet says (often 15-20 minutes); do not read it long after that time

## Reading the result
- **A line at C only = negative**: no virus found this time
- **Lines at C and T = positive**: you are infected, even if the T line is very faint
- **No line at C = invalid**: test again with a new kit

## Negative but still unwell
An ATK can miss the virus in the first days. Test again in 1-2 days, and wear a mask as if you were ill meanwhile. If you were in contact with a case but have no symptoms, test when symptoms start, or around day 3-5 after contact.

## Throwing the kit away
Put everything in a bag, tie it tightly, put it in a second bag and write on it that it is infectious waste before throwing it away. Then wash your hands.

If positive, look after yourself and stay apart from others as advised, and see a doctor if you are in a high-risk group or have severe symptoms.""",
        ),
        "en_tags": "ATK, antigen test kit, rapid test, COVID-19 test, reading results",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention"],
        "tags": "ลองโควิด, อาการหลังติดโควิด, อ่อนเพลียเรื้อรัง, หายใจเหนื่อย",
        "title": "ลองโควิด: อาการที่ยังไม่หายหลังติดเชื้อ และการดูแลตัวเอง",
        "summary": "บางคนยังมีอาการเหนื่อยง่าย หายใจไม่อิ่ม ไอ หรือสมองตื้อ นานหลายสัปดาห์ถึงหลายเดือนหลังหายจากโควิด ค่อย ๆ ฟื้นฟูร่างกาย และพบแพทย์ถ้าอาการไม่ดีขึ้นหรือรุนแรง",
        "body": """ลองโควิด (Long COVID) คือภาวะที่ยังมีอาการต่อเนื่องหรือมีอาการใหม่หลังหายจากโควิด 19 นานเป็นเดือน โดยหาสาเหตุอื่นไม่ได้ พบได้ทั้งในคนที่เคยป่วยหนักและป่วยเล็กน้อย

## อาการที่พบบ่อย
- อ่อนเพลีย เหนื่อยง่าย ทำกิจกรรมเดิมแล้วล้ามากกว่าปกติ
- หายใจไม่อิ่ม เหนื่อยเมื่อออกแรง ไอเรื้อรัง
- สมองตื้อ คิดช้า หลงลืม ไม่มีสมาธิ
- ใจสั่น เจ็บหน้าอก เวียนศีรษะเมื่อลุกยืน
- นอนไม่หลับ วิตกกังวล ซึมเศร้า
- ผมร่วง ปวดกล้ามเนื้อและข้อ การรับกลิ่นและรสผิดไป

## ดูแลตัวเอง
- **ค่อย ๆ เพิ่มกิจกรรม** อย่าฝืนออกกำลังหนักทันที แบ่งงานเป็นช่วงสั้น ๆ และพักก่อนจะเหนื่อยมาก
- ฝึกหายใจช้า ๆ ลึก ๆ ทางจมูก และหายใจออกทางปากยาว ๆ วันละหลายครั้ง
- นอนให้เป็นเวลา กินอาหารครบหมู่ ดื่มน้ำพอ งดบุหรี่และเครื่องดื่มแอลกอฮอล์
- ใช้สมุดจดหรือปฏิทินช่วยจำ ทำทีละอย่าง
- คุยกับคนใกล้ชิดเมื่อรู้สึกเครียด ปรึกษาสายด่วนสุขภาพจิต 1323 ได้

## เมื่อไรต้องพบแพทย์
- อาการไม่ดีขึ้นหลังจากหายป่วยแล้ว 4 สัปดาห์ หรือรบกวนการทำงานและชีวิตประจำวัน
- บางโรงพยาบาลมีคลินิกดูแลลองโควิดโดยเฉพาะ สอบถามที่โรงพยาบาลใกล้บ้าน

## ไปโรงพยาบาลทันที
เจ็บหน้าอกรุนแรง หายใจลำบากมากขึ้นเรื่อย ๆ เป็นลมหมดสติ ใจสั่นร่วมกับหน้ามืด ขาบวมข้างเดียว หรือมีความคิดทำร้ายตัวเอง โทร 1669

การฉีดวัคซีนตามคำแนะนำและการป้องกันไม่ให้ติดเชื้อซ้ำ ช่วยลดโอกาสเกิดลองโควิด""",
        "source": "กรมการแพทย์ กระทรวงสาธารณสุข: คำแนะนำการดูแลภาวะลองโควิดสำหรับประชาชน",
        "reviewed": "2026-10-28",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention", "older-people"],
        "tags": "กลุ่มเปราะบาง, กลุ่ม 608, ผู้สูงอายุ, ผู้ป่วยติดเตียง, เยี่ยมผู้ป่วย",
        "title": "ปกป้องผู้สูงอายุและกลุ่มเปราะบาง (กลุ่ม 608) จากโควิดและไข้หวัดใหญ่",
        "summary": "ผู้สูงอายุ ผู้มีโรคเรื้อรัง และหญิงตั้งครรภ์ ป่วยหนักได้ง่าย ลูกหลานช่วยได้ด้วยวัคซีน การสวมหน้ากากเมื่อไม่สบาย และการพาไปพบแพทย์เร็วเมื่อติดเชื้อ",
        "body": """กลุ่ม 608 คือผู้สูงอายุ 60 ปีขึ้นไป ผู้ที่มีโรคเรื้อรัง 7 กลุ่ม (โรคทางเดินหายใจเรื้อรัง โรคหัวใจและหลอดเลือด โรคไตเรื้อรัง โรคหลอดเลือดสมอง โรคอ้วน โรคมะเร็ง และโรคเบาหวาน) และหญิงตั้งครรภ์ กลุ่มนี้เสี่ยงป่วยหนักจากโควิด 19 และไข้หวัดใหญ่มากกว่าคนทั่วไป

## วัคซีน
- ฉีดวัคซีนไข้หวัดใหญ่ปีละครั้ง
- ฉีดวัคซีนโควิด 19 ตามคำแนะนำปัจจุบันของกระทรวงสาธารณสุข ซึ่งแนะนำให้กลุ่มเสี่ยงฉีดกระตุ้นเป็นระยะ
- ผู้สูงอายุสอบถามแพทย์เรื่องวัคซีนป้องกันปอดอักเสบ

## ลูกหลานและผู้มาเยี่ยม
- ไม่สบาย มีไข้ ไอ เจ็บคอ ให้เลื่อนการไปเยี่ยม หรือคุยทางวิดีโอแทน
- ถ้าจำเป็นต้องดูแลใกล้ชิดขณะไม่สบาย ให้สวมหน้ากากอนามัยและล้างมือก่อนสัมผัส
- ช่วงที่มีการระบาด หรือกลับจากที่คนแออัดหรือต่างจังหวัด พิจารณาตรวจ ATK ก่อนไปเยี่ยม
- ล้างมือเมื่อเข้าบ้าน และก่อนป้อนอาหารหรือจับยา

## ในบ้าน
- เปิดหน้าต่างให้อากาศถ่ายเท โดยเฉพาะห้องที่ผู้สูงอายุใช้เวลานาน
- แยกแก้วน้ำ ช้อน และผ้าเช็ดตัวของผู้สูงอายุ
- พาออกกำลังกายเบา ๆ กินอาหารครบหมู่ และกินยาโรคประจำตัวสม่ำเสมอ โรคที่คุมได้ดีช่วยลดความรุนแรงเมื่อติดเชื้อ
- ในช่วงระบาด เลี่ยงพาไปงานเลี้ยงหรือที่แออัดในห้องปิด ถ้าต้องไปให้สวมหน้ากาก

## เมื่อผู้สูงอายุติดเชื้อ
- **อย่ารอดูอาการ** พาไปพบแพทย์ภายใน 1-2 วันแรก แพทย์อาจให้ยาต้านไวรัสที่ได้ผลดีเมื่อเริ่มเร็ว
- ผู้สูงอายุบางคนไม่มีไข้ แต่ซึม สับสน กินไม่ได้ หรือล้มง่าย ถือเป็นสัญญาณที่ต้องพาไปโรงพยาบาล
- หายใจเหนื่อย ริมฝีปากเขียว หรือค่าออกซิเจนปลายนิ้วต่ำกว่า 94% โทร 1669

ผู้ดูแลผู้ป่วยติดเตียงควรฉีดวัคซีนให้ครบด้วย เพื่อไม่นำเชื้อไปติดผู้ป่วย""",
        "source": "กรมควบคุมโรค และกรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการป้องกันโรคติดเชื้อทางเดินหายใจในผู้สูงอายุและกลุ่มเปราะบาง",
        "reviewed": "2026-10-28",
        "en": (
            "Protecting older people and other vulnerable groups from COVID-19 and the flu",
            "Older people, people with chronic illnesses and pregnant women get seriously ill more easily. Their families can help with vaccines, masks when unwell, and a quick visit to the doctor when they are infected.",
            """In Thailand the "608 group" means people aged 60 and over, people with any of 7 chronic illnesses (chronic lung disease, heart and blood-vessel disease, chronic kidney disease, stroke, obesity, cancer and diabetes), and pregnant women. They are more likely than others to become seriously ill with COVID-19 and influenza.

## Vaccines
- A flu vaccine every year
- COVID-19 vaccines as the Ministry of Public Health currently advises, which includes periodic boosters for high-risk groups
- Older people should ask a doctor about a pneumonia (pneumococcal) vaccine

## Family and visitors
- If you are unwell with fever, cough or sore throat, put off your visit or use a video call
- If you must give close care while unwell, wear a medical mask and wash your hands before touching them
- During outbreaks, or after being in crowds or travelling, consider an ATK test before visiting
- Wash your hands when you arrive, and before feeding them or handling their medicines

## At home
- Open windows, especially in the room where the older person spends most time
- Give them their own cup, spoon and towel
- Help them do light exercise, eat a balanced diet and take their regular medicines: well-controlled illnesses make infections less severe
- During outbreaks avoid parties and crowded closed rooms; wear masks if you do go

## When an older person is infected
- **Do not wait and see**: take them to a doctor within the first 1-2 days. The doctor may give an antiviral, which works best when started early
- Some older people have no fever but become drowsy, confused, stop eating or fall: these are signs to go to hospital
- Breathlessness, blue lips or fingertip oxygen below 94%: call 1669

People caring for bedridden patients should be fully vaccinated too, so they do not bring the virus to the patient.""",
        ),
        "en_tags": "vulnerable groups, older people, chronic illness, COVID-19, influenza, caregivers",
    },
]

MASKS: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention", "air-and-heat"],
        "tags": "เลือกหน้ากาก, หน้ากากอนามัย, หน้ากากผ้า, หน้ากาก N95",
        "title": "เลือกหน้ากากให้เหมาะ: หน้ากากอนามัย หน้ากากผ้า หรือ N95",
        "summary": "หน้ากากอนามัยกันละอองจากการไอจามได้ดี หน้ากากผ้าใช้ในที่ทั่วไปได้ ส่วน N95 กรองฝุ่น PM2.5 และเชื้อได้ดีที่สุดแต่ต้องใส่ให้แนบหน้า",
        "body": """หน้ากากแต่ละแบบเหมาะกับงานต่างกัน เลือกให้ตรงกับสิ่งที่ต้องการป้องกัน

## หน้ากากอนามัย (หน้ากากทางการแพทย์)
- ทำจากผ้าไม่ทอ 3 ชั้น กันละอองน้ำลายจากการไอ จาม และพูดได้ดี
- เหมาะกับผู้ที่ไม่สบาย ผู้ดูแลผู้ป่วย ผู้ไปโรงพยาบาล และคนที่อยู่ในที่แออัด
- ใช้ครั้งเดียว เปลี่ยนทุกวันหรือเมื่อเปียกชื้น สกปรก
- เลือกที่มีฉลากภาษาไทยและเลขที่ได้รับอนุญาตจาก อย.

## หน้ากากผ้า
- ควรมีอย่างน้อย 2 ชั้น ผ้าทอแน่น ปิดจมูกและปากได้มิด
- เหมาะกับคนทั่วไปที่ไม่มีอาการ ใช้ในชีวิตประจำวัน
- ซักด้วยสบู่หรือผงซักฟอกทุกวัน ตากแดดให้แห้ง ควรมีหลายชิ้นสลับใช้
- ไม่ช่วยกรองฝุ่น PM2.5 ได้ดีพอ

## หน้ากาก N95 (และแบบเทียบเท่า เช่น KN95)
- กรองอนุภาคขนาดเล็กได้อย่างน้อย 95% จึงใช้กันฝุ่น PM2.5 ควันไฟ และเชื้อในอากาศได้ดี
- ได้ผลเมื่อใส่แนบหน้าเท่านั้น ต้องเลือกขนาดให้พอดี ผู้ชายที่มีหนวดเคราหนาจะรั่วง่าย
- หายใจลำบากกว่าแบบอื่น ผู้มีโรคหัวใจ โรคปอด หญิงตั้งครรภ์ และผู้สูงอายุ ควรใช้ช่วงสั้น ๆ และหยุดพักเมื่อรู้สึกเหนื่อย
- แบบที่มีวาล์วหายใจออก กรองอากาศขาเข้าเท่านั้น ไม่เหมาะกับผู้ป่วยที่ต้องกันเชื้อไม่ให้ออกไปถึงคนอื่น
- ใช้ซ้ำได้ไม่กี่ครั้งถ้ายังไม่เปียก ไม่เสียรูป และยังแนบหน้า ห้ามซัก

## สรุปเลือกอย่างไร
| สถานการณ์ | หน้ากากที่แนะนำ |
| --- | --- |
| ไม่สบาย ไอ จาม | หน้ากากอนามัย |
| ดูแลผู้ป่วย ไปโรงพยาบาล | หน้ากากอนามัย |
| ใช้ทั่วไป ไม่มีอาการ | หน้ากากผ้าหรือหน้ากากอนามัย |
| ฝุ่น PM2.5 สูง ควันไฟป่า | N95 หรือเทียบเท่า |
| ทำความสะอาดบ้านที่มีเชื้อรามาก | N95 |

หน้ากากทุกแบบช่วยได้เมื่อใส่ถูกวิธี ปิดทั้งจมูกและปาก และใช้ร่วมกับการล้างมือ""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการเลือกและใช้หน้ากากสำหรับประชาชน",
        "reviewed": "2026-11-15",
        "en": (
            "Choosing the right mask: medical mask, cloth mask or N95",
            "Medical masks stop droplets from coughs and sneezes well, cloth masks do for everyday use, and N95 masks filter PM2.5 dust and germs best but must fit tightly.",
            """Each kind of mask suits a different job. Choose the one that matches what you need protection from.

## Medical masks (surgical masks)
- Three layers of non-woven fabric that stop droplets from coughing, sneezing and talking
- For people who are unwell, carers of sick people, hospital visitors and people in crowds
- Single use: change daily, or when damp or dirty
- Choose one with a Thai label and a Thai FDA permit number

## Cloth masks
- At least 2 layers of tightly woven fabric that cover the nose and mouth fully
- For everyday use by people without symptoms
- Wash with soap or detergent every day and dry in the sun; keep several to rotate
- They do not filter PM2.5 dust well enough

## N95 masks (and equivalents such as KN95)
- Filter at least 95% of small particles, so they protect well against PM2.5 dust, smoke and airborne germs
- Only work when sealed to the face: choose the right size; thick beards leak
- Harder to breathe through: people with heart or lung disease, pregnant women and older people should wear them for short periods and rest if they feel breathless
- Masks with an exhalation valve only filter incoming air, so they are not suitable for sick people who must keep germs from others
- Can be reused a few times if dry, undamaged and still sealing; never wash them

## Quick guide
| Situation | Recommended mask |
| --- | --- |
| Unwell, coughing, sneezing | Medical mask |
| Caring for the sick, visiting hospital | Medical mask |
| Everyday use, no symptoms | Cloth or medical mask |
| High PM2.5, forest-fire smoke | N95 or equivalent |
| Cleaning a mouldy house | N95 |

Every mask helps when worn properly over both nose and mouth, together with hand washing.""",
        ),
        "en_tags": "masks, surgical mask, cloth mask, N95, PM2.5",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["covid-prevention"],
        "tags": "วิธีใส่หน้ากาก, ถอดหน้ากาก, เมื่อไรต้องใส่หน้ากาก",
        "title": "ใส่และถอดหน้ากากให้ถูกวิธี และเมื่อไรควรใส่",
        "summary": "ล้างมือก่อนใส่ ให้ด้านมีลวดอยู่บน ดึงคลุมจมูกถึงใต้คาง ถอดโดยจับที่สาย และควรใส่เมื่อไม่สบาย อยู่ในที่แออัด ไปโรงพยาบาล หรือฝุ่นสูง",
        "body": """หน้ากากที่ดีแค่ไหนก็ช่วยได้น้อยถ้าใส่ผิด ข้อผิดพลาดที่พบบ่อยคือใส่ใต้จมูก ดึงลงไว้ที่คาง และจับด้านหน้าบ่อย ๆ

## ใส่หน้ากากอนามัย
1. ล้างมือด้วยสบู่หรือเจลแอลกอฮอล์
2. หันด้านที่มีลวดไว้ด้านบน ด้านสีเข้มหรือด้านที่กันน้ำออกด้านนอก
3. คล้องสายที่หูหรือผูกเชือกด้านหลังศีรษะ
4. กดลวดให้แนบสันจมูก
5. ดึงจีบลงให้คลุมถึงใต้คาง ไม่ให้มีช่องว่างด้านข้าง

สำหรับ N95 ให้ตรวจความแนบ: หายใจเข้าแรง ๆ หน้ากากควรยุบเข้าเล็กน้อย หายใจออกแล้วไม่มีลมรั่วที่ขอบ ถ้ารั่วให้ขยับหรือกดลวดใหม่

## ระหว่างใส่
- ไม่จับด้านหน้าของหน้ากาก ถ้าเผลอจับให้ล้างมือ
- ไม่ดึงลงไว้ใต้คางแล้วดึงกลับขึ้นมา
- เปลี่ยนเมื่อเปียก ชื้น หรือสกปรก

## ถอดหน้ากาก
1. จับที่สายคล้องหูหรือเชือก ไม่จับด้านหน้า
2. หน้ากากอนามัยพับด้านนอกเข้าหากัน ใส่ถุงหรือทิ้งในถังขยะมีฝาปิด
3. หน้ากากผ้าใส่ถุงแยกไว้เพื่อนำไปซัก
4. ล้างมือทันที

ถ้าจำเป็นต้องถอดชั่วคราว เช่น ตอนกินข้าว ให้เก็บในซองกระดาษหรือถุงสะอาด ไม่วางบนโต๊ะ

## เมื่อไรควรใส่
- เมื่อมีไข้ ไอ จาม เจ็บคอ หรือผล ATK เป็นบวก
- เมื่อดูแลผู้ป่วยหรือไปเยี่ยมผู้สูงอายุ
- ไปโรงพยาบาลหรือคลินิก
- อยู่ในที่แออัดหรือห้องปิด เช่น รถโดยสาร รถไฟฟ้า ลิฟต์ ในช่วงที่มีการระบาด
- เมื่อค่าฝุ่น PM2.5 สูง ให้ใช้หน้ากาก N95

เด็กอายุต่ำกว่า 2 ปี ผู้ที่หายใจลำบาก หรือผู้ที่ถอดหน้ากากเองไม่ได้ ไม่ควรใส่หน้ากาก""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการสวมและถอดหน้ากากอย่างถูกวิธี",
        "reviewed": "2026-11-15",
    },
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["covid-prevention", "air-and-heat"],
        "tags": "หน้ากากเด็ก, เด็กเล็ก, โรงเรียน, ศูนย์เด็กเล็ก",
        "title": "หน้ากากสำหรับเด็ก: อายุเท่าไรถึงใส่ได้ และใส่อย่างไรให้ปลอดภัย",
        "summary": "เด็กอายุต่ำกว่า 2 ปีไม่ควรใส่หน้ากาก เด็กโตใช้หน้ากากขนาดเด็กที่พอดีหน้า มีผู้ใหญ่ดูแล และไม่ใส่ขณะนอนหลับหรือวิ่งเล่นหนัก",
        "body": """เด็กติดเชื้อทางเดินหายใจได้ง่ายเมื่ออยู่รวมกันที่โรงเรียนหรือศูนย์พัฒนาเด็กเล็ก แต่หน้ากากสำหรับเด็กต้องใช้อย่างระมัดระวัง

## อายุเท่าไรใส่ได้
- **ต่ำกว่า 2 ปี: ไม่ควรใส่** เพราะทางเดินหายใจเล็ก หายใจลำบาก และถอดเองไม่ได้ เสี่ยงขาดอากาศ ป้องกันด้วยการให้ผู้ใหญ่ที่ดูแลสวมหน้ากาก ล้างมือ และเลี่ยงพาไปที่แออัด
- **2-5 ปี:** ใส่ได้ถ้าเด็กยอมใส่ และถอดเองได้เมื่ออึดอัด ต้องมีผู้ใหญ่ดูแลตลอด
- **6 ปีขึ้นไป:** ใส่ได้เหมือนผู้ใหญ่ สอนวิธีใส่และถอดให้ถูก

## เลือกหน้ากากให้เด็ก
- ขนาดสำหรับเด็ก คลุมตั้งแต่สันจมูกถึงใต้คาง ไม่ปิดตา
- หน้ากากอนามัยขนาดเด็ก หรือหน้ากากผ้า 2 ชั้นที่ระบายอากาศดี
- ช่วงฝุ่น PM2.5 สูง มีหน้ากากกันฝุ่นขนาดเด็ก แต่ถ้าเด็กหายใจอึดอัดให้ถอด และลดเวลาอยู่นอกบ้านแทน
- สายคล้องหูไม่รัดแน่นจนเจ็บ

## ใช้อย่างไรให้ปลอดภัย
- ไม่ใส่ขณะนอนหลับ รวมถึงนอนกลางวันที่โรงเรียน
- ไม่ใส่ขณะวิ่งเล่นหรือออกกำลังกายหนัก
- ถอดเมื่อเปียกน้ำลายหรือเหงื่อ และเปลี่ยนชิ้นใหม่ เตรียมสำรองใส่ซองให้ลูกไปโรงเรียน
- เด็กที่มีโรคหอบหืด โรคหัวใจ หรือพัฒนาการล่าช้า ปรึกษาแพทย์ก่อน

## สำหรับครูและศูนย์เด็กเล็ก
- เด็กที่มีไข้ ไอ มีน้ำมูก ควรให้พักอยู่บ้านมากกว่าให้ใส่หน้ากากมาเรียน
- ถ้าเด็กเริ่มป่วยที่โรงเรียน ให้ใส่หน้ากาก แยกพักในมุมที่อากาศถ่ายเท และแจ้งผู้ปกครอง
- เปิดหน้าต่างห้องเรียน และให้เด็กล้างมือก่อนกินข้าวและหลังเล่น

สอนลูกด้วยการทำให้ดู ผู้ใหญ่ใส่หน้ากากถูกวิธี เด็กก็ทำตาม""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการใช้หน้ากากสำหรับเด็กและสถานศึกษา",
        "reviewed": "2026-11-15",
    },
]

HANDS: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["hand-hygiene"],
        "tags": "เจลแอลกอฮอล์, แอลกอฮอล์ 70%, เจลล้างมือ, เมทานอล",
        "title": "เจลแอลกอฮอล์ล้างมือ: เลือกอย่างไร ใช้อย่างไรให้ได้ผล",
        "summary": "เลือกเจลที่มีเอทิลแอลกอฮอล์หรือไอโซโพรพิลแอลกอฮอล์ไม่น้อยกว่า 70% มีเลข อย. บนฉลาก ใช้ให้ทั่วมือและถูจนแห้ง และล้างด้วยสบู่เมื่อมือเปื้อนจนเห็นคราบ",
        "body": """เจลแอลกอฮอล์สะดวกเมื่ออยู่นอกบ้านหรือไม่มีน้ำ แต่ได้ผลเฉพาะเมื่อเลือกถูกและใช้ถูก

## เลือกเจลแอลกอฮอล์
- มี **เอทิลแอลกอฮอล์ (เอทานอล)** หรือ **ไอโซโพรพิลแอลกอฮอล์** ความเข้มข้นไม่น้อยกว่า 70%
- ฉลากภาษาไทยระบุชื่อผู้ผลิต ส่วนประกอบ วันผลิต และมีเลขที่ได้รับจาก อย. ตรวจสอบเลขได้ทางเว็บไซต์หรือแอปของ อย. หรือสายด่วน 1556
- **ห้ามใช้ผลิตภัณฑ์ที่มีเมทานอล (เมทิลแอลกอฮอล์)** เมทานอลซึมผ่านผิวหนังและเป็นพิษต่อระบบประสาทและตาได้
- ระวังเจลที่ราคาถูกผิดปกติ กลิ่นฉุนผิดปกติ หรือไม่มีฉลาก

## ใช้อย่างไรให้ได้ผล
1. กดเจลในปริมาณที่พอให้ทั่วทั้งสองมือ
2. ถูให้ทั่วตามขั้นตอนเดียวกับการล้างมือ: ฝ่ามือ หลังมือ ซอกนิ้ว หลังนิ้ว นิ้วหัวแม่มือ ปลายนิ้ว และข้อมือ
3. ถูต่อจนมือแห้งเอง ประมาณ 20-30 วินาที ไม่ต้องเช็ดหรือสะบัด

## เมื่อไรเจลไม่พอ ต้องล้างด้วยสบู่และน้ำ
- มือเปื้อนจนเห็นคราบ มีเศษดิน หรือมันจากอาหาร
- หลังเข้าห้องส้วม เปลี่ยนผ้าอ้อม หรือเมื่อมีคนในบ้านท้องเสีย เพราะเชื้อก่อโรคท้องร่วงบางชนิดทนแอลกอฮอล์
- ก่อนปรุงอาหาร

## เก็บอย่างปลอดภัย
- แอลกอฮอล์ติดไฟง่าย ไม่ใช้ใกล้เตาแก๊ส เทียน หรือบุหรี่ และรอให้มือแห้งก่อนเข้าใกล้ไฟ
- ไม่ทิ้งขวดไว้ในรถที่จอดกลางแดด
- เก็บให้พ้นมือเด็ก เด็กเล็กกลืนเจลแล้วเป็นอันตรายได้ ผู้ใหญ่ควรกดให้และดูจนมือแห้ง

## สำหรับร้านค้าและสถานที่
- ตั้งจุดเจลที่ทางเข้า จุดชำระเงิน และหน้าห้องน้ำ
- ใช้ขวดปั๊มหรือเครื่องจ่ายแบบไม่ต้องสัมผัส และติดป้ายบอกวิธีใช้
- ตรวจและเติมทุกวัน ไม่เติมเจลใหม่ลงในขวดเก่าที่ยังไม่ได้ล้าง
- ถ้าผู้ใช้บ่นว่ามือแห้ง เลือกสูตรที่ผสมสารให้ความชุ่มชื้น""",
        "source": "กรมอนามัย และสำนักงานคณะกรรมการอาหารและยา: คำแนะนำการเลือกซื้อและใช้เจลแอลกอฮอล์ทำความสะอาดมือ",
        "reviewed": "2026-08-25",
        "en": (
            "Alcohol hand gel: how to choose it and use it so it works",
            "Choose a gel with at least 70% ethyl or isopropyl alcohol and a Thai FDA number on the label, cover your whole hands and rub until dry, and wash with soap when your hands are visibly dirty.",
            """Alcohol gel is handy away from home or where there is no water, but it only works when you choose and use it properly.

## Choosing a gel
- It contains **ethyl alcohol (ethanol)** or **isopropyl alcohol** at 70% or more
- A Thai label gives the maker, ingredients, production date and a Thai FDA number; check the number on the FDA website or app, or call the FDA hotline 1556
- **Never use products containing methanol (methyl alcohol)**: it passes through the skin and can poison the nerves and eyes
- Be wary of gels that are unusually cheap, smell unusually sharp, or have no label

## Using it properly
1. Pump enough gel to cover both hands completely
2. Rub it in following the same steps as hand washing: palms, backs of hands, between the fingers, backs of the fingers, thumbs, fingertips and wrists
3. Keep rubbing until your hands are dry on their own, about 20-30 seconds; do not wipe or shake them

## When gel is not enough: use soap and water
- Hands are visibly dirty, muddy or greasy from food
- After the toilet, after changing nappies, or when someone at home has diarrhoea: some diarrhoea germs resist alcohol
- Before cooking

## Storing it safely
- Alcohol catches fire easily: do not use it near gas stoves, candles or cigarettes, and let your hands dry before going near a flame
- Do not leave bottles in a car parked in the sun
- Keep it out of children's reach: swallowing gel is dangerous for small children. An adult should dispense it and watch until the hands are dry

## For shops and public places
- Put gel at the entrance, the checkout and outside the toilets
- Use pump bottles or touch-free dispensers with a sign showing how to use them
- Check and refill every day; do not top up an old bottle without washing it first
- If users complain of dry hands, choose a formula with moisturiser""",
        ),
        "en_tags": "alcohol gel, hand sanitizer, 70% alcohol, methanol, hand hygiene",
    },
    {
        "kind": "article",
        "audiences": [P, E],
        "topics": ["hand-hygiene", "community"],
        "tags": "ล้างมือเด็ก, สอนลูกล้างมือ, โรงเรียน, ศูนย์เด็กเล็ก, มือเท้าปาก",
        "title": "สอนเด็กล้างมือ ที่บ้านและที่โรงเรียน",
        "summary": "เด็กเรียนรู้การล้างมือได้ดีจากเพลง การทำให้ดู และการจัดอ่างล้างมือที่เด็กเอื้อมถึง โรงเรียนควรมีสบู่พร้อมและพาเด็กล้างมือก่อนกินข้าวทุกวัน",
        "body": """เด็กจับทุกอย่างแล้วเอามือเข้าปาก โรคอย่างอุจจาระร่วง ไข้หวัด และโรคมือเท้าปาก จึงแพร่ในเด็กได้เร็ว การล้างมือด้วยสบู่เป็นวิธีป้องกันที่ง่ายและถูกที่สุด

## สอนลูกที่บ้าน
- **ทำให้ดู** ล้างมือไปพร้อมกับลูก เด็กเลียนแบบผู้ใหญ่
- **ใช้เพลงจับเวลา** ร้องเพลงสั้น ๆ เช่น เพลงแฮปปี้เบิร์ธเดย์ 2 รอบ ได้ประมาณ 20 วินาที
- ใช้ขั้นตอนแบบง่ายสำหรับเด็ก: ถูฝ่ามือ ถูหลังมือ ถูซอกนิ้ว ถูนิ้วโป้ง ถูปลายนิ้ว แล้วล้างน้ำ
- มีเก้าอี้หรือบันไดเล็กให้ลูกเอื้อมถึงอ่าง มีสบู่และผ้าเช็ดมือของลูกเอง
- ชมเมื่อลูกล้างมือเองโดยไม่ต้องเตือน

## เวลาที่เด็กต้องล้างมือ
- ก่อนกินข้าวและขนม
- หลังเข้าห้องส้วม
- หลังเล่นของเล่น เล่นดิน เล่นทราย และจับสัตว์เลี้ยง
- หลังไอ จาม หรือสั่งน้ำมูก
- เมื่อกลับจากโรงเรียนหรือนอกบ้าน

## ที่โรงเรียนและศูนย์พัฒนาเด็กเล็ก
- จัดอ่างล้างมือที่ความสูงเหมาะกับเด็ก ใกล้ห้องส้วมและโรงอาหาร มีน้ำไหลสะดวก
- มีสบู่พร้อมตลอดเวลา แขวนสบู่ก้อนในถุงตาข่ายหรือใช้สบู่เหลว และตรวจเติมทุกเช้า
- ให้ทุกห้องล้างมือพร้อมกันก่อนกินอาหารกลางวันเป็นกิจวัตร ครูเวรหรือผู้นำนักเรียนช่วยดูแล
- ติดภาพขั้นตอนล้างมือระดับสายตาเด็ก
- ทำความสะอาดอ่างล้างมือและก๊อกน้ำทุกวัน
- เจลแอลกอฮอล์ใช้เสริมได้ แต่ครูเป็นผู้กดให้ เก็บขวดให้พ้นมือเด็ก และเด็กต้องถูจนแห้ง

## ช่วงที่โรคระบาดในโรงเรียน
เช่น มือเท้าปาก หรือไข้หวัดใหญ่ ให้คัดกรองเด็กตอนเช้า เด็กที่ป่วยให้พักอยู่บ้าน เช็ดของเล่นและโต๊ะทุกวัน และแจ้ง รพ.สต. หรือโรงพยาบาลในพื้นที่เมื่อมีเด็กป่วยหลายคน""",
        "source": "กรมอนามัย กระทรวงสาธารณสุข: คำแนะนำการส่งเสริมการล้างมือในเด็กและสถานศึกษา",
        "reviewed": "2026-08-25",
    },
]

VACCINES: list[dict[str, Any]] = [
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["vaccination", "disease-prevention"],
        "tags": "วัคซีนไข้หวัดใหญ่, ฉีดฟรี, 7 กลุ่มเสี่ยง, ไข้หวัดใหญ่",
        "title": "วัคซีนไข้หวัดใหญ่: ใครควรฉีด ฉีดฟรีได้ไหม และทำไมต้องฉีดทุกปี",
        "summary": "เชื้อไข้หวัดใหญ่เปลี่ยนสายพันธุ์ทุกปี จึงต้องฉีดปีละครั้ง ก่อนฤดูฝน กลุ่มเสี่ยง 7 กลุ่มฉีดฟรีตามสิทธิหลักประกันสุขภาพ",
        "body": """ไข้หวัดใหญ่ต่างจากไข้หวัดธรรมดา มีไข้สูง ปวดเมื่อยตัวมาก อ่อนเพลีย และในกลุ่มเสี่ยงอาจเกิดปอดอักเสบรุนแรงถึงเสียชีวิต วัคซีนช่วยลดการป่วยหนักได้มาก

## ทำไมต้องฉีดทุกปี
เชื้อไข้หวัดใหญ่เปลี่ยนสายพันธุ์อยู่เสมอ วัคซีนแต่ละปีจึงปรับตามสายพันธุ์ที่คาดว่าจะระบาด และภูมิคุ้มกันจากวัคซีนลดลงภายในประมาณ 1 ปี

## ฉีดเมื่อไร
- ฉีดปีละครั้ง ดีที่สุดก่อนฤดูฝน ซึ่งเป็นช่วงที่ไข้หวัดใหญ่ระบาดมากในประเทศไทย หน่วยบริการมักเปิดให้ฉีดช่วงประมาณเดือนพฤษภาคมถึงสิงหาคม
- หลังฉีดประมาณ 2 สัปดาห์ร่างกายจึงสร้างภูมิคุ้มกันได้เต็มที่

## กลุ่มเสี่ยง 7 กลุ่มที่ฉีดฟรีตามสิทธิหลักประกันสุขภาพ
1. หญิงตั้งครรภ์ที่อายุครรภ์ 4 เดือนขึ้นไป
2. เด็กอายุ 6 เดือนถึง 2 ปี
3. ผู้ที่มีโรคเรื้อรัง เช่น ปอดอุดกั้นเรื้อรัง หอบหืด โรคหัวใจ โรคหลอดเลือดสมอง ไตวาย มะเร็งที่กำลังรับยาเคมีบำบัด และเบาหวาน
4. ผู้สูงอายุ 65 ปีขึ้นไป
5. ผู้พิการทางสมองที่ช่วยเหลือตัวเองไม่ได้
6. ผู้ป่วยธาลัสซีเมียและผู้มีภูมิคุ้มกันบกพร่อง
7. ผู้ที่มีโรคอ้วน (น้ำหนักมากกว่า 100 กิโลกรัม หรือดัชนีมวลกายมากกว่า 35)

สอบถามวันและสถานที่ฉีดได้ที่โรงพยาบาลหรือ รพ.สต. ตามสิทธิ คนทั่วไปที่ไม่อยู่ในกลุ่มนี้ก็ฉีดได้ที่สถานพยาบาลโดยเสียค่าใช้จ่าย แนะนำสำหรับผู้ดูแลผู้สูงอายุ บุคลากรสาธารณสุข และผู้ที่ทำงานพบคนจำนวนมาก

## ใครไม่ควรฉีดหรือต้องปรึกษาแพทย์ก่อน
- เคยแพ้วัคซีนไข้หวัดใหญ่รุนแรงมาก่อน
- มีไข้สูงในวันนัด ให้เลื่อนไปก่อน (หวัดเล็กน้อยฉีดได้)
- ผู้ที่เคยเป็นกลุ่มอาการกิลแลง-บาร์เร ภายใน 6 สัปดาห์หลังฉีดวัคซีนไข้หวัดใหญ่ครั้งก่อน

## ผลข้างเคียง
ปวด บวม แดงตรงที่ฉีด ไข้ต่ำ ปวดเมื่อย 1-2 วันแล้วหายเอง วัคซีนชนิดฉีดทำจากเชื้อที่ตายแล้ว **จึงไม่ทำให้ป่วยเป็นไข้หวัดใหญ่** ถ้าป่วยหลังฉีดมักเป็นหวัดจากเชื้ออื่นหรือติดเชื้อก่อนภูมิขึ้น

ฉีดวัคซีนไข้หวัดใหญ่พร้อมวัคซีนโควิด 19 ในวันเดียวกันได้ โดยฉีดคนละแขน""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการให้วัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาลสำหรับกลุ่มเสี่ยง",
        "reviewed": "2026-06-10",
        "en": (
            "The flu vaccine: who should have it, is it free, and why every year",
            "Influenza viruses change every year, so the vaccine is given once a year, before the rainy season. Seven high-risk groups get it free under the national health insurance scheme.",
            """Influenza is not the same as a common cold: it brings a high fever, severe body aches and exhaustion, and in high-risk people it can cause severe pneumonia and death. The vaccine greatly reduces serious illness.

## Why every year
Flu viruses keep changing, so each year's vaccine is updated for the strains expected to spread, and protection from the vaccine fades within about a year.

## When to have it
- Once a year, ideally before the rainy season, when flu peaks in Thailand. Health services usually offer it from around May to August
- It takes about 2 weeks after the injection for full protection

## The 7 high-risk groups vaccinated free under the national health insurance scheme
1. Pregnant women from 4 months of pregnancy
2. Children aged 6 months to 2 years
3. People with chronic illnesses such as COPD, asthma, heart disease, stroke, kidney failure, cancer under chemotherapy and diabetes
4. People aged 65 and over
5. People with cerebral disabilities who cannot look after themselves
6. People with thalassaemia and people with weak immunity
7. People with obesity (over 100 kg, or a body mass index over 35)

Ask your hospital or local health-promoting hospital for dates and places. Anyone else can be vaccinated at a clinic or hospital for a fee; it is recommended for carers of older people, health workers and people who meet many others at work.

## Who should not have it, or should ask a doctor first
- People who had a severe allergic reaction to a flu vaccine before
- Anyone with a high fever on the day: postpone (a mild cold is fine)
- People who developed Guillain-Barré syndrome within 6 weeks of an earlier flu vaccine

## Side effects
Pain, swelling or redness where the needle went in, a mild fever and aches for 1-2 days, which go away by themselves. The injected vaccine is made from killed virus, **so it cannot give you the flu**. Illness soon after is usually a cold from another virus, or an infection caught before protection built up.

The flu vaccine and a COVID-19 vaccine can be given on the same day, one in each arm.""",
        ),
        "en_tags": "flu vaccine, influenza, high-risk groups, free vaccine, yearly vaccination",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["vaccination", "older-people"],
        "tags": "วัคซีนผู้ใหญ่, วัคซีนผู้สูงอายุ, บาดทะยัก, ปอดอักเสบ, งูสวัด",
        "title": "วัคซีนสำหรับผู้ใหญ่และผู้สูงอายุ ควรฉีดอะไรบ้าง",
        "summary": "ผู้ใหญ่ก็ต้องฉีดวัคซีน: ไข้หวัดใหญ่ปีละครั้ง วัคซีนป้องกันบาดทะยักทุก 10 ปี ผู้สูงอายุพิจารณาวัคซีนปอดอักเสบและงูสวัด และวัคซีนโควิด 19 ตามคำแนะนำ",
        "body": """วัคซีนไม่ได้มีไว้สำหรับเด็กเท่านั้น ภูมิคุ้มกันจากวัคซีนบางชนิดลดลงเมื่อเวลาผ่านไป และเมื่ออายุมากขึ้นร่างกายต้านโรคได้น้อยลง

## วัคซีนที่ผู้ใหญ่ทุกคนควรได้
- **วัคซีนไข้หวัดใหญ่** ปีละ 1 ครั้ง โดยเฉพาะผู้มีโรคเรื้อรังและผู้สูงอายุ 65 ปีขึ้นไป ซึ่งฉีดฟรีตามสิทธิ
- **วัคซีนป้องกันคอตีบและบาดทะยัก (dT)** กระตุ้นทุก 10 ปี ผู้ที่ไม่เคยฉีดหรือจำไม่ได้ ให้ฉีดให้ครบ 3 ครั้งตามที่แพทย์นัด และเมื่อมีแผลลึกหรือสกปรก แพทย์อาจให้ฉีดกระตุ้นเร็วขึ้น
- **วัคซีนโควิด 19** ตามคำแนะนำปัจจุบันของกระทรวงสาธารณสุข ซึ่งเน้นกลุ่มเสี่ยง

## ผู้สูงอายุ ควรปรึกษาแพทย์เรื่อง
- **วัคซีนป้องกันโรคปอดอักเสบจากเชื้อนิวโมคอคคัส** สำหรับผู้อายุ 65 ปีขึ้นไป และผู้มีโรคเรื้อรังบางโรคที่อายุน้อยกว่านั้น
- **วัคซีนป้องกันงูสวัด** สำหรับผู้อายุ 50 ปีขึ้นไป ช่วยลดโอกาสเป็นงูสวัดและอาการปวดปลายประสาทหลังเป็น ส่วนใหญ่ต้องเสียค่าใช้จ่ายเอง

## กรณีอื่น ๆ
- **ไวรัสตับอักเสบบี** ผู้ที่ไม่เคยติดเชื้อและไม่มีภูมิ ตรวจเลือดแล้วฉีดตามคำแนะนำ โดยเฉพาะผู้ที่อยู่บ้านเดียวกับผู้ติดเชื้อ ผู้ป่วยเบาหวานและโรคไต
- **วัคซีนเอชพีวี** ผู้หญิงและผู้ชายวัยหนุ่มสาวที่ไม่เคยได้รับตอนเป็นนักเรียน ปรึกษาแพทย์
- **หญิงตั้งครรภ์** วัคซีนป้องกันบาดทะยัก ไอกรน และไข้หวัดใหญ่ ตามที่แพทย์ฝากครรภ์แนะนำ เพื่อปกป้องทั้งแม่และลูก
- **ผู้ที่จะเดินทางหรือทำงานเสี่ยง** เช่น สัตวแพทย์และผู้ที่ถูกสัตว์กัดข่วน ปรึกษาเรื่องวัคซีนพิษสุนัขบ้า

## เตรียมตัวไปฉีด
- นำสมุดหรือบัตรบันทึกวัคซีนไปด้วย ถ้าไม่มีให้ขอเล่มใหม่แล้วจดทุกครั้ง
- บอกแพทย์เรื่องโรคประจำตัว ยาที่ใช้ ประวัติแพ้ และการตั้งครรภ์
- ฉีดวัคซีนหลายชนิดในวันเดียวกันได้ตามที่แพทย์พิจารณา
- นั่งรอสังเกตอาการที่หน่วยบริการประมาณ 30 นาทีหลังฉีด

สอบถามว่าวัคซีนใดฟรีตามสิทธิได้ที่โรงพยาบาลหรือ รพ.สต. ใกล้บ้าน""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการให้วัคซีนในผู้ใหญ่และผู้สูงอายุ",
        "reviewed": "2026-07-14",
        "en": (
            "Vaccines for adults and older people: which ones you need",
            "Adults need vaccines too: flu every year, a tetanus booster every 10 years, pneumonia and shingles vaccines to consider in older age, and COVID-19 vaccines as advised.",
            """Vaccines are not just for children. Protection from some vaccines fades over time, and the body fights disease less well as we age.

## Vaccines every adult should have
- **Flu vaccine** once a year, especially for people with chronic illnesses and people aged 65 and over, who get it free
- **Diphtheria-tetanus vaccine (dT)**: a booster every 10 years. If you never had it or cannot remember, complete 3 doses as your doctor schedules; after a deep or dirty wound the doctor may give a booster sooner
- **COVID-19 vaccine** as the Ministry of Public Health currently advises, with the focus on high-risk groups

## Older people: ask your doctor about
- **Pneumococcal vaccine** against pneumonia, for people aged 65 and over and for younger people with certain chronic illnesses
- **Shingles vaccine** for people aged 50 and over: it reduces the chance of shingles and of the nerve pain that can follow. It is usually paid for yourself

## Other situations
- **Hepatitis B**: people who have never been infected and have no immunity can have a blood test and be vaccinated as advised, especially those living with an infected person, people with diabetes and people with kidney disease
- **HPV vaccine**: young women and men who did not get it at school should ask a doctor
- **Pregnant women**: tetanus, whooping cough and flu vaccines as the antenatal doctor advises, to protect both mother and baby
- **Travel or risky work**: vets and anyone bitten or scratched by animals should ask about rabies vaccine

## Getting ready
- Bring your vaccination record book or card; if you have none, ask for a new one and have every dose written in
- Tell the doctor about your illnesses, medicines, allergies and any pregnancy
- Several vaccines can be given on the same day if the doctor agrees
- Wait at the clinic for about 30 minutes after the injection

Ask your hospital or local health-promoting hospital which vaccines are free for you.""",
        ),
        "en_tags": "adult vaccines, older people, tetanus, pneumococcal, shingles, hepatitis B",
    },
    {
        "kind": "article",
        "audiences": [P],
        "topics": ["vaccination"],
        "tags": "วัคซีนเด็ก, วัคซีนพื้นฐาน, EPI, ตารางวัคซีน, สมุดสีชมพู",
        "title": "วัคซีนพื้นฐานสำหรับเด็กไทยตามวัย: พาลูกไปฉีดเมื่อไร",
        "summary": "เด็กไทยได้รับวัคซีนพื้นฐานฟรีตั้งแต่แรกเกิดจนถึงชั้นประถม ตามนัดในสมุดบันทึกสุขภาพแม่และเด็ก ถ้าพลาดนัดให้ไปฉีดตามทันที ไม่ต้องเริ่มใหม่",
        "body": """วัคซีนพื้นฐาน (EPI) ป้องกันโรคร้ายแรง เช่น วัณโรค ตับอักเสบบี คอตีบ บาดทะยัก ไอกรน โปลิโอ หัด หัดเยอรมัน คางทูม ไข้สมองอักเสบเจอี และท้องร่วงจากโรต้าไวรัส เด็กไทยทุกคนได้รับฟรีที่โรงพยาบาลและ รพ.สต.

## ตารางโดยสรุป
| อายุ | วัคซีน |
| --- | --- |
| แรกเกิด | วัณโรค (BCG), ตับอักเสบบี |
| 2 เดือน | คอตีบ-บาดทะยัก-ไอกรน-ตับอักเสบบี-ฮิบ (รวม 5 โรค), โปลิโอชนิดกิน, โรต้า |
| 4 เดือน | รวม 5 โรค, โปลิโอชนิดกิน, โปลิโอชนิดฉีด, โรต้า |
| 6 เดือน | รวม 5 โรค, โปลิโอชนิดกิน (และโรต้าสำหรับวัคซีนบางชนิด) |
| 9 เดือน | หัด-หัดเยอรมัน-คางทูม (MMR) |
| 1 ปี | ไข้สมองอักเสบเจอี |
| 1 ปีครึ่ง | คอตีบ-บาดทะยัก-ไอกรน, โปลิโอชนิดกิน, MMR |
| 2 ปีครึ่ง | ไข้สมองอักเสบเจอี |
| 4 ปี | คอตีบ-บาดทะยัก-ไอกรน, โปลิโอชนิดกิน |
| ป.1 | ตรวจสอบและฉีดเก็บตกวัคซีนที่ขาด |
| ป.5 (นักเรียนหญิง) | เอชพีวี ป้องกันมะเร็งปากมดลูก |
| ป.6 | คอตีบ-บาดทะยัก (dT) |

ตารางอาจปรับตามประกาศของกระทรวงสาธารณสุข ให้ยึดวันนัดที่เจ้าหน้าที่เขียนไว้ใน **สมุดบันทึกสุขภาพแม่และเด็ก (สมุดสีชมพู)**

## ถ้าพลาดนัด
ไม่ต้องเริ่มฉีดใหม่ตั้งแต่ต้น พาลูกไปฉีดต่อโดยเร็วที่สุด เจ้าหน้าที่จะนัดเข็มถัดไปให้

## ลูกไม่สบายฉีดได้ไหม
- หวัดเล็กน้อย น้ำมูกใส ไม่มีไข้สูง ฉีดได้
- มีไข้สูง หรือป่วยหนัก ให้เลื่อนไปจนหาย
- บอกเจ้าหน้าที่ถ้าลูกเคยแพ้วัคซีน มีโรคภูมิคุ้มกันบกพร่อง หรือกินยาสเตียรอยด์

## วัคซีนเสริม
ยังมีวัคซีนที่ไม่อยู่ในวัคซีนพื้นฐาน เช่น ไข้หวัดใหญ่ (ฟรีสำหรับเด็ก 6 เดือนถึง 2 ปี) อีสุกอีใส ตับอักเสบเอ และปอดอักเสบ ปรึกษากุมารแพทย์ว่าเหมาะกับลูกหรือไม่

พาลูกไปฉีดครบตามนัด ลูกปลอดภัย และช่วยป้องกันไม่ให้โรคกลับมาระบาดในชุมชน""",
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: แผนงานสร้างเสริมภูมิคุ้มกันโรค กำหนดการให้วัคซีนพื้นฐานสำหรับเด็กไทย",
        "reviewed": "2026-07-14",
    },
    {
        "kind": "faq",
        "audiences": [P],
        "topics": ["vaccination"],
        "tags": "ผลข้างเคียงวัคซีน, ไข้หลังฉีดวัคซีน, แพ้วัคซีน, หลังฉีดวัคซีน",
        "title": "ถาม-ตอบ ผลข้างเคียงหลังฉีดวัคซีน ดูแลอย่างไร",
        "summary": "อาการปวดบวมและไข้ต่ำหลังฉีดวัคซีนพบบ่อยและหายเองใน 1-2 วัน แต่ถ้าหายใจลำบาก หน้าบวม ผื่นทั้งตัว หรือชัก ต้องไปโรงพยาบาลทันที",
        "body": "คำถามที่พ่อแม่และผู้ใหญ่ถามบ่อยหลังพาลูกหรือตัวเองไปฉีดวัคซีน ใช้ได้กับวัคซีนทั่วไปทั้งเด็กและผู้ใหญ่",
        "faq": [
            (
                "หลังฉีดวัคซีน อาการแบบไหนเป็นเรื่องปกติ",
                "ปวด บวม แดง ตรงที่ฉีด มีไข้ต่ำ ๆ งอแง อ่อนเพลีย หรือปวดเมื่อย มักเกิดภายใน 1-2 วันแรกและหายเอง ประคบเย็นตรงที่ฉีดในวันแรก ให้ยาพาราเซตามอลตามน้ำหนักตัวเมื่อมีไข้ และดื่มน้ำมาก ๆ",
            ),
            (
                "อาการแบบไหนต้องไปโรงพยาบาลทันที",
                "หายใจลำบาก หายใจมีเสียงวี้ด หน้า ปาก หรือตาบวม มีผื่นลมพิษทั้งตัว หน้ามืดหมดสติ ชัก ไข้สูงเกิน 39 องศาที่ไม่ลด หรือเด็กเล็กร้องกวนไม่หยุดนานเกิน 3 ชั่วโมง ให้ไปโรงพยาบาลหรือโทร 1669 และแจ้งว่าเพิ่งฉีดวัคซีนอะไรมา",
            ),
            (
                "ทำไมต้องนั่งรอ 30 นาทีหลังฉีด",
                "อาการแพ้รุนแรงเกิดได้น้อยมาก แต่ถ้าเกิดมักเกิดภายในไม่กี่นาทีถึงครึ่งชั่วโมงแรก การรอที่หน่วยบริการทำให้เจ้าหน้าที่ช่วยได้ทันที",
            ),
            (
                "ฉีดวัคซีนวัณโรค (BCG) แล้วเป็นตุ่มหนอง ผิดปกติไหม",
                "ปกติ หลังฉีดประมาณ 2-4 สัปดาห์จะเป็นตุ่มนูน แล้วเป็นหนองหรือแผลเล็ก ๆ และหายเองเหลือแผลเป็น ไม่ต้องบีบ ไม่ต้องทายาหรือปิดแผล รักษาความสะอาดด้วยน้ำสะอาด ถ้าแผลใหญ่มาก หรือต่อมน้ำเหลืองที่รักแร้บวมโต ให้ไปพบแพทย์",
            ),
            (
                "มีอาการผิดปกติหลังฉีด ต้องแจ้งใคร",
                "แจ้งโรงพยาบาลหรือ รพ.สต. ที่ฉีด เจ้าหน้าที่จะบันทึกและรายงานอาการภายหลังได้รับวัคซีนตามระบบเฝ้าระวัง และช่วยพิจารณาว่าครั้งต่อไปควรฉีดอย่างไร จดชื่อวัคซีนและอาการไว้ในสมุดวัคซีนด้วย",
            ),
        ],
        "source": "กรมควบคุมโรค กระทรวงสาธารณสุข: คำแนะนำการเฝ้าระวังและดูแลอาการภายหลังได้รับการสร้างเสริมภูมิคุ้มกันโรค",
        "reviewed": "2026-07-14",
    },
]

ITEMS: list[dict[str, Any]] = [*DENGUE, *FLOODS, *COVID, *MASKS, *HANDS, *VACCINES]
