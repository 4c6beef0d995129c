"""Reads for the indicator pages, the reports and the public list: one function per need."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from tscplus.core import charts, clock
from tscplus.core.thaidate import fiscal_year, local_date, reader_date
from tscplus.indicators import timeliness as timeliness_rule
from tscplus.indicators.choices import IndicatorKind, ReportKind, RevisionStatus
from tscplus.indicators.figures import month_figures
from tscplus.indicators.models import (
    FiscalYear,
    Indicator,
    MonthlyProgress,
    Report,
    ReportRevision,
)
from tscplus.indicators.timeliness import (
    Timeliness,
    due_date,
    is_overdue,
    month_end,
    month_start,
)


def fiscal_year_for(year: int | None = None) -> FiscalYear | None:
    """The fiscal year asked for, or the one today falls in, or the latest there is."""
    years = FiscalYear.objects.all()
    if year is not None:
        return years.filter(year=year).first()
    return years.filter(year=fiscal_year(clock.today())).first() or years.first()


def indicator_list(fy: FiscalYear) -> QuerySet[Indicator]:
    return (
        fy.indicators.select_related("fiscal_year")
        .prefetch_related("responsible", "levels")
        .order_by("order", "code")
    )


def indicator_detail(pk: int) -> Indicator:
    return (
        Indicator.objects.select_related("fiscal_year")
        .prefetch_related(
            "levels",
            "responsible",
            "steps",
            Prefetch(
                "progress",
                queryset=MonthlyProgress.objects.prefetch_related("evidence").order_by("month"),
            ),
        )
        .get(pk=pk)
    )


def reached(progress: MonthlyProgress | None, kind: str) -> Decimal | int | None:
    if progress is None:
        return None
    return progress.level if kind == IndicatorKind.LEVEL else progress.value


def timeline(indicator: Indicator, today: datetime.date | None = None) -> dict[str, Any]:
    """The plan as a Gantt chart: one bar per step over the fiscal year's months, late in red."""
    today = today or clock.today()
    months = indicator.fiscal_year.months()
    index = {m: i for i, m in enumerate(months)}
    rows, steps = [], []
    for step in indicator.steps.all():
        late, state = step.is_late(today), step.state(today)
        start = index.get(month_start(step.starts_on), 0)
        end = index.get(month_start(step.ends_on), len(months) - 1)
        rows.append(charts.GanttRow(f"{step.order}. {step.activity}", start, end, state))
        steps.append({"step": step, "late": late, "state": state})
    today_index = None
    if indicator.fiscal_year.contains(today):
        m = index[month_start(today)]
        today_index = m + (today.day - 1) / month_end(today).day
    labels = [reader_date(m, "seed") for m in months]
    svg = charts.gantt(
        months=labels,
        rows=rows,
        today_index=today_index,
        label=_("Plan of {code}: steps by month").format(code=indicator.code),
    )
    return {"svg": svg, "steps": steps}


def progress_chart(
    indicator: Indicator,
    months: list[datetime.date],
    by_month: dict[datetime.date, MonthlyProgress],
) -> SafeString:
    bars = [
        (reader_date(m, "seed"), _number(reached(by_month.get(m), indicator.kind))) for m in months
    ]
    maximum = (
        5
        if indicator.kind == IndicatorKind.LEVEL
        else float(max([indicator.target or 0] + [v or 0 for _m, v in bars]) or 1)
    )
    return charts.bar_chart(
        bars=bars, maximum=maximum, label=_("{code}: reached by month").format(code=indicator.code)
    )


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def report_months(report: Report) -> list[datetime.date]:
    """The months a report covers: the fiscal year from October to the month reported."""
    return [m for m in report.fiscal_year.months() if m <= report.period]


def _progress_entry(progress: MonthlyProgress, kind: str) -> dict[str, Any]:
    """The month reported, as entered: what was reached and done, and its evidence's links."""
    return {
        "reached": _number(reached(progress, kind)),
        "done": progress.done,
        "problems": progress.problems,
        "next_steps": progress.next_steps,
        "evidence": [
            {"id": e.pk, "title": e.title, "url": e.href} for e in progress.evidence.all()
        ],
    }


