"""Reads of the learning registers."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import QuerySet

from tscplus.learning.models import Innovation


def innovation_list() -> QuerySet[Innovation]:
    return Innovation.objects.prefetch_related("knowledge_items").order_by("-started_on", "title")


def innovations_for_summary(start: datetime.date, end: datetime.date) -> list[dict[str, Any]]:
    """The innovations started up to the end of a half-year round, as plain data for the report
    (those started within the fiscal year are marked new)."""
    rows = []
    for item in innovation_list().filter(started_on__lte=end):
        rows.append({
            "title": item.title, "unit": item.unit, "stage": item.stage,
            "started_on": item.started_on.isoformat(), "new": item.started_on >= start,
            "problem": item.problem, "solution": item.solution, "results": item.results,
            "measures": item.measure_lines(),
        })  # fmt: skip
    return rows
