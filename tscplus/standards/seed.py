"""The seeded TSC+ standards, written in our own words from the Department of Health's published
measures: a "TSC+ COVID-19 prevention" standard for each setting group, and the "COVID Free
Setting" standard. Loaded by a migration; `standards_seed` only creates what is missing and never
edits a version that exists (a published version is changed by authoring a new one)."""

from __future__ import annotations

import datetime
from typing import Any

# An item: (measure, essential, weight, allow_na, evidence, Thai, English, fix Thai, fix English)
Item = tuple[str, bool, int, bool, bool, str, str, str, str]

PLACE: tuple[Item, ...] = (
    ("H", True, 2, False, True,
     "มีจุดล้างมือพร้อมสบู่และน้ำ หรือเจลแอลกอฮอล์ไม่น้อยกว่า 70% ที่ทางเข้าและจุดบริการ",
     "Hand-washing points with soap and water, or alcohol gel of at least 70%, at the entrance and service points",
     "ตั้งจุดล้างมือหรือวางเจลแอลกอฮอล์ที่ทางเข้าและทุกจุดบริการ และตรวจให้มีพร้อมใช้ตลอดเวลา",
     "Put a hand-washing point or alcohol gel at the entrance and every service point, and keep them filled"),
    ("D", True, 2, False, False,
     "จัดที่นั่ง ที่ยืน และจุดรอคิว ให้ห่างกันอย่างน้อย 1 เมตร พร้อมทำเครื่องหมายที่พื้น",
     "Seats, standing places and queue spots are at least 1 metre apart, marked on the floor",
     "ขยับที่นั่งให้ห่างกัน 1 เมตร และติดเครื่องหมายบนพื้นที่จุดรอคิว",
     "Move seats 1 metre apart and put floor markings where people queue"),
    ("D", False, 1, False, False,
     "จำกัดจำนวนคนในสถานที่ตามขนาดพื้นที่ (อย่างน้อย 4 ตารางเมตรต่อคน) และติดประกาศจำนวนที่รับได้",
     "The number of people inside is limited to the floor area (at least 4 m² per person) and the limit is posted",
     "คำนวณจำนวนคนที่รับได้จากพื้นที่ ติดประกาศที่ทางเข้า และให้พนักงานนับคน",
     "Work out the limit from the floor area, post it at the entrance and have staff count people in"),
    ("H", True, 2, False, False,
     "ทำความสะอาดจุดสัมผัสร่วม เช่น ลูกบิดประตู เคาน์เตอร์ ราวจับ เครื่องชำระเงิน ด้วยน้ำยาทำความสะอาดหรือฆ่าเชื้อทุก 1-2 ชั่วโมง",
     "Shared touch points (door handles, counters, rails, payment terminals) are cleaned with detergent or disinfectant every 1-2 hours",
     "กำหนดผู้รับผิดชอบและตารางเช็ดทำความสะอาดทุก 1-2 ชั่วโมง พร้อมบันทึกเวลา",
     "Name who cleans, set a 1-2 hour schedule and keep a log of the times"),
    ("OTH", False, 1, False, False,
     "ระบายอากาศได้ดี เปิดประตูหน้าต่างหรือมีระบบเติมอากาศ และล้างเครื่องปรับอากาศอย่างสม่ำเสมอ",
     "Good ventilation: doors and windows open or fresh air supplied, and air conditioners cleaned regularly",
     "เปิดประตูหน้าต่างก่อนและหลังให้บริการ ติดพัดลมระบายอากาศ และล้างเครื่องปรับอากาศตามรอบ",
     "Open doors and windows before and after opening hours, add an exhaust fan, and service the air conditioners on schedule"),
    ("OTH", False, 1, True, False,
     "ห้องส้วมสะอาด มีสบู่ล้างมือ และทำความสะอาดเป็นประจำ",
     "Toilets are clean, have soap, and are cleaned regularly",
     "จัดตารางทำความสะอาดห้องส้วมและเติมสบู่ทุกวัน",
     "Set a toilet-cleaning schedule and refill soap every day"),
    ("OTH", False, 1, False, False,
     "มีถังขยะมีฝาปิด และนำขยะไปกำจัดทุกวัน",
     "Rubbish goes into lidded bins that are emptied every day",
     "ใช้ถังขยะมีฝาปิดและนำขยะออกทุกวัน",
     "Use lidded bins and take the rubbish out daily"),
)  # fmt: skip

