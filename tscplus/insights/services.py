"""The stats job: recompute the dashboards' figures from the registers in a few grouped queries (by
district), add them up into provinces, regions and the nation, and replace the aggregate tables in
one transaction (readers see the old figures or the new, never half). Its cost grows with the data;
the pages' cost does not."""

from __future__ import annotations

import datetime
import time
from collections import defaultdict
from typing import Any

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth

from tscplus.core import clock
from tscplus.insights.models import AreaMonthStat, AreaStat, StatsRun
from tscplus.insights.selectors import last_months

MONTHS = 24  # the trend charts look back two years at most
OPEN_COMPLAINTS = ("received", "assigned", "investigating")


def stats_refresh() -> dict[str, Any]:
    from tscplus.assessments.choices import AssessmentKind
    from tscplus.assessments.models import Assessment, Certificate
    from tscplus.core.models import District
    from tscplus.places.models import Establishment
    from tscplus.voice.models import Complaint, PlaceRating

    started = time.perf_counter()
    where = {d: (p, r) for d, p, r in District.objects.values_list("code", "province_id",
                                                                   "province__region_id")}  # fmt: skip
    rows: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))

    places = Establishment.objects.filter(status="active").values("district_id", "category_id")
    for row in places.annotate(
        registered=Count("pk"),
        certified=Count("pk", filter=Q(certification="certified")),
        reassessment_due=Count("pk", filter=Q(certification="reassessment_due")),
        expired=Count("pk", filter=Q(certification="expired")),
        suspended=Count("pk", filter=Q(certification="suspended")),
        revoked=Count("pk", filter=Q(certification="revoked")),
    ).order_by():
        rows[row.pop("district_id"), row.pop("category_id")].update(row)

    key = ("establishment__district_id", "establishment__category_id")
    # Self-assessments only: an officer's inspection checklist is not the place assessing itself.
    submitted = Assessment.objects.filter(
        submitted_at__isnull=False, establishment__status="active", kind=AssessmentKind.SELF
    )
    for row in submitted.values(*key).annotate(
        assessed=Count("establishment_id", distinct=True), assessments=Count("pk"),
        passed=Count("pk", filter=Q(passed=True)),
    ).order_by():  # fmt: skip
        rows[row.pop(key[0]), row.pop(key[1])].update(row)

    rated = PlaceRating.objects.filter(establishment__status="active", count__gt=0)
    for row in (
        rated.values(*key)
        .annotate(ratings=Sum("count"), rating_weight=Sum("weight"), rating_overall=Sum("overall"))
        .order_by()
    ):
        rows[row.pop(key[0]), row.pop(key[1])].update(row)

    complaints = Complaint.objects.filter(establishment__status="active")
    for row in (
        complaints.values(*key)
        .annotate(
            complaints=Count("pk"),
            complaints_open=Count("pk", filter=Q(status__in=OPEN_COMPLAINTS)),
        )
        .order_by()
    ):
        rows[row.pop(key[0]), row.pop(key[1])].update(row)

    since = last_months(MONTHS)[0]
    months: dict[tuple[str, datetime.date], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for model, field, extra, figures in (
        (Establishment, "created_at", {}, {"registered": Count("pk")}),
        (Assessment, "submitted_at", {"submitted_at__isnull": False, "kind": AssessmentKind.SELF},
         {"assessments": Count("pk"), "passed": Count("pk", filter=Q(passed=True))}),
        (Certificate, "issued_at", {}, {"certified": Count("pk")}),
    ):  # fmt: skip
        district = "district_id" if model is Establishment else "establishment__district_id"
        queryset = model.objects.filter(**{f"{field}__date__gte": since}, **extra)
        for row in (queryset.annotate(month=TruncMonth(field)).values(district, "month")
                    .annotate(**figures).order_by()):  # fmt: skip
            month = row.pop("month")
            month = month.date() if isinstance(month, datetime.datetime) else month
            months[row.pop(district), month].update(row)

    area_rows = _roll_up(rows, where)
    area_months = _roll_up(months, where)
    with transaction.atomic():
        AreaStat.objects.all().delete()
        AreaStat.objects.bulk_create(
            [AreaStat(level=level, code=code, parent=parent, category_id=c, **f)
             for (level, code, parent, c), f in area_rows.items()], batch_size=2000,
        )  # fmt: skip
        AreaMonthStat.objects.all().delete()
        AreaMonthStat.objects.bulk_create(
            [AreaMonthStat(level=level, code=code, parent=parent, month=m, **f)
             for (level, code, parent, m), f in area_months.items()], batch_size=2000,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        StatsRun.objects.all().delete()
        run = StatsRun.objects.create(finished_at=clock.now(), seconds=seconds)
    return {"rows": len(area_rows), "month_rows": len(area_months), "seconds": seconds,
            "as_of": run.finished_at}  # fmt: skip


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
        for area in (("district", district, province), ("province", province, str(region)),
                     ("region", str(region), ""), ("nation", "", "")):  # fmt: skip
            total = out[(*area, key)]
            for name, value in figures.items():
                total[name] += value or 0
    return out