def _plan_steps(indicator: Indicator, today: datetime.date) -> list[dict[str, Any]]:
    """The plan's steps as they stand, each marked late when its months are over undone."""
    return [
        {
            "order": s.order,
            "activity_th": s.activity_th,
            "activity_en": s.activity_en,
            "starts_on": s.starts_on.isoformat(),
            "ends_on": s.ends_on.isoformat(),
            "status": s.status,
            "late": s.is_late(today),
            "evidence": s.evidence,
        }
        for s in indicator.steps.all()
    ]


def _report_indicator(
    indicator: Indicator, months: list[datetime.date], period: datetime.date, today: datetime.date
) -> dict[str, Any]:
    """One indicator in a report: what it is, what it reached each month so far, the month
    reported in full, and its plan."""
    by_month = {p.month: p for p in indicator.progress.all()}
    current = by_month.get(period)
    return {
        "code": indicator.code,
        "name_th": indicator.name_th,
        "name_en": indicator.name_en,
        "kind": indicator.kind,
        "unit_th": indicator.unit_th,
        "unit_en": indicator.unit_en,
        "target": _number(indicator.target),
        "weight": _number(indicator.weight),
        "owner_unit_th": indicator.owner_unit_th,
        "owner_unit_en": indicator.owner_unit_en,
        "months": [
            {"month": m.isoformat(), "reached": _number(reached(by_month.get(m), indicator.kind))}
            for m in months
        ],
        "current": None if current is None else _progress_entry(current, indicator.kind),
        "steps": _plan_steps(indicator, today),
    }


def report_content(report: Report, *, narrative: str = "") -> dict[str, Any]:
    """What a report says, as plain data (frozen into its revision when sent for approval): each
    indicator's progress for the months so far, the platform's own figures, and for a half-year
    summary the plan's steps and the innovations."""
    months = report_months(report)
    indicators = report.fiscal_year.indicators.prefetch_related(
        "steps", Prefetch("progress", queryset=MonthlyProgress.objects.prefetch_related("evidence"))
    ).order_by("order", "code")
    today = clock.today()
    rows = [_report_indicator(i, months, report.period, today) for i in indicators]
    content: dict[str, Any] = {
        "kind": report.kind,
        "period": report.period.isoformat(),
        "fiscal_year": report.fiscal_year.year,
        "due_on": report.due_on.isoformat(),
        "indicators": rows,
        "figures": month_figures(report.period),
        "narrative": narrative,
        "made_at": clock.now().isoformat(),
    }
    if report.kind == ReportKind.HALF_YEAR:
        from tscplus.learning.selectors import innovations_for_summary

        content["innovations"] = innovations_for_summary(
            report.fiscal_year.starts_on, month_end(report.period)
        )
    return content


def timeliness(report: Report, today: datetime.date | None = None) -> Timeliness:
    """The report's timeliness (`tscplus.indicators.timeliness`), its first publication read as
    a day in Thailand."""
    published = report.first_published_at
    return timeliness_rule.timeliness(
        report.due_on,
        None if published is None else local_date(published),
        today or clock.today(),
    )


def published_revision(report: Report, number: int | None = None) -> ReportRevision | None:
    revisions = report.revisions.filter(status=RevisionStatus.PUBLISHED)
    if number is not None:
        return revisions.filter(number=number).first()
    return revisions.order_by("-number").first()


def working_report(report: Report) -> tuple[ReportRevision | None, dict[str, Any]]:
    """The revision being worked on (None once everything is published) and the content staff
    see: a draft is computed live from the progress entered so far; a revision sent for approval
    shows what was frozen; otherwise, the latest published revision."""
    revision = report.revisions.exclude(status=RevisionStatus.PUBLISHED).first()
    if revision is not None and revision.status == RevisionStatus.DRAFT:
        return revision, report_content(report, narrative=revision.narrative)
    if revision is not None:
        return revision, revision.content
    published = published_revision(report)
    assert published is not None  # nothing open: every revision is published, and there is one
    return None, published.content