STAFF: tuple[Item, ...] = (
    ("M", True, 2, False, False,
     "ผู้ให้บริการสวมหน้ากากอย่างถูกต้องตลอดเวลาที่ให้บริการ",
     "Staff wear masks properly at all times while serving",
     "จัดหาหน้ากากให้พนักงานและกำชับให้สวมปิดจมูกและปากตลอดเวลา",
     "Provide masks and make sure staff cover nose and mouth at all times"),
    ("T", True, 2, False, False,
     "คัดกรองอาการไข้และอาการทางเดินหายใจของพนักงานก่อนเริ่มงาน ผู้ที่ป่วยให้หยุดงานและพบแพทย์",
     "Staff are checked for fever and respiratory symptoms before work; sick staff stay home and see a doctor",
     "วัดไข้และสอบถามอาการพนักงานทุกเช้า บันทึกผล และให้ผู้ป่วยหยุดงานโดยไม่ถูกลงโทษ",
     "Check every staff member each morning, record it, and let sick staff stay home without penalty"),
    ("H", False, 1, False, False,
     "ผู้ให้บริการล้างมือก่อนและหลังให้บริการ หลังสัมผัสเงิน และหลังใช้ห้องส้วม",
     "Staff wash their hands before and after serving, after handling money and after using the toilet",
     "ติดป้ายเตือนการล้างมือและวางสบู่หรือเจลไว้ใกล้จุดทำงาน",
     "Put up hand-washing reminders and keep soap or gel within reach of every work point"),
    ("T", False, 2, False, True,
     "พนักงานได้รับวัคซีนตามคำแนะนำของกระทรวงสาธารณสุข และมีบันทึกการได้รับวัคซีน",
     "Staff are vaccinated as the Ministry of Public Health advises, and vaccination is recorded",
     "ประสานโรงพยาบาลหรือหน่วยบริการใกล้เคียงเพื่อนัดฉีดวัคซีน และเก็บสำเนาหลักฐาน",
     "Book vaccination with the nearest hospital or health unit and keep copies of the records"),
    ("OTH", False, 1, False, False,
     "พนักงานได้รับการอบรมมาตรการ และรู้วิธีปฏิบัติเมื่อพบผู้มีอาการป่วย",
     "Staff are trained on the measures and know what to do when someone shows symptoms",
     "จัดอบรมสั้น ๆ ให้พนักงานทุกคน และติดขั้นตอนปฏิบัติไว้ในที่ทำงาน",
     "Run a short briefing for every staff member and post the steps where they work"),
)  # fmt: skip

