"""Demo oversight: every demo place scored for the work queue, and a visit planned for the demo
area officer. Idempotent."""

import datetime

from tscplus.accounts.selectors import user_by_email
from tscplus.core import clock
from tscplus.oversight import services
from tscplus.oversight.models import Inspection
from tscplus.places.selectors import establishments_named


def load() -> int:
    scored = services.risk_refresh()
    officer = user_by_email("officer@demo.tscplus.test")
    assert officer is not None  # the accounts' demo data, loaded first, has this officer
    place = establishments_named({"ร้านข้าวซอยแม่สาย"}).get()
    if not Inspection.objects.filter(establishment=place).exists():
        services.inspection_plan(
            actor=officer,
            establishment=place,
            officer=officer,
            planned_for=clock.today() + datetime.timedelta(days=1),
        )
    return scored
