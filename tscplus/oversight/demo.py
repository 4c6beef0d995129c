"""Demo oversight: every demo place scored for the work queue, and a visit planned for the demo
area officer. Idempotent."""

import datetime

from tscplus.accounts.models import User
from tscplus.core import clock
from tscplus.oversight import services
from tscplus.oversight.models import Inspection
from tscplus.places.models import Establishment


def load() -> int:
    scored = services.risk_refresh()
    officer = User.objects.get(email="officer@demo.tscplus.test")
    place = Establishment.objects.get(name_th="ร้านข้าวซอยแม่สาย")
    if not Inspection.objects.filter(establishment=place).exists():
        services.inspection_plan(actor=officer, establishment=place, officer=officer,
                                 planned_for=clock.today() + datetime.timedelta(days=1))  # fmt: skip
    return scored