CUSTOMERS: tuple[Item, ...] = (
    ("M", True, 2, False, False,
     "ผู้ใช้บริการต้องสวมหน้ากาก (ยกเว้นขณะรับประทานอาหารหรือเครื่องดื่ม) และมีป้ายแจ้ง",
     "Customers must wear masks (except while eating or drinking), and a notice says so",
     "ติดป้ายที่ทางเข้าและให้พนักงานแจ้งผู้ไม่สวมหน้ากาก อาจจัดหน้ากากสำรองไว้",
     "Post a notice at the entrance, have staff remind people, and keep spare masks"),
    ("T", False, 1, True, False,
     "คัดกรองอุณหภูมิที่ทางเข้า ผู้มีไข้ตั้งแต่ 37.5 องศาเซลเซียสขึ้นไปให้งดเข้าใช้บริการ",
     "Temperature screening at the entrance; people with a fever of 37.5 °C or more are asked not to enter",
     "จัดจุดวัดไข้ที่ทางเข้าพร้อมเครื่องวัดที่ใช้งานได้",
     "Set up a screening point with a working thermometer at the entrance"),
    ("D", False, 1, False, False,
     "จัดการคิวไม่ให้แออัด เช่น ทำเครื่องหมายจุดรอ ระบบจองหรือนัดหมายล่วงหน้า",
     "Queues are managed to avoid crowding: marked waiting spots, booking or appointments",
     "ทำเครื่องหมายจุดรอคิวและเปิดให้จองล่วงหน้าทางโทรศัพท์หรือออนไลน์",
     "Mark waiting spots and take bookings by phone or online"),
    ("TC", False, 1, True, False,
     "มีการลงทะเบียนเข้าออกด้วยแอปพลิเคชันไทยชนะหรือสมุดลงบันทึก เพื่อใช้ติดตามผู้สัมผัส",
     "Check-in with the Thai Chana application or a sign-in book, for contact tracing",
     "ติดคิวอาร์โค้ดไทยชนะที่ทางเข้า หรือวางสมุดลงบันทึกพร้อมปากกาที่ทำความสะอาดได้",
     "Post the Thai Chana QR code at the entrance, or keep a sign-in book with a pen that is cleaned"),
    ("A", False, 1, True, False,
     "มีช่องทางชำระเงินแบบไม่สัมผัส เช่น สแกนคิวอาร์โค้ดหรือโอนเงิน",
     "Contactless payment is offered, such as QR-code payment or bank transfer",
     "เปิดรับชำระเงินผ่านคิวอาร์โค้ดหรือการโอนเงิน",
     "Accept QR-code payment or bank transfer"),
)  # fmt: skip

