"""The owner's right to reply: the place's owner answers a decided inspection's published outcome
once, moderated as replies to ratings are (voice/moderation.py), shown beside the outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify
from tscplus.core.thaidate import format_date
from tscplus.oversight.choices import InspectionStatus
from tscplus.oversight.models import Inspection
from tscplus.oversight.services.appeals import owner_only
from tscplus.oversight.services.record import record_refresh
from tscplus.places.selectors import establishment_is_overseen_by
from tscplus.voice import moderation
from tscplus.voice.choices import Moderation

if TYPE_CHECKING:
    from tscplus.accounts.models import User


@transaction.atomic
def inspection_reply(*, actor: User, inspection: Inspection, text: str) -> Inspection:
    """The owner answers a decided inspection's published outcome, once (again only if an officer
    rejected the reply, as with replies to ratings). A reply with a link, a phone number or an
    abusive word waits for an officer; any other is published at once."""
    owner_only(actor, inspection)
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    if inspection.status != InspectionStatus.DONE:
        raise ValidationError(_("Only a decided inspection can be answered."), code="not_decided")
    if inspection.reply and inspection.reply_moderation != Moderation.REJECTED:
        raise ValidationError(
            _("You have already replied to this outcome (on {date}).").format(
                date=format_date(inspection.replied_at or clock.now(), "long", reader_language())
            ),
            code="replied",
        )
    inspection.reply, inspection.reply_moderation, held = moderation.reply_checked(text)
    inspection.replied_at = clock.now()
    inspection.save(update_fields=["reply", "reply_moderation", "replied_at"])
    audit_record(
        actor=actor,
        verb="inspection.replied",
        obj=inspection,
        after={**snapshot(inspection, ("reply", "reply_moderation")), "held_for": held},
    )
    record_refresh(establishment=inspection.establishment)
    return inspection


@transaction.atomic
def inspection_reply_moderate(
    *, actor: User, inspection: Inspection, approve: bool, reason: str = ""
) -> Inspection:
    """An officer of the area publishes or rejects a held reply (the officer who made the decision
    does not judge a reply to it). A rejected reply is not shown; the owner is told why and may
    write a new one."""
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    place = inspection.establishment
    if not establishment_is_overseen_by(actor, place):
        raise Http404("reply")
    if inspection.officer_id == actor.pk:
        raise ValidationError(
            _("This reply answers your decision: another officer of the area moderates it."),
            code="own_decision",
        )
    if inspection.reply_moderation != Moderation.HELD:
        raise ValidationError(_("This is not waiting for moderation."), code="not_held")
    reason = (reason or "").strip()[:300]
    if not approve and not reason:
        raise ValidationError({"reason": _("Say why it is rejected.")})
    before = snapshot(inspection, ("reply_moderation",))
    inspection.reply_moderation = Moderation.PUBLISHED if approve else Moderation.REJECTED
    inspection.save(update_fields=["reply_moderation"])
    audit_record(
        actor=actor,
        verb="inspection.reply_moderated",
        obj=inspection,
        before=before,
        after={**snapshot(inspection, ("reply_moderation",)), "reason": reason},
    )
    if approve:
        notify(
            user=place.owner,
            title=lambda: _("Your reply was published"),
            body=lambda: _(
                "Your reply to the inspection outcome of {place} is now shown beside it."
            ).format(place=place.name),
            link=reverse("places:mine_detail", args=[place.public_id]),
            email=False,
        )
    else:
        notify(
            user=place.owner,
            title=lambda: _("Your reply was not published"),
            body=lambda: _(
                "Your reply to the inspection outcome of {place} was not published: {reason}. "
                "You may write a new reply."
            ).format(place=place.name, reason=reason),
            link=reverse("places:mine_detail", args=[place.public_id]),
        )
    record_refresh(establishment=place)
    return inspection