def public_reports() -> QuerySet[Report]:
    """Reports that have been published, newest period first, with their published revisions."""
    published = ReportRevision.objects.filter(status=RevisionStatus.PUBLISHED).order_by("-number")
    return (
        Report.objects.filter(first_published_at__isnull=False)
        .select_related("fiscal_year")
        .prefetch_related(Prefetch("revisions", queryset=published, to_attr="published"))
        .order_by("-period", "kind")
    )


def public_report(pk: int) -> Report:
    return public_reports().get(pk=pk)


def desk(fy: FiscalYear) -> list[dict[str, Any]]:
    """The fiscal year's reports for staff: each with its working revision and timeliness."""
    reports = fy.reports.prefetch_related("revisions").order_by("-period", "kind")
    today = clock.today()
    out = []
    for report in reports:
        revisions = list(report.revisions.all())
        open_ = next((r for r in revisions if r.status != RevisionStatus.PUBLISHED), None)
        out.append(
            {
                "report": report,
                "open": open_,
                "timeliness": timeliness(report, today),
                "published": [r for r in revisions if r.status == RevisionStatus.PUBLISHED],
            }
        )
    return out


def awaiting_approval(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The desk's reports whose working revision waits for an approver, oldest period first."""
    waiting = [r for r in rows if r["open"] and r["open"].status == RevisionStatus.SUBMITTED]
    return sorted(waiting, key=lambda r: r["report"].period)


def on_time_grid(fy: FiscalYear, today: datetime.date | None = None) -> dict[str, Any]:
    """Indicators by month: was the indicator's progress in a report published by the due date?
    With the on-time rate of each indicator and each month (over the months already due)."""
    today = today or clock.today()
    months = [m for m in fy.months() if m <= month_start(today)]
    reports = {r.period: r for r in fy.reports.filter(kind=ReportKind.MONTHLY)}
    entered = set(
        MonthlyProgress.objects.filter(indicator__fiscal_year=fy).values_list(
            "indicator_id", "month"
        )
    )
    rows, month_hits = [], {m: [0, 0] for m in months}
    for indicator in fy.indicators.order_by("order", "code"):
        cells, hits, due = [], 0, 0
        for m in months:
            report = reports.get(m)
            if report is None and not fy.reports_monthly(m):
                cells.append({"state": "not_required", "label": _("No report required")})
                continue
            if report is None and is_overdue(due_date(m), today):
                # Due, and no report was ever made for the month (years before the platform).
                cells.append({"state": "missing", "label": _("No report")})
                due += 1
                month_hits[m][1] += 1
                continue
            t = timeliness(report, today) if report else None
            if t is None or t.state == "pending":
                cells.append({"state": "pending", "label": _("Not yet due")})
                continue
            ok = (indicator.pk, m) in entered and t.state == "on_time"
            state = (
                "on_time" if ok else ("missing" if (indicator.pk, m) not in entered else t.state)
            )
            label = _("No progress entered") if state == "missing" else t.label
            cells.append({"state": state, "label": label})
            due += 1
            hits += ok
            month_hits[m][0] += ok
            month_hits[m][1] += 1
        rows.append(
            {
                "indicator": indicator,
                "cells": cells,
                "rate": round(100 * hits / due) if due else None,
            }
        )
    return {
        "months": months,
        "rows": rows,
        "month_rates": [round(100 * a / b) if b else None for a, b in month_hits.values()],
    }


def evidence_is_published(evidence: Any) -> bool:
    """Whether a published report shows this evidence: then anyone may open its file."""
    contents = ReportRevision.objects.filter(
        status=RevisionStatus.PUBLISHED, report__period=evidence.progress.month
    ).values_list("content", flat=True)
    return any(
        item.get("id") == evidence.pk
        for content in contents
        for row in content.get("indicators", [])
        for item in (row.get("current") or {}).get("evidence", [])
    )