EXTRA: dict[str, tuple[Item, ...]] = {
    "food": (
        ("H", True, 2, False, False, "มีช้อนกลางสำหรับอาหารที่รับประทานร่วมกัน", "Serving spoons are provided for shared dishes",
         "วางช้อนกลางประจำทุกจานที่รับประทานร่วมกัน", "Put a serving spoon with every shared dish"),
        ("OTH", False, 1, True, False, "อาหารปรุงสุกปกปิด และใช้ภาชนะใช้ครั้งเดียวสำหรับอาหารกลับบ้าน",
         "Cooked food is covered, and single-use containers are used for take-away",
         "ใช้ฝาครอบหรือตู้กระจกสำหรับอาหารปรุงสุก และจัดภาชนะบรรจุที่สะอาด", "Cover cooked food or keep it in a glass case, and use clean take-away containers"),
        ("OTH", False, 1, False, False, "ผู้สัมผัสอาหารสวมหมวกคลุมผมและผ้ากันเปื้อน", "Food handlers wear hair covers and aprons",
         "จัดหมวกคลุมผมและผ้ากันเปื้อนที่สะอาดให้ผู้สัมผัสอาหารทุกคน", "Give every food handler a clean hair cover and apron"),
    ),
    "retail": (
        ("H", False, 1, True, False, "ทำความสะอาดด้ามจับรถเข็นและตะกร้าสินค้าเป็นประจำ", "Trolley and basket handles are cleaned regularly",
         "วางจุดเช็ดทำความสะอาดด้ามจับที่ทางเข้า", "Put a wipe-down point for handles at the entrance"),
        ("OTH", False, 1, True, False, "ห้องลองเสื้อทำความสะอาดหลังผู้ใช้แต่ละคน", "Fitting rooms are cleaned after each user",
         "กำหนดให้พนักงานเช็ดห้องลองหลังใช้ทุกครั้ง", "Have staff wipe the fitting room after every use"),
        ("D", False, 1, True, False, "จุดชำระเงินมีแผงกั้นใสระหว่างพนักงานกับลูกค้า", "Checkouts have a clear screen between staff and customers",
         "ติดแผงกั้นใสที่จุดชำระเงิน", "Fit a clear screen at each checkout"),
    ),
    "market": (
        ("D", True, 2, False, False, "แผงค้าเว้นระยะห่าง และจัดทางเดินให้ไม่แออัด", "Stalls are spaced out and walkways are laid out to avoid crowding",
         "ปรับผังแผงให้ห่างกันและจัดทางเดินทางเดียว", "Re-plan the stall layout and make walkways one-way"),
        ("H", False, 1, False, False, "ล้างทำความสะอาดตลาดครั้งใหญ่อย่างน้อยสัปดาห์ละ 1 ครั้ง", "The whole market is cleaned thoroughly at least once a week",
         "กำหนดวันล้างตลาดประจำสัปดาห์และแจ้งผู้ค้า", "Set a weekly cleaning day and tell the vendors"),
        ("M", False, 1, False, False, "ผู้ค้าที่จำหน่ายอาหารไม่มีภาชนะปิดสวมหน้ากากและกระบังหน้า", "Vendors selling uncovered food wear masks and face shields",
         "แจกกระบังหน้าให้ผู้ค้าอาหารสดและอาหารปรุงสุก", "Give face shields to vendors of fresh and cooked food"),
    ),
    "personal-care": (
        ("H", True, 2, False, False, "ฆ่าเชื้ออุปกรณ์ทุกชิ้นหลังให้บริการลูกค้าแต่ละคน", "All tools are disinfected after each customer",
         "เตรียมอุปกรณ์สำรองและน้ำยาฆ่าเชื้อ ทำความสะอาดหลังลูกค้าทุกคน", "Keep spare tools and disinfectant, and clean after every customer"),
        ("D", False, 1, False, False, "ให้บริการตามนัดหมาย และจำกัดจำนวนผู้รอ", "Service is by appointment and the number of people waiting is limited",
         "เปิดรับนัดทางโทรศัพท์และให้รอนอกร้านเมื่อเต็ม", "Take appointments by phone and ask people to wait outside when full"),
        ("OTH", False, 1, False, False, "ผ้าคลุมและผ้าเช็ดตัวใช้ครั้งเดียวหรือซักหลังใช้ทุกครั้ง", "Capes and towels are single-use or washed after each use",
         "จัดผ้าให้เพียงพอและซักทุกครั้งหลังใช้", "Keep enough capes and towels and wash them after each use"),
    ),
    "accommodation": (
        ("H", True, 2, False, False, "ทำความสะอาดและระบายอากาศห้องพักก่อนรับผู้เข้าพักรายใหม่", "Rooms are cleaned and aired before each new guest",
         "เพิ่มขั้นตอนเปิดระบายอากาศและเช็ดจุดสัมผัสในรายการทำความสะอาดห้อง", "Add airing and wiping of touch points to the room-cleaning checklist"),
        ("D", False, 1, True, False, "จำกัดจำนวนผู้ใช้พื้นที่ส่วนกลาง เช่น ห้องออกกำลังกาย สระว่ายน้ำ", "Shared facilities such as the gym and pool have a user limit",
         "ติดประกาศจำนวนผู้ใช้สูงสุดและเปิดให้จองเวลา", "Post the maximum number of users and take time-slot bookings"),
        ("A", False, 1, True, False, "บริการส่งอาหารถึงห้องแบบไม่สัมผัส", "Room service is delivered without contact",
         "วางอาหารหน้าห้องแล้วแจ้งผู้เข้าพักทางโทรศัพท์", "Leave orders at the door and call the guest"),
    ),
    "religious": (
        ("D", True, 2, False, False, "จำกัดจำนวนผู้ร่วมพิธีและระยะเวลาพิธีให้สั้น", "Ceremonies are limited in number of people and kept short",
         "กำหนดจำนวนผู้ร่วมพิธีตามพื้นที่และแบ่งรอบ", "Set attendance by floor area and hold several shorter sessions"),
        ("H", False, 1, False, False, "ของใช้ร่วม เช่น หนังสือสวดมนต์ เสื่อ ทำความสะอาดหรือให้นำมาเอง", "Shared items such as prayer books and mats are cleaned or brought by each person",
         "เช็ดทำความสะอาดของใช้ร่วมหลังพิธี หรือขอให้นำของส่วนตัวมา", "Clean shared items after each ceremony, or ask people to bring their own"),
        ("OTH", False, 1, True, False, "อาหารถวายและแจกจ่ายบรรจุในภาชนะปิดมิดชิด", "Food offered or shared is packed in closed containers",
         "แนะนำให้ถวายอาหารแบบบรรจุกล่องปิด", "Encourage offerings in closed, packed containers"),
    ),
    "entertainment": (
        ("OTH", True, 2, False, False, "ห้องปิดมีการระบายอากาศหรือเติมอากาศบริสุทธิ์อย่างเพียงพอ", "Closed rooms are ventilated or supplied with enough fresh air",
         "ติดตั้งระบบเติมอากาศหรือพัดลมดูดอากาศ และเปิดระบายอากาศระหว่างรอบ", "Install fresh-air supply or exhaust fans and air the room between sessions"),
        ("D", False, 1, False, False, "จำกัดจำนวนผู้ใช้บริการตามที่นั่ง และงดการยืนรวมกลุ่ม", "Customer numbers are limited to the seats, with no standing crowds",
         "นับผู้เข้าใช้บริการและปิดรับเมื่อที่นั่งเต็ม", "Count customers in and stop entry when the seats are full"),
        ("H", False, 1, True, False, "ไมโครโฟนและอุปกรณ์ที่ใช้ร่วมทำความสะอาดหลังผู้ใช้แต่ละคน", "Microphones and shared equipment are cleaned after each user",
         "ใช้ถุงครอบไมโครโฟนและเช็ดหลังใช้ทุกครั้ง", "Use microphone covers and wipe after every use"),
    ),
    "sport-tourism": (
        ("H", False, 1, True, False, "ทำความสะอาดอุปกรณ์หลังผู้ใช้แต่ละคน", "Equipment is cleaned after each user",
         "วางน้ำยาและผ้าเช็ดไว้ใกล้อุปกรณ์และติดป้ายเตือน", "Keep cleaner and cloths beside the equipment with a reminder sign"),
        ("D", True, 2, False, False, "จำกัดจำนวนผู้เข้าชมหรือผู้ใช้บริการเป็นรอบเวลา", "Visitor or user numbers are limited by time slot",
         "เปิดจองรอบเวลาและจำกัดจำนวนต่อรอบ", "Offer time-slot booking with a limit per slot"),
        ("OTH", False, 1, True, False, "ห้องเปลี่ยนเสื้อผ้าและห้องอาบน้ำทำความสะอาดเป็นประจำ", "Changing rooms and showers are cleaned regularly",
         "จัดตารางทำความสะอาดทุก 2 ชั่วโมงในช่วงเปิดบริการ", "Clean every 2 hours during opening hours"),
    ),
    "education": (
        ("D", True, 2, False, False, "จัดที่นั่งในห้องเรียนห่างกันอย่างน้อย 1-1.5 เมตร", "Classroom seats are at least 1-1.5 metres apart",
         "จัดโต๊ะใหม่หรือแบ่งกลุ่มเรียนสลับวัน", "Rearrange desks or split classes on alternate days"),
        ("D", False, 1, True, False, "เหลื่อมเวลาพักรับประทานอาหารเพื่อลดความแออัด", "Meal breaks are staggered to avoid crowding",
         "แบ่งเวลาพักกลางวันเป็นรอบตามระดับชั้น", "Split lunch into rounds by grade"),
        ("T", False, 1, False, False, "คัดกรองอาการนักเรียนทุกเช้าและแจ้งผู้ปกครองเมื่อพบผู้ป่วย", "Children are screened each morning and parents told when a child is ill",
         "จัดจุดคัดกรองหน้าประตูและบันทึกผลทุกวัน", "Set up a screening point at the gate and record the results daily"),
    ),
    "workplace": (
        ("D", False, 1, True, False, "ให้ทำงานที่บ้านหรือสลับวันทำงานเมื่อทำได้", "Work from home or staggered shifts where the work allows",
         "จัดตารางทำงานสลับวันและเครื่องมือประชุมออนไลน์", "Set a rota of office days and online meeting tools"),
        ("D", True, 2, False, False, "ห้องประชุมและโรงอาหารจำกัดจำนวนคนและเว้นระยะห่าง", "Meeting rooms and canteens limit numbers and keep distance",
         "ติดประกาศจำนวนสูงสุดในห้องประชุมและจัดที่นั่งโรงอาหารเว้นระยะ", "Post the maximum in meeting rooms and space the canteen seats"),
        ("T", False, 1, False, False, "มีแนวทางแยกผู้ป่วยและแจ้งหน่วยงานสาธารณสุขเมื่อพบผู้ติดเชื้อ", "There is a plan to isolate the sick and inform health officers when a case is found",
         "เขียนขั้นตอนรับมือและเบอร์ติดต่อ สสอ./สสจ. ไว้ให้เห็นชัด", "Write down the response steps and the district or provincial health office's number"),
    ),
    "transport": (
        ("H", True, 2, False, False, "ทำความสะอาดยานพาหนะและพื้นที่นั่งรอหลังแต่ละรอบ", "Vehicles and waiting areas are cleaned after each trip",
         "กำหนดให้เช็ดที่นั่งและราวจับหลังทุกรอบ และบันทึกไว้", "Wipe seats and rails after each trip and log it"),
        ("A", False, 1, True, False, "จำหน่ายตั๋วแบบไม่สัมผัสหรือออนไลน์", "Tickets are sold contactless or online",
         "เปิดระบบขายตั๋วออนไลน์หรือชำระเงินผ่านคิวอาร์โค้ด", "Sell tickets online or accept QR-code payment"),
        ("OTH", False, 1, True, False, "ส้วมสาธารณะทำความสะอาดทุกชั่วโมงในช่วงที่มีผู้ใช้มาก", "Public toilets are cleaned every hour at busy times",
         "จัดพนักงานทำความสะอาดประจำและตารางตรวจทุกชั่วโมง", "Assign a cleaner and an hourly check sheet"),
    ),
}  # fmt: skip

