"""`{% place_oversight place user as panel %}`: what an officer sees of a place's inspections and
risk on its page; for its owner, the decided inspections with their reasons, checklists and
corrections cases, and the repeat-breach rule's warnings (the risk score is the officers' alone);
None for anyone else."""

from django import template
from django.utils.safestring import mark_safe

from tscplus.core import clock
from tscplus.core.language import reader_is_english
from tscplus.oversight import escalation, selectors
from tscplus.oversight.risk import LABELS
from tscplus.places.selectors import establishment_is_overseen_by

register = template.Library()


@register.simple_tag
def place_oversight(place, user):
    if not establishment_is_overseen_by(user, place):
        if getattr(user, "pk", None) is None or place.owner_id != user.pk:
            return None
        from tscplus.oversight.services import appeal_last_day, appeal_possible

        decided = (
            selectors.inspection_list_for_place(place)
            .filter(decision__gt="")
            .select_related("appeal", "case")
        )
        rows = [
            {
                "visit": visit,
                "appeal": getattr(visit, "appeal", None),
                "case": getattr(visit, "case", None),
                "can_appeal": appeal_possible(visit),
                "last_day": appeal_last_day(visit),
            }
            for visit in decided[:10]
        ]
        # The repeat-breach rule's next steps, shown to the owner before they apply.
        standing = selectors.standing_decisions(place.pk, clock.today())
        return {"owner": True, "rows": rows, "warnings": escalation.warnings(standing)}
    risk = getattr(place, "risk", None)
    return {
        "inspections": list(selectors.inspection_list_for_place(place)[:10]),
        "risk": risk,
        "reasons": [str(LABELS[r]) for r in (risk.reasons if risk else [])],
    }


@register.simple_tag
def public_record(place):
    """The public record of the place's inspections in the reader's language (drawn and escaped
    when it was refreshed), or "" for a place never inspected."""
    html = selectors.public_record_html(place.pk, english=reader_is_english())
    return mark_safe(html)  # noqa: S308 (drawn by oversight/_findings.html)
