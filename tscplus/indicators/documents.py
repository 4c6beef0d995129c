"""A report's three faces, all made from its content (the data frozen in a revision): the HTML
page, the PDF in the look of a Thai official document (Sarabun, B.E. dates, charts) and the
spreadsheet officers open in Excel."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.safestring import SafeString
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


def _indicator_chart(
    row: dict[str, Any], months: list[tuple[datetime.date, Any]], language: str
) -> SafeString:
    """The bars of what was reached each month, on one scale for the whole year: the levels (1-5),
    or the larger of the target and the highest value, so a bar can be read against the target."""
    maximum = (
        5
        if row["kind"] == IndicatorKind.LEVEL
        else max([row.get("target") or 0] + [v or 0 for _m, v in months]) or 1
    )
    return charts.bar_chart(
        bars=[(format_date(m, "seed", language), v) for m, v in months],
        maximum=maximum,
        label=_("{code}: reached by month").format(code=row["code"]),
    )


def _present_steps(row: dict[str, Any], language: str) -> list[dict[str, Any]]:
    """The indicator's plan steps with their activity, status and months in the reader's words."""
    step_labels = dict(StepStatus.choices)
    return [
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
    ]


def _present_indicator(row: dict[str, Any], language: str) -> dict[str, Any]:
    """One indicator of the report: its names, target, chart, months and this period's entry."""
    months = [(_date(m["month"]), m["reached"]) for m in row["months"]]
    current = row.get("current")
    return {
        "code": row["code"],
        "name": _pick(row, "name"),
        "owner_unit": _pick(row, "owner_unit"),
        "target": None if row.get("target") is None else _reached_text(row["target"], row),
        "chart": _indicator_chart(row, months, language),
        "months": [(format_date(m, "month", language), _reached_text(v, row)) for m, v in months],
        "values": [v for _m, v in months],
        "unit": _("level (1-5)") if row["kind"] == IndicatorKind.LEVEL else _pick(row, "unit"),
        "target_value": row.get("target"),
        "current": current
        and {
            **current,
            "reached": _reached_text(current["reached"], row),
            "reached_value": current["reached"],
        },
        "steps": _present_steps(row, language),
    }


def _present_innovations(content: dict[str, Any], language: str) -> list[dict[str, Any]]:
    """The innovations a half-year summary lists, with their stage named and start date read."""
    from tscplus.learning.choices import Stage

    stages = dict(Stage.choices)
    return [
        {
            **i,
            "stage": str(stages.get(i["stage"], i["stage"])),
            "started_on": format_date(_date(i["started_on"]), "short", language),
        }
        for i in content.get("innovations", [])
    ]


def present(content: dict[str, Any]) -> dict[str, Any]:
    """The content, ready for a template: names in the reader's language, dates in B.E. for Thai
    readers, a chart per indicator."""
    language = reader_language()
    period = _date(content["period"])
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
        "indicators": [_present_indicator(row, language) for row in content["indicators"]],
        "figures": labelled(content.get("figures", {})),
        "narrative": content.get("narrative", ""),
        "innovations": _present_innovations(content, language),
    }


def report_pdf(content: dict[str, Any], *, header: dict[str, Any]) -> bytes:
    return render_pdf("indicators/report_pdf.html", {"r": present(content), "header": header})


def _progress_sheet(r: dict[str, Any]) -> tabular.Sheet:
    """What each indicator reached, month by month, as numbers (the unit has its own column)."""
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
    return tabular.Sheet(_("Progress"), progress, bold_header=True)


def _details_sheet(r: dict[str, Any]) -> tabular.Sheet:
    """This period's entry of each indicator: what was done, the problems, the next steps and the
    evidence; an indicator with nothing entered says so."""
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
    return tabular.Sheet(_("This month"), details, bold_header=True)


def _innovations_sheet(r: dict[str, Any]) -> tabular.Sheet:
    """The innovations a half-year summary lists."""
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
    return tabular.Sheet(_("Innovations"), innovations, bold_header=True)


def report_xlsx(content: dict[str, Any]) -> bytes:
    """One sheet of progress by indicator and month, one of the month's details, one of the
    platform's figures (and the innovations for a half-year summary). What was reached is a number
    in its own cell (the unit has a column), so officers can sum and chart it."""
    r = present(content)
    figures: list[list[Any]] = [[_("Figure"), r["period"]], *map(list, r["figures"])]
    sheets = [
        _progress_sheet(r),
        _details_sheet(r),
        tabular.Sheet(_("Platform figures"), figures, bold_header=True),
    ]
    if r["is_half_year"]:
        sheets.append(_innovations_sheet(r))
    return tabular.xlsx_bytes(sheets)
