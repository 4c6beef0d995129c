"""The seed's own indicator, "level of success in being a learning organization", with its five
levels and its process chart as plan steps, for FY 2565 (the SOP's year) and FY 2570 (the current
year). Loaded by a migration; idempotent, so running it again changes nothing. Written in our own
words from the SOP (see ../shared/mission)."""

from __future__ import annotations

import datetime
from typing import Any

CODE = "LO-1"
INDICATOR = {
    "name_th": "ระดับความสำเร็จของการเป็นองค์กรแห่งการเรียนรู้",
    "name_en": "Level of success in being a learning organization",
    "definition_th": (
        "หน่วยงานรวบรวมและวิเคราะห์ข้อมูลและองค์ความรู้ที่จำเป็นต่อภารกิจ ขับเคลื่อนงานตามแผน "
        "รายงานความก้าวหน้าทุกเดือนบนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป และสรุปผลการดำเนินงาน"
        "และนวัตกรรมปีละ 2 รอบ โดยใช้ระบบ Thai Stop COVID Plus เป็นแหล่งเก็บข้อมูลการประเมิน"
        "และความรู้สุขภาพ"
    ),
    "definition_en": (
        "The unit gathers and analyses the data and knowledge its mission needs, carries out its "
        "plan, reports progress every month on its website by the 10th of the following month, "
        "and summarises its results and innovations twice a year, with Thai Stop COVID Plus as "
        "the store of assessment data and health knowledge."
    ),
    "owner_unit_th": "กลุ่มเทคโนโลยีสารสนเทศ กองแผนงาน",
    "owner_unit_en": "Information Technology Group, Planning Division",
    "kind": "level",
    "target": 5,
    "weight": 1,
}
LEVELS = (
    (1, "แต่งตั้งผู้รับผิดชอบและกำหนดตัวชี้วัดครบถ้วน", "Responsible people are named and the indicators set."),
    (
        2,
        "รวบรวมบัญชีรายการข้อมูล สารสนเทศ และองค์ความรู้ที่ใช้วิเคราะห์สถานการณ์ได้ครบ",
        "The inventory of data, information and knowledge used to analyse the situation is complete.",
    ),
    (
        3,
        "วิเคราะห์ความสำคัญและความจำเป็นต่อภารกิจ และดำเนินงานตามแผนที่กำหนด",
        "What matters most to the mission is analysed, and the plan is being carried out.",
    ),
    (
        4,
        "รายงานความก้าวหน้าทุกเดือนและเผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป",
        "Progress is reported every month and published by the 10th of the following month.",
    ),
    (
        5,
        "สรุปผลการดำเนินงานตามแผนและผลการสร้างนวัตกรรมครบทั้งรอบกุมภาพันธ์และกรกฎาคม",
        "The results of the plan and the innovations are summarised in both the February and July rounds.",
    ),
)
# (activity Thai, activity English, control point Thai, control point English, first month, last
# month) with months counted from October (0) of the fiscal year, as in the SOP's chart.
STEPS = (
    (
        "แต่งตั้งผู้รับผิดชอบและกำหนดตัวชี้วัด",
        "Name the responsible people and the indicators",
        "มีคำสั่งแต่งตั้งและรายการตัวชี้วัด",
        "An appointment order and a list of indicators",
        0,
        0,
    ),
    (
        "รวบรวมรายการข้อมูล สารสนเทศ และองค์ความรู้ที่ใช้วิเคราะห์สถานการณ์",
        "Gather the data, information and knowledge used to analyse the situation",
        "บัญชีรายการข้อมูลและองค์ความรู้",
        "The knowledge inventory",
        1,
        2,
    ),
    (
        "วิเคราะห์ข้อมูลและองค์ความรู้ที่สำคัญและจำเป็นต่อภารกิจ",
        "Analyse which data and knowledge are important and necessary to the mission",
        "ตารางจัดลำดับความสำคัญ",
        "The priority grid",
        1,
        2,
    ),
    (
        "ขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการ",
        "Carry out the action plan",
        "แผนปฏิบัติการที่ได้รับอนุมัติ",
        "An approved action plan",
        1,
        2,
    ),
    (
        "รายงานความก้าวหน้าตามคำรับรองฯ ทุกเดือน และเผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป",
        "Report progress under the performance agreement every month; publish by the 10th",
        "รายงานเผยแพร่ตรงเวลา",
        "Reports published on time",
        1,
        8,
    ),
    (
        "สรุปผลการดำเนินงานตามแผนและมาตรการ (รอบ ก.พ. และ ก.ค.)",
        "Summarise the results of the plan and its measures (February and July rounds)",
        "สรุปผลรอบ 6 เดือน",
        "The half-year summaries",
        4,
        9,
    ),
    (
        "สรุปผลการสร้างนวัตกรรมที่สำคัญและจำเป็นต่อภารกิจ (รอบ ก.พ. และ ก.ค.)",
        "Summarise the innovations important to the mission (February and July rounds)",
        "ทะเบียนนวัตกรรม",
        "The innovations register",
        4,
        9,
    ),
)
YEARS = (2565, 2570)
# When monthly reports are due, where the plan says so: FY 2565's step 5 ran from November 2564 to
# June 2565 (offsets from October). FY 2570 reports every month of the year.
REPORTING_WINDOWS = {2565: (1, 8)}


def _month(fy: int, offset: int, last: bool = False) -> datetime.date:
    year, month = fy - 543 - 1 + (9 + offset) // 12, (9 + offset) % 12 + 1
    first = datetime.date(year, month, 1)
    if not last:
        return first
    following = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def indicators_seed(*, models: dict[str, Any]) -> int:
    """Create what is missing; leave what exists (and what people changed) alone. Returns the
    number of indicators created."""
    # The models are passed in (a migration passes its historical ones), hence not class names.
    fiscal_year_model, indicator_model = models["FiscalYear"], models["Indicator"]
    level_model, step_model = models["IndicatorLevel"], models["PlanStep"]
    created = 0
    for year in YEARS:
        fy, _new = fiscal_year_model.objects.get_or_create(year=year)
        indicator, new = indicator_model.objects.get_or_create(
            fiscal_year=fy, code=CODE, defaults=INDICATOR
        )
        created += new
        for level, th, en in LEVELS:
            level_model.objects.get_or_create(
                indicator=indicator, level=level, defaults={"criteria_th": th, "criteria_en": en}
            )
        for order, (a_th, a_en, c_th, c_en, first, last) in enumerate(STEPS, start=1):
            step_model.objects.get_or_create(
                indicator=indicator,
                order=order,
                defaults={
                    "activity_th": a_th,
                    "activity_en": a_en,
                    "control_point_th": c_th,
                    "control_point_en": c_en,
                    "responsible_th": INDICATOR["owner_unit_th"],
                    "responsible_en": INDICATOR["owner_unit_en"],
                    "starts_on": _month(year, first),
                    "ends_on": _month(year, last, last=True),
                },
            )
    return created


def reporting_windows_seed(fiscal_year_model: Any) -> None:
    """Set the seeded years' monthly reporting windows where none was set."""
    for year, (first, last) in REPORTING_WINDOWS.items():
        fiscal_year_model.objects.filter(year=year, reports_from__isnull=True).update(
            reports_from=_month(year, first), reports_to=_month(year, last)
        )


def seed_with_current_models() -> int:
    from tscplus.indicators import models as m

    created = indicators_seed(
        models={
            name: getattr(m, name)
            for name in ("FiscalYear", "Indicator", "IndicatorLevel", "PlanStep")
        }
    )
    reporting_windows_seed(m.FiscalYear)
    return created
