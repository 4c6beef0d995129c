"""`{% place_oversight place user as panel %}`: what an officer sees of a place's inspections and
risk on its page (None for anyone who does not oversee it)."""

from django import template

from tscplus.oversight import selectors
from tscplus.oversight.risk import LABELS
from tscplus.places.models import Establishment

register = template.Library()


@register.simple_tag
def place_oversight(place, user):
    if not Establishment.objects.overseen_by(user).filter(pk=place.pk).exists():
        return None
    risk = getattr(place, "risk", None)
    return {
        "inspections": list(selectors.inspection_list_for_place(place)[:10]),
        "risk": risk,
        "reasons": [str(LABELS[r]) for r in (risk.reasons if risk else [])],
    }
