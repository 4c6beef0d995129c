"""The stats job: recompute the dashboards' figures from the registers in a few grouped queries (by
district, each defined by the pillar that owns the rows, in its selectors), add them up into provinces, regions and the nation, and replace the aggregate tables in
one transaction (readers see the old figures or the new, never half). Its cost grows with the data;
the pages' cost does not."""

from __future__ import annotations

import datetime
import time
from collections import defaultdict
from itertools import chain
from typing import Any

from django.db import transaction

from tscplus.assessments import selectors as assessments_selectors
from tscplus.core import clock
from tscplus.core.models import District
from tscplus.insights.models import AreaMonthStat, AreaStat, StatsRun
from tscplus.insights.opendata.lives import feed_record
from tscplus.insights.selectors import last_months
from tscplus.places import selectors as places_selectors
from tscplus.voice import selectors as voice_selectors

MONTHS = 24  # the trend charts look back two years at most


def stats_refresh() -> dict[str, Any]:
    started = time.perf_counter()
    where = {
        d: (p, r)
        for d, p, r in District.objects.values_list("code", "province_id", "province__region_id")
    }
    rows: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in chain(
        places_selectors.place_figures_by_district_category(),
        assessments_selectors.assessment_figures_by_district_category(),
        voice_selectors.voice_figures_by_district_category(),
    ):
        rows[row.pop("district_id"), row.pop("category_id")].update(row)

    since = last_months(MONTHS)[0]
    months: dict[tuple[str, datetime.date], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in chain(
        places_selectors.places_registered_by_district_month(since),
        assessments_selectors.assessment_figures_by_district_month(since),
        assessments_selectors.certificate_figures_by_district_month(since),
    ):
        months[row.pop("district_id"), row.pop("month")].update(row)

    area_rows = _roll_up(rows, where)
    area_months = _roll_up(months, where)
    finished_at = clock.now()
    # The open inspection feed is dated by this run, and its rows counted now (lives.py).
    lives = feed_record(finished_at)
    with transaction.atomic():
        AreaStat.objects.all().delete()
        AreaStat.objects.bulk_create(
            [
                AreaStat(level=level, code=code, parent=parent, category_id=c, **f)
                for (level, code, parent, c), f in area_rows.items()
            ],
            batch_size=2000,
        )
        AreaMonthStat.objects.all().delete()
        AreaMonthStat.objects.bulk_create(
            [
                AreaMonthStat(level=level, code=code, parent=parent, month=m, **f)
                for (level, code, parent, m), f in area_months.items()
            ],
            batch_size=2000,
        )
        seconds = time.perf_counter() - started
        StatsRun.objects.all().delete()
        run = StatsRun.objects.create(finished_at=finished_at, seconds=seconds, lives=lives)
    return {
        "rows": len(area_rows),
        "month_rows": len(area_months),
        "seconds": seconds,
        "as_of": run.finished_at,
        "lives": lives,
    }


def _roll_up(
    by_district: dict[tuple[str, Any], dict[str, int]], where: dict[str, tuple[str, int]]
) -> dict[tuple[str, str, str, Any], dict[str, int]]:
    """District figures summed into their province, region and the nation, keyed by (level,
    code, parent, category or month)."""
    out: dict[tuple[str, str, str, Any], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (district, key), figures in by_district.items():
        if district not in where:
            continue
        province, region = where[district]
        for area in (
            ("district", district, province),
            ("province", province, str(region)),
            ("region", str(region), ""),
            ("nation", "", ""),
        ):
            total = out[(*area, key)]
            for name, value in figures.items():
                total[name] += value or 0
    return out
