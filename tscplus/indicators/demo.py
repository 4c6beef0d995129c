"""Demo data of the indicators: FY 2565 (the SOP's year) run in full, month by month, with one
report published late and the February half-year summary; FY 2570's October report waiting for
the demo approver. Dates are set on the platform's clock, so timeliness is real. Idempotent."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from tscplus.accounts.selectors import user_by_email
from tscplus.core import clock
from tscplus.indicators import services
from tscplus.indicators.choices import ReportKind, StepStatus
from tscplus.indicators.models import Indicator, Report
from tscplus.indicators.timeliness import month_end

if TYPE_CHECKING:
    from tscplus.accounts.models import User

# FY 2565's months that were reported (the SOP: November to June), the level reached and the day
# of the next month the report was published (March's, on the 14th, was late).
HISTORY = (
    (datetime.date(2021, 11, 1), 1, 8),
    (datetime.date(2021, 12, 1), 2, 7),
    (datetime.date(2022, 1, 1), 2, 9),
    (datetime.date(2022, 2, 1), 3, 10),
    (datetime.date(2022, 3, 1), 3, 14),
    (datetime.date(2022, 4, 1), 4, 8),
    (datetime.date(2022, 5, 1), 4, 6),
    (datetime.date(2022, 6, 1), 5, 9),
)
DONE = {
    1: "แต่งตั้งคณะทำงานและกำหนดตัวชี้วัดแล้ว",
    2: "รวบรวมบัญชีรายการข้อมูลและองค์ความรู้ 14 รายการ",
    3: "วิเคราะห์ความสำคัญและจัดลำดับในตาราง 5x5",
    4: "รายงานความก้าวหน้าและเผยแพร่ตรงเวลา",
    5: "สรุปผลรอบ 6 เดือนและนวัตกรรม 2 เรื่อง",
}


def _on(day: datetime.date):
    return clock.fixed_at(clock.local_datetime(day))


def _publish(
    report: Report,
    *,
    reporter: User,
    approver: User,
    sent: datetime.date,
    published: datetime.date,
    narrative: str = "",
) -> None:
    with _on(sent):
        if narrative:
            services.report_narrative_save(actor=reporter, report=report, narrative=narrative)
        services.report_submit(actor=reporter, report=report)
    with _on(published):
        services.report_publish(actor=approver, report=report)


@transaction.atomic
def load() -> None:
    reporter = user_by_email("reporter@demo.tscplus.test")
    approver = user_by_email("approver@demo.tscplus.test")
    if reporter is None or approver is None:
        return
    for indicator in Indicator.objects.filter(code="LO-1"):
        indicator.responsible.add(reporter)
    old = Indicator.objects.get(fiscal_year__year=2565, code="LO-1")
    if not old.fiscal_year.reports.exists():
        for step in old.steps.all():
            with _on(month_end(step.ends_on)):
                services.plan_step_update(
                    actor=reporter,
                    step=step,
                    status=StepStatus.DONE,
                    evidence="บันทึกการประชุมและรายงานในระบบ",
                )
        for month, level, day in HISTORY:
            following = month_end(month) + datetime.timedelta(days=1)
            services.daily_cycle(today=following)
            with _on(following + datetime.timedelta(days=2)):
                services.progress_save(
                    actor=reporter,
                    indicator=old,
                    month=month,
                    level=level,
                    done=DONE[level],
                    evidence_title="รายงานการประชุม",
                    evidence_url="https://example.org/anamai/lo-2565",
                )
            for report in Report.objects.filter(period=month).order_by("kind"):
                narrative = (
                    "ดำเนินงานตามแผนครบทุกขั้นตอนของรอบ และมีนวัตกรรมที่ใช้งานจริง 2 เรื่อง"
                    if report.kind == ReportKind.HALF_YEAR
                    else ""
                )
                _publish(
                    report,
                    reporter=reporter,
                    approver=approver,
                    sent=following + datetime.timedelta(days=3),
                    published=following.replace(day=day),
                    narrative=narrative,
                )
    current = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
    today = clock.today()
    october = datetime.date(2026, 10, 1)
    if today > month_end(october) and not current.progress.filter(month=october).exists():
        services.daily_cycle(today=today)
        services.progress_save(
            actor=reporter,
            indicator=current,
            month=october,
            level=1,
            done="แต่งตั้งผู้รับผิดชอบและกำหนดตัวชี้วัดปีงบประมาณ 2570 แล้ว",
        )
        # Its report, drafted as the daily job drafted it on 1 November (the demo may load later).
        october_report = services.report_draft(period=october)
        if october_report is not None:
            services.report_submit(actor=reporter, report=october_report)
