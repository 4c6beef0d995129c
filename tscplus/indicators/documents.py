"""A report's three faces, all made from its content (the data frozen in a revision): the HTML
page, the PDF in the look of a Thai official document (Sarabun, B.E. dates, charts) and the
spreadsheet officers open in Excel."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _

from tscplus.core import charts, tabular
from tscplus.core.language import reader_language
from tscplus.core.models import bilingual
from tscplus.core.pdf import render_pdf
from tscplus.core.thaidate import format_date
from tscplus.indicators.choices import IndicatorKind, ReportKind, StepStatus
from tscplus.indicators.figures import labelled


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value[:10])


def _pick(row: dict, field: str) -> str:
    return bilingual(row.get(f"{field}_th", ""), row.get(f"{field}_en", ""))


def _reached_text(value: float | None, row: dict) -> str:
    if value is None:
        return "\u2013"
    if row["kind"] == IndicatorKind.LEVEL:
        return _("level {level}").format(level=int(value))
    unit = _pick(row, "unit")
    return f"{value:g} {unit}".strip()


def present(content: dict[str, Any]) -> dict[str, Any]:
    """The content, ready for a template: names in the reader's language, dates in B.E. for Thai
    readers, a chart per indicator."""
    from tscplus.learning.choices import Stage

    language = reader_language()
    period = _date(content["period"])
    step_labels = dict(StepStatus.choices)
    indicators = []
    for row in content["indicators"]:
        months = [(_date(m["month"]), m["reached"]) for m in row["months"]]
        maximum = (
            5
            if row["kind"] == IndicatorKind.LEVEL
            else max([row.get("target") or 0] + [v or 0 for _m, v in months]) or 1
        )
        chart = charts.bar_chart(
            bars=[(format_date(m, "seed", language), v) for m, v in months],
            maximum=maximum,
            label=_("{code}: reached by month").format(code=row["code"]),
        )
        current = row.get("current")
        indicators.append(
            {
                "code": row["code"],
                "name": _pick(row, "name"),
                "owner_unit": _pick(row, "owner_unit"),
                "target": None if row.get("target") is None else _reached_text(row["target"], row),
                "chart": chart,
                "months": [
                    (format_date(m, "month", language), _reached_text(v, row)) for m, v in months
                ],
                "values": [v for _m, v in months],
                "unit": _("level (1-5)")
                if row["kind"] == IndicatorKind.LEVEL
                else _pick(row, "unit"),
                "target_value": row.get("target"),
                "current": current
                and {
                    **current,
                    "reached": _reached_text(current["reached"], row),
                    "reached_value": current["reached"],
                },
                "steps": [
                    {
                        **s,
                        "activity": _pick(s, "activity"),
                        "status_label": str(step_labels.get(s["status"], s["status"])),
                        "period": "{} \u2013 {}".format(
                            format_date(_date(s["starts_on"]), "seed", language),
                            format_date(_date(s["ends_on"]), "seed", language),
                        ),
                    }
                    for s in row["steps"]
                ],
            }
        )
    stages = dict(Stage.choices)
    return {
        "kind": content["kind"],
        "is_half_year": content["kind"] == ReportKind.HALF_YEAR,
        "title": ReportKind(content["kind"]).label,
        "period": format_date(period, "month_long", language),
        "fiscal_year": content["fiscal_year"],
        "due_on": format_date(_date(content["due_on"]), "long", language),
        "made_at": format_date(
            datetime.datetime.fromisoformat(content["made_at"]), "datetime", language
        ),
        "indicators": indicators,
        "figures": labelled(content.get("figures", {})),
        "narrative": content.get("narrative", ""),
        "innovations": [
            {
                **i,
                "stage": str(stages.get(i["stage"], i["stage"])),
                "started_on": format_date(_date(i["started_on"]), "short", language),
            }
            for i in content.get("innovations", [])
        ],
    }


def report_pdf(content: dict[str, Any], *, header: dict[str, Any]) -> bytes:
    return render_pdf("indicators/report_pdf.html", {"r": present(content), "header": header})


def report_xlsx(content: dict[str, Any]) -> bytes:
    """One sheet of progress by indicator and month, one of the month's details, one of the
    platform's figures (and the innovations for a half-year summary). What was reached is a number
    in its own cell (the unit has a column), so officers can sum and chart it."""
    r = present(content)
    month_labels = [label for label, _v in r["indicators"][0]["months"]] if r["indicators"] else []
    progress: list[list[Any]] = [
        [_("Code"), _("Indicator"), _("Owner unit"), _("Unit"), _("Target"), *month_labels]
    ]
    for row in r["indicators"]:
        progress.append(
            [
                row["code"],
                row["name"],
                row["owner_unit"],
                row["unit"],
                row["target_value"],
                *row["values"],
            ]
        )
    details: list[list[Any]] = [
        [
            _("Code"),
            _("Reached"),
            _("What was done"),
            _("Problems and obstacles"),
            _("Next steps"),
            _("Evidence"),
        ]
    ]
    for row in r["indicators"]:
        c = row["current"]
        if c:
            details.append(
                [
                    row["code"],
                    c["reached_value"],
                    c["done"],
                    c["problems"],
                    c["next_steps"],
                    "\n".join(f"{e['title']} {e['url']}" for e in c["evidence"]),
                ]
            )
        else:
            details.append([row["code"], "\u2013", _("No progress entered")])
    figures: list[list[Any]] = [[_("Figure"), r["period"]], *map(list, r["figures"])]
    sheets = [
        tabular.Sheet(_("Progress"), progress, bold_header=True),
        tabular.Sheet(_("This month"), details, bold_header=True),
        tabular.Sheet(_("Platform figures"), figures, bold_header=True),
    ]
    if r["is_half_year"]:
        innovations: list[list[Any]] = [
            [
                _("Title"),
                _("Unit or team"),
                _("Stage"),
                _("Started on"),
                _("Results"),
                _("Measures"),
            ]
        ]
        for i in r["innovations"]:
            innovations.append(
                [
                    i["title"],
                    i["unit"],
                    i["stage"],
                    i["started_on"],
                    i["results"],
                    "\n".join(i["measures"]),
                ]
            )
        sheets.append(tabular.Sheet(_("Innovations"), innovations, bold_header=True))
    return tabular.xlsx_bytes(sheets)
