"""What a dashboard shows for an area (the nation, a health region, a province, a district), read
from the aggregate tables only."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet, Sum
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from tscplus.core import charts, clock
from tscplus.core.language import reader_is_english
from tscplus.core.models import District, HealthRegion, Province
from tscplus.core.thaidate import reader_date
from tscplus.insights.models import AreaMonthStat, AreaStat, StatsRun

FIGURES = (
    "registered",
    "certified",
    "reassessment_due",
    "expired",
    "suspended",
    "revoked",
    "assessed",
    "assessments",
    "passed",
    "ratings",
    "rating_weight",
    "rating_overall",
    "complaints",
    "complaints_open",
)
PUBLIC_LEVELS = ("region", "province", "district")


@dataclass
class Area:
    """A place in the drill-down: its level, code, name, the way up and the areas one level down."""

    level: str  # nation, region, province, district
    code: str = ""
    name: str = ""
    trail: list[tuple[str, str]] = field(default_factory=list)  # (name, url) from the nation down
    children: list[tuple[str, str, str]] = field(default_factory=list)  # (code, name, url)
    parents: dict[str, str] = field(default_factory=dict)  # its region and province codes

    @property
    def stat_filter(self) -> Q:
        return Q(level=self.level, code=self.code)

    @property
    def url(self) -> str:
        return area_url(self.level, self.code)


def area_url(level: str, code: str = "") -> str:
    return (
        reverse("insights:dashboard")
        if level == "nation"
        else reverse("insights:area", args=[level, code])
    )


def area_get(level: str, code: str) -> Area:
    """The area, or 404 for an unknown level or code."""
    nation = Area("nation", "", _("Whole country"))
    nation.trail = [(nation.name, area_url("nation"))]
    if level == "nation":
        nation.children = [
            (str(r.number), r.name, area_url("region", str(r.number)))
            for r in HealthRegion.objects.order_by("number")
        ]
        return nation
    region: HealthRegion | None = None
    province: Province | None = None
    district: District | None = None
    # A region's number as written in its address ("1", never "01"): one address per area.
    if level == "region" and code.isascii() and code.isdigit() and code == str(int(code)):
        region = HealthRegion.objects.filter(number=int(code)).first()
    elif level == "province":
        province = Province.objects.select_related("region").filter(code=code).first()
        region = province.region if province is not None else None
    elif level == "district":
        district = District.objects.select_related("province__region").filter(code=code).first()
        province = district.province if district is not None else None
        region = province.region if province is not None else None
    if region is None:
        raise Http404("area")
    area = Area(level, code, (district or province or region).name, list(nation.trail))
    area.parents["region"] = str(region.number)
    area.trail.append((region.name, area_url("region", str(region.number))))
    if province is not None:
        area.parents["province"] = province.code
        area.trail.append((province.name, area_url("province", province.code)))
    if district is not None:
        area.trail.append((district.name, area_url("district", district.code)))
    if level == "region":
        area.children = [
            (p.code, p.name, area_url("province", p.code))
            for p in region.provinces.order_by("code")
        ]
    elif level == "province" and province is not None:
        area.children = [
            (d.code, d.name, area_url("district", d.code))
            for d in province.districts.order_by("code")
        ]
    return area


def as_of() -> datetime.datetime | None:
    run = StatsRun.objects.first()
    return run.finished_at if run else None


def last_months(count: int) -> list[datetime.date]:
    """The first days of the last `count` months, oldest first, this month last."""
    month = clock.today().replace(day=1)
    months = [month]
    while len(months) < count:
        month = (month - datetime.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _by_category(stats: QuerySet[AreaStat]) -> list[dict[str, Any]]:
    """The thirty categories with the most places registered, named in the reader's language
    (Thai when a category has no English name)."""
    rows = (
        stats.values("category_id", "category__name_th", "category__name_en")
        .annotate(registered=Sum("registered"), certified=Sum("certified"))
        .order_by("-registered")[:30]
    )
    return [
        {
            **row,
            "name": (
                row["category__name_en"]
                if _english() and row["category__name_en"]
                else row["category__name_th"]
            ),
        }
        for row in rows
    ]


def _trend(area: Area) -> list[dict[str, Any]]:
    """The last twelve months, every one of them (a month with nothing shows as zero, so the
    axis is never uneven)."""
    months = last_months(12)
    found = {
        row["month"]: row
        for row in AreaMonthStat.objects.filter(area.stat_filter, month__gte=months[0])
        .values("month")
        .annotate(
            registered=Sum("registered"),
            assessments=Sum("assessments"),
            passed=Sum("passed"),
            certified=Sum("certified"),
        )
    }
    empty = {"registered": 0, "assessments": 0, "passed": 0, "certified": 0}
    return [
        {**found.get(m, {**empty, "month": m}), "label": reader_date(m, "seed")} for m in months
    ]


def dashboard(area: Area, *, officer: bool = False) -> dict[str, Any]:
    """Every figure of the area's dashboard; the officers' figures only when `officer`."""
    stats = AreaStat.objects.filter(area.stat_filter)
    totals = {k: v or 0 for k, v in stats.aggregate(**{f: Sum(f) for f in FIGURES}).items()}
    by_category = _by_category(stats)
    trend = _trend(area)
    children = _children_figures(area)
    result = {
        "totals": totals,
        "pass_rate": _pct(totals["passed"], totals["assessments"]),
        "certified_share": _pct(totals["certified"], totals["registered"]),
        "rating_average": round(totals["rating_overall"] / totals["rating_weight"], 1)
        if totals["rating_weight"]
        else None,
        "by_category": by_category,
        "trend": trend,
        "children": children,
        "category_chart": charts.hbar_chart(
            bars=[(r["name"], r["registered"]) for r in by_category[:12]],
            maximum=max([r["registered"] for r in by_category] or [1]),
            label=_("Registered places by category, {area}").format(area=area.name),
        ),
        "trend_chart": charts.bar_chart(
            bars=[(r["label"], r["certified"]) for r in trend],
            maximum=max([r["certified"] for r in trend] or [1]) or 1,
            label=_("Certificates issued by month, {area}").format(area=area.name),
        ),
        "knowledge_reads": _knowledge_reads(),
        "self_check": _self_check(area),
        "as_of": as_of(),
    }
    if officer:
        result["officer"] = _officer_figures(area)
    return result


def _english() -> bool:

    return reader_is_english()


def _children_figures(area: Area) -> list[dict[str, Any]]:
    if not area.children:
        return []
    child = {"nation": "region", "region": "province", "province": "district"}[area.level]
    rows = (
        AreaStat.objects.filter(level=child, parent=area.code)
        .values("code")
        .annotate(registered=Sum("registered"), certified=Sum("certified"))
    )
    sums = {r["code"]: r for r in rows}
    nothing: dict[str, int] = {}  # an area without a row has no places
    return [
        {
            "code": code,
            "name": name,
            "url": url,
            "registered": sums.get(code, nothing).get("registered", 0) or 0,
            "certified": sums.get(code, nothing).get("certified", 0) or 0,
        }
        for code, name, url in area.children
    ]


def _knowledge_reads() -> int:
    """Reads of knowledge items over the last 30 days (the hub is national: the same figure on
    every dashboard)."""
    from tscplus.knowledge.models import ViewDay

    since = clock.today() - datetime.timedelta(days=30)
    return ViewDay.objects.filter(day__gte=since).aggregate(n=Sum("count"))["n"] or 0


def _self_check(area: Area) -> list[dict[str, Any]]:
    """The health-literacy self-checks by level: of the province (a district shows its province's),
    of the region's provinces, or of the whole country."""
    from django.db.models import Count

    from tscplus.knowledge.choices import Level
    from tscplus.knowledge.models import HLResponse

    responses = HLResponse.objects.all()
    if area.level == "region":
        responses = responses.filter(province__region_id=int(area.code))
    elif area.level == "province":
        responses = responses.filter(province_id=area.code)
    elif area.level == "district":
        responses = responses.filter(province_id=area.code[:2])
    counts = dict(responses.values_list("level").annotate(n=Count("pk")).order_by())
    return [
        {"level": key, "label": label, "count": counts.get(key, 0)} for key, label in Level.choices
    ]


def _officer_figures(area: Area) -> dict[str, int]:
    """Figures that are not public: open complaints, overdue inspections, re-assessments due."""
    from tscplus.oversight.models import Inspection

    totals = AreaStat.objects.filter(area.stat_filter).aggregate(
        open=Sum("complaints_open"), due=Sum("reassessment_due")
    )
    place_by_level: dict[str, dict[str, Any]] = {
        "nation": {},
        "region": {"establishment__province__region_id": int(area.code or 0)},
        "province": {"establishment__province_id": area.code},
        "district": {"establishment__district_id": area.code},
    }
    overdue = Inspection.objects.filter(
        status="planned", planned_for__lt=clock.today(), **place_by_level[area.level]
    ).count()
    return {
        "complaints_open": totals["open"] or 0,
        "reassessment_due": totals["due"] or 0,
        "inspections_overdue": overdue,
    }
