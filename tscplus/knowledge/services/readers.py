"""What readers do in the knowledge hub, none of it tied to a person: "was this helpful?", reads
and searches counted for the figures, the health-literacy self-check. Each is rate limited or
counted so that nobody can skew the public figures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from tscplus.core import clock
from tscplus.core.audit import audit_record
from tscplus.core.ratelimit import RateLimit
from tscplus.knowledge.models import Feedback, KnowledgeItem, SearchDay, ViewDay

if TYPE_CHECKING:
    from tscplus.knowledge.models import HLResponse

# Crawlers and link previews do not count as reads.
BOTS = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|linepreview|preview|curl|wget|python-|"
    r"headless|lighthouse|monitor",
    re.IGNORECASE,
)

# "Was this helpful?" answers and self-checks from one address an hour. The page and the API
# share each count, so neither skews the public figures.
FEEDBACK_LIMIT = RateLimit(scope="knowledge-feedback", limit=30, seconds=3600)
SELF_CHECK_LIMIT = RateLimit(scope="knowledge-selfcheck", limit=20, seconds=3600)


def feedback_submit(*, item: KnowledgeItem, helpful: bool, comment: str = "") -> Feedback:
    """ "Was this helpful?" from anyone; nothing about the person is kept."""
    comment = comment.strip()[:1000]
    with transaction.atomic():
        feedback = Feedback.objects.create(item=item, helpful=helpful, comment=comment)
        field = "helpful_yes" if helpful else "helpful_no"
        KnowledgeItem.objects.filter(pk=item.pk).update(**{field: F(field) + 1})
        audit_record(
            actor=None,
            verb="knowledge.feedback",
            obj=feedback,
            after={"item": item.pk, "helpful": helpful},
        )
    return feedback


def item_viewed(*, item: KnowledgeItem, user_agent: str) -> bool:
    """Count a read by a person (not by a crawler or a link preview); True when counted."""
    if not user_agent or BOTS.search(user_agent):
        return False
    today = clock.today()
    with transaction.atomic():
        KnowledgeItem.objects.filter(pk=item.pk).update(view_count=F("view_count") + 1)
        if not ViewDay.objects.filter(item=item, day=today).update(count=F("count") + 1):
            ViewDay.objects.bulk_create(
                [ViewDay(item=item, day=today, count=1)], ignore_conflicts=True
            )
    return True


def search_counted() -> None:
    """Count one search for today's figure (the monthly reports show searches per month)."""
    today = clock.today()
    if not SearchDay.objects.filter(day=today).update(count=F("count") + 1):
        SearchDay.objects.bulk_create([SearchDay(day=today, count=1)], ignore_conflicts=True)


def selfcheck_submit(
    *, audience: str, province_id: str | None, answers: dict[int, int]
) -> HLResponse:
    """Score one self-check and keep it, anonymously (no account, no address, no identifier).
    Every active statement must be answered from 1 to 5."""
    from tscplus.knowledge.choices import Audience
    from tscplus.knowledge.models import HLQuestion, HLResponse
    from tscplus.knowledge.selfcheck import level, score

    if audience not in Audience.values:
        raise ValidationError({"audience": _("Choose who you are answering as.")})
    skills = dict(HLQuestion.objects.filter(active=True).values_list("pk", "skill"))
    missing = [pk for pk in skills if answers.get(pk) not in {1, 2, 3, 4, 5}]
    if missing:
        raise ValidationError({f"q{pk}": _("Choose an answer from 1 to 5.") for pk in missing})
    kept = {pk: answers[pk] for pk in skills}
    scores, overall = score(kept, skills)
    with transaction.atomic():
        response = HLResponse.objects.create(
            audience=audience,
            province_id=province_id or None,
            answers={str(k): v for k, v in kept.items()},
            scores=scores,
            overall=overall,
            level=level(overall),
        )
        audit_record(
            actor=None,
            verb="knowledge.self_check",
            obj=response,
            after={"audience": audience, "level": response.level},
        )
    return response
