"""`{% place_assessments place as panel %}`: what a place's owner page shows of its assessments."""

from django import template

from tscplus.assessments import selectors, services

register = template.Library()


@register.simple_tag
def place_assessments(place):
    return {
        "assessments": list(selectors.assessment_list_for_place(place)[:20]),
        "certificates": list(selectors.certificate_list_for_place(place)[:20]),
        "can_start": services.versions_for(place).exists(),
    }
