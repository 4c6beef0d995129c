"""The progress a person entered, for their data export (see accounts.personal_data)."""

from tscplus.accounts.personal_data import iso
from tscplus.indicators.models import MonthlyProgress


def progress_entered(user) -> list[dict]:
    rows = MonthlyProgress.objects.filter(entered_by=user).select_related("indicator")
    return [
        {
            "indicator": p.indicator.code,
            "month": iso(p.month),
            "done": p.done,
            "problems": p.problems,
            "next_steps": p.next_steps,
            "updated_at": iso(p.updated_at),
        }
        for p in rows.order_by("month")
    ]
