"""The platform's own figures for a month, filled into progress reports so nobody retypes them.

Counted in Thailand's calendar month: a place registered at 23:30 on 31 October in Bangkok is
October's, whatever the UTC date."""

from __future__ import annotations

import datetime

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from tscplus.core.clock import local_datetime
from tscplus.indicators.timeliness import month_end

FIGURES = (
    ("registered", _("Establishments registered")),
    ("assessed", _("Self-assessments submitted")),
    ("certified", _("Certificates issued")),
    ("knowledge_published", _("Knowledge items published")),
    ("searches", _("Knowledge searches")),
    ("self_checks", _("Health-literacy self-checks taken")),
)


def month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """From midnight on the 1st to midnight after the last day, in Thailand."""
    return (local_datetime(month, 0),
            local_datetime(month_end(month) + datetime.timedelta(days=1), 0))  # fmt: skip


def month_figures(month: datetime.date) -> dict[str, int]:
    from tscplus.assessments.choices import AssessmentKind
    from tscplus.assessments.models import Assessment, Certificate
    from tscplus.knowledge.models import HLResponse, KnowledgeItem, SearchDay
    from tscplus.places.models import Establishment

    start, end = month_bounds(month)
    searches = SearchDay.objects.filter(day__gte=month, day__lte=month_end(month))
    return {
        "registered": Establishment.objects.filter(
            created_at__gte=start, created_at__lt=end
        ).count(),
        "assessed": Assessment.objects.filter(  # self-assessments, as on the dashboards
            submitted_at__gte=start, submitted_at__lt=end, kind=AssessmentKind.SELF
        ).count(),
        "certified": Certificate.objects.filter(issued_at__gte=start, issued_at__lt=end).count(),
        "knowledge_published": KnowledgeItem.objects.filter(
            published_at__gte=start, published_at__lt=end
        ).count(),
        "searches": searches.aggregate(total=Sum("count"))["total"] or 0,
        "self_checks": HLResponse.objects.filter(created_at__gte=start, created_at__lt=end).count(),
    }


def labelled(figures: dict[str, int]) -> list[tuple[str, int]]:
    """(label, number) pairs in the order reports show them."""
    return [(str(label), figures.get(key, 0)) for key, label in FIGURES]
