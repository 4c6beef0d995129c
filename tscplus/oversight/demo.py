"""Demo oversight: every demo place scored for the work queue; at the demo area officer's noodle
shop a visit decided "corrections required" (two items failed, so the public reads the findings
and the owner has a corrections case to answer) and a visit planned for tomorrow. Idempotent."""

import datetime

from tscplus.accounts.selectors import user_by_email
from tscplus.assessments import services as assessment_services
from tscplus.assessments.demo import sample_photo
from tscplus.core import clock
from tscplus.oversight import services
from tscplus.oversight.choices import Decision
from tscplus.oversight.models import Inspection
from tscplus.places.selectors import establishments_named

FAILED = ("1.3", "1.7")  # crowd limit not posted; bins without lids


def load() -> int:
    scored = services.risk_refresh()
    officer = user_by_email("officer@demo.tscplus.test")
    assert officer is not None  # the accounts' demo data, loaded first, has this officer
    place = establishments_named({"ร้านข้าวซอยแม่สาย"}).get()
    if not Inspection.objects.filter(establishment=place).exists():
        visit = services.inspection_plan(
            actor=officer, establishment=place, officer=officer, planned_for=clock.today()
        )
        checklist = services.inspection_start(actor=officer, inspection=visit)
        items = list(checklist.version.items.all())
        answers = {i.pk: {"value": "fail" if i.code in FAILED else "pass"} for i in items}
        photos = {
            i.pk: sample_photo(i.code)
            for i in items
            if i.evidence_required and i.code not in FAILED
        }
        assessment_services.assessment_save_answers(
            actor=officer, assessment=checklist, answers=answers, photos=photos
        )
        assessment_services.assessment_submit(actor=officer, assessment=checklist)
        visit.refresh_from_db()
        services.inspection_decide(
            actor=officer,
            inspection=visit,
            decision=Decision.CORRECTIONS,
            reason="ยังไม่ติดประกาศจำนวนคนที่รับได้ และถังขยะบางใบไม่มีฝาปิด",
            corrections_due=clock.today() + datetime.timedelta(days=30),
        )
        services.inspection_plan(
            actor=officer,
            establishment=place,
            officer=officer,
            planned_for=clock.today() + datetime.timedelta(days=1),
        )
    return scored
