"""The platform's own figures for a month, filled into progress reports so nobody retypes them.

Counted in Thailand's calendar month: a place registered at 23:30 on 31 October in Bangkok is
October's, whatever the UTC date."""

from __future__ import annotations

import datetime

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
    return (
        local_datetime(month, 0),
        local_datetime(month_end(month) + datetime.timedelta(days=1), 0),
    )


def month_figures(month: datetime.date) -> dict[str, int]:
    """Each figure of `month`, asked of the pillar that owns its rows."""
    from tscplus.assessments import selectors as assessments
    from tscplus.knowledge import selectors as knowledge
    from tscplus.places import selectors as places

    start, end = month_bounds(month)
    return {
        "registered": places.places_registered(start, end),
        "assessed": assessments.self_assessments_submitted(start, end),
        "certified": assessments.certificates_issued(start, end),
        "knowledge_published": knowledge.items_published(start, end),
        "searches": knowledge.searches_made(month, month_end(month)),
        "self_checks": knowledge.self_checks_taken(start, end),
    }


def labelled(figures: dict[str, int]) -> list[tuple[str, int]]:
    """(label, number) pairs in the order reports show them."""
    return [(str(label), figures.get(key, 0)) for key, label in FIGURES]