COVID_FREE: tuple[tuple[str, str, tuple[Item, ...]], ...] = (
    ("สภาพแวดล้อมปลอดภัย (COVID Free Environment)", "COVID Free Environment", (
        ("ENV", True, 2, False, False, "ระบายอากาศดี หรือมีการเติมอากาศบริสุทธิ์ในพื้นที่ปิด", "Good ventilation, or fresh air supplied in closed spaces",
         "เปิดประตูหน้าต่าง ติดพัดลมระบายอากาศ หรือเครื่องเติมอากาศ", "Open doors and windows, fit exhaust fans or a fresh-air unit"),
        ("ENV", True, 2, False, False, "ทำความสะอาดจุดสัมผัสร่วมทุก 1-2 ชั่วโมง", "Shared touch points are cleaned every 1-2 hours",
         "จัดตารางและผู้รับผิดชอบเช็ดจุดสัมผัส", "Set a schedule and a person responsible for touch points"),
        ("ENV", True, 2, False, False, "มีจุดล้างมือหรือเจลแอลกอฮอล์อย่างเพียงพอ", "Enough hand-washing points or alcohol gel",
         "เพิ่มจุดล้างมือที่ทางเข้าและจุดบริการ", "Add hand-washing points at the entrance and service points"),
        ("ENV", False, 1, False, False, "จัดผังพื้นที่ให้เว้นระยะห่างอย่างน้อย 1 เมตร", "The layout keeps people at least 1 metre apart",
         "ปรับผังโต๊ะ ที่นั่ง และจุดรอคิว", "Re-plan tables, seats and queue spots"),
        ("ENV", False, 1, True, False, "ห้องส้วมสะอาดและมีสบู่", "Toilets are clean and have soap",
         "ทำความสะอาดตามตารางและเติมสบู่", "Clean on schedule and refill soap"),
    )),
    ("ผู้ให้บริการปลอดภัย (COVID Free Personnel)", "COVID Free Personnel", (
        ("PER", True, 3, False, True, "พนักงานทุกคนได้รับวัคซีนครบตามเกณฑ์", "Every staff member is fully vaccinated",
         "นัดหมายฉีดวัคซีนให้พนักงานที่ยังไม่ครบ และเก็บหลักฐาน", "Book vaccination for staff who are not complete, and keep the records"),
        ("PER", True, 3, False, True, "พนักงานตรวจ ATK ทุกสัปดาห์และบันทึกผล", "Staff take an ATK test every week and the results are recorded",
         "จัดหาชุดตรวจ ATK กำหนดวันตรวจประจำสัปดาห์ และบันทึกผล", "Provide ATK kits, set a weekly test day and record the results"),
        ("PER", True, 2, False, False, "พนักงานที่มีอาการหยุดงานและตรวจหาเชื้อทันที", "Staff with symptoms stop work and get tested at once",
         "ประกาศแนวปฏิบัติและไม่ตัดค่าจ้างผู้ที่หยุดเพราะป่วย", "Publish the rule and do not dock pay for sick leave"),
        ("PER", True, 2, False, False, "พนักงานสวมหน้ากากตลอดเวลาที่ทำงาน", "Staff wear masks at all times at work",
         "จัดหน้ากากให้เพียงพอและกำกับการสวม", "Provide enough masks and check they are worn"),
    )),
    ("ผู้ใช้บริการปลอดภัย (COVID Free Customer)", "COVID Free Customer", (
        ("CUS", True, 2, False, False, "คัดกรองอาการและวัดอุณหภูมิผู้ใช้บริการก่อนเข้า", "Customers are screened for symptoms and temperature before entering",
         "จัดจุดคัดกรองที่ทางเข้า", "Set up a screening point at the entrance"),
        ("CUS", False, 2, True, False, "ผู้ใช้บริการแสดงหลักฐานการได้รับวัคซีนหรือผล ATK เป็นลบภายใน 72 ชั่วโมง ตามที่ทางราชการกำหนด",
         "Customers show proof of vaccination or a negative ATK result within 72 hours, where the authorities require it",
         "ติดประกาศเงื่อนไขการเข้าใช้บริการและให้พนักงานตรวจหลักฐาน", "Post the entry conditions and have staff check the proof"),
        ("CUS", True, 2, False, False, "ผู้ใช้บริการสวมหน้ากากตลอดเวลา ยกเว้นขณะรับประทานอาหาร", "Customers wear masks at all times except while eating",
         "ติดป้ายและให้พนักงานแจ้งเตือน", "Post signs and have staff remind people"),
        ("CUS", False, 1, False, False, "ควบคุมจำนวนผู้ใช้บริการ และเปิดให้จองล่วงหน้า", "Customer numbers are controlled and bookings are offered",
         "กำหนดจำนวนสูงสุดและเปิดระบบจอง", "Set a maximum and take bookings"),
    )),
)  # fmt: skip

