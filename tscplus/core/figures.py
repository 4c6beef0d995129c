"""How the pillars count their rows for dashboards and reports, so that every pillar counts the
same way: grouped by district (rolled up into provinces, regions and the nation by the
dashboards) and by calendar month in Thailand's time zone. The figures themselves are defined by
the pillar that owns the rows, in its selectors (places, assessments, voice, knowledge)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

from django.db.models import Aggregate, QuerySet
from django.db.models.functions import TruncMonth


def by_district_month(
    rows: QuerySet[Any], *, field: str, district: str, since: datetime.date, **figures: Aggregate
) -> Iterator[dict[str, Any]]:
    """`figures` of `rows` whose `field` falls on or after `since`, one dict per district and
    month (keys `district_id`, `month` as a date, and the figures' names)."""
    grouped = (
        rows.filter(**{f"{field}__date__gte": since})
        .annotate(month=TruncMonth(field))
        .values(district, "month")
        .annotate(**figures)
        .order_by()
    )
    for row in grouped:
        month = row.pop("month")
        yield {
            "district_id": row.pop(district),
            "month": month.date() if isinstance(month, datetime.datetime) else month,
            **row,
        }


def by_district_category(
    rows: QuerySet[Any], *, district: str, category: str, **figures: Aggregate
) -> Iterator[dict[str, Any]]:
    """`figures` of `rows`, one dict per district and setting category (keys `district_id`,
    `category_id` and the figures' names)."""
    for row in rows.values(district, category).annotate(**figures).order_by():
        yield {"district_id": row.pop(district), "category_id": row.pop(category), **row}
