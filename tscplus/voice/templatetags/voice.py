"""Showing ratings: `{{ summary|aspects }}` (aspect, label, average), `{{ 3.6|stars }}` (★★★★☆,
for the eye only: the number is always written beside it) and `{{ 0.25|percent }}` (25%)."""

from django import template

from tscplus.voice.choices import Aspect
from tscplus.voice.ratings import RatingSummary, stars_text

register = template.Library()


@register.filter
def aspects(summary: RatingSummary) -> list[tuple[str, str, float]]:
    return [
        (a.value, str(a.label), summary.averages[a.value])
        for a in Aspect
        if a.value in summary.averages
    ]


@register.filter
def stars(value: float) -> str:
    return stars_text(value)


@register.filter
def percent(value: float) -> str:
    return f"{round((value or 0) * 100)}%"


@register.simple_tag
def place_voice(place) -> dict:
    """What a place's public page shows of People Voice: the summary and recent comments."""
    from tscplus.voice import selectors

    return {
        "summary": selectors.rating_summary(establishment_id=place.pk),
        "recent": selectors.rating_list_public(place, limit=10),
    }