SECTIONS = (
    ("สถานที่และสิ่งแวดล้อม", "Place and environment", PLACE),
    ("ผู้ให้บริการและพนักงาน", "Staff and service providers", STAFF),
    ("ผู้ใช้บริการ", "Customers and users", CUSTOMERS),
)
EFFECTIVE = datetime.date(2021, 7, 1)


def standard_definitions() -> list[dict[str, Any]]:
    """Every seeded standard as plain data: code, names, groups, sections of items."""
    from tscplus.places.seed import GROUPS

    definitions = []
    for g_code, g_th, g_en, _categories in GROUPS:
        sections = [*SECTIONS, ("มาตรการเพิ่มเติม", "Additional measures", EXTRA[g_code])]
        definitions.append({
            "code": f"tsc-{g_code}",
            "name_th": f"มาตรฐาน TSC+ ป้องกันโควิด 19: {g_th}",
            "name_en": f"TSC+ COVID-19 prevention: {g_en}",
            "description_th": f"มาตรการป้องกันโควิด 19 ของกรมอนามัยสำหรับกลุ่ม{g_th} 4 หมวด: สถานที่และสิ่งแวดล้อม ผู้ให้บริการและพนักงาน ผู้ใช้บริการ และมาตรการเพิ่มเติมเฉพาะประเภทกิจการ ข้อที่มีเครื่องหมาย * ต้องผ่านทุกข้อ",
            "description_en": f"The Department of Health's COVID-19 prevention measures for places in the group “{g_en}”, in 4 parts: the place and its environment, staff and service providers, customers and users, and measures for this kind of place. Every item marked * must pass.",
            "groups": [g_code],
            "sections": sections,
        })  # fmt: skip
    definitions.append({
        "code": "covid-free-setting",
        "name_th": "มาตรฐาน COVID Free Setting",
        "name_en": "COVID Free Setting",
        "description_th": "สำหรับสถานที่ที่เปิดบริการอย่างปลอดภัย 3 ด้าน: สภาพแวดล้อมปลอดภัย บุคลากรปลอดภัย (ได้รับวัคซีนครบและตรวจ ATK ทุกสัปดาห์) และผู้ใช้บริการปลอดภัย",
        "description_en": "For places that open safely, in 3 parts: a safe environment, safe personnel (fully vaccinated, tested with ATK every week) and safe customers.",
        "groups": [g[0] for g in GROUPS],
        "sections": list(COVID_FREE),
    })  # fmt: skip
    return definitions


