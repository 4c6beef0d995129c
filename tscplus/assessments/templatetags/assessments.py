"""What place pages show of assessments and certificates:
`{% place_assessments place as panel %}` on the owner's page and
`{% public_certificates place as certificates %}` on the public one."""

from django import template

from tscplus.assessments import selectors, services
from tscplus.assessments.choices import AssessmentKind, AssessmentStatus

register = template.Library()


@register.simple_tag
def place_assessments(place):
    # Inspections are the officers' records: they show in the oversight panel, not here.
    assessments = list(
        selectors.assessment_list_for_place(place).filter(kind=AssessmentKind.SELF)[:20]
    )
    return {
        "assessments": assessments,
        "draft": next(
            (
                a
                for a in assessments
                if a.status == AssessmentStatus.DRAFT and a.kind == AssessmentKind.SELF
            ),
            None,
        ),
        "certificates": list(selectors.certificate_list_for_place(place)[:20]),
        "can_start": services.versions_for(place).exists(),
    }


@register.simple_tag
def public_certificates(place):
    return selectors.certificate_list_public(place)