def standards_seed(*, models: dict[str, Any]) -> int:
    """Create each seeded standard with an active version 1 if it does not exist; returns how many.
    A description left blank is filled in; one an administrator has written is kept."""
    Standard, Version, Section, ItemModel, Group = (
        models["Standard"], models["StandardVersion"], models["Section"], models["Item"], models["SettingGroup"],
    )  # fmt: skip
    created = 0
    for spec in standard_definitions():
        standard, made = Standard.objects.get_or_create(
            code=spec["code"], defaults={"name_th": spec["name_th"], "name_en": spec["name_en"]}
        )
        if not standard.description_th:
            standard.description_th = spec["description_th"]
            standard.description_en = spec["description_en"]
            standard.save(update_fields=["description_th", "description_en"])
        standard.groups.add(*Group.objects.filter(code__in=spec["groups"]))
        if not made and Version.objects.filter(standard=standard).exists():
            continue
        version = Version.objects.create(
            standard=standard, number=1, status="active", effective_date=EFFECTIVE
        )
        for s_order, (title_th, title_en, items) in enumerate(spec["sections"], start=1):
            section = Section.objects.create(
                version=version, order=s_order, title_th=title_th, title_en=title_en
            )
            for i_order, (
                measure,
                essential,
                weight,
                allow_na,
                evidence,
                th,
                en,
                fix_th,
                fix_en,
            ) in enumerate(items, start=1):
                ItemModel.objects.create(
                    section=section, version=version, order=i_order, code=f"{s_order}.{i_order}",
                    text_th=th, text_en=en, essential=essential, weight=weight, measure=measure,
                    allow_na=allow_na, evidence_required=evidence, fix_th=fix_th, fix_en=fix_en,
                )  # fmt: skip
        created += 1
    return created
