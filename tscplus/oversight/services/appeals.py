"""Appeals and the owner's right to reply: the place's owner contests a decision within the window
(`OVERSIGHT_APPEAL_DAYS`), an officer of the area who did not make it decides the appeal with
reasons; and the owner answers a published outcome once, moderated as replies to ratings are.

Every change here is something the public reads ("under appeal", the appeal's outcome and
reasons, the reply), so each one rebuilds the place's public record in its transaction."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tscplus.assessments import selectors as assessment_selectors
from tscplus.assessments import services as assessment_services
from tscplus.assessments.choices import CertificateStatus
from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.thaidate import format_date
from tscplus.oversight import selectors
from tscplus.oversight.choices import (
    APPEALABLE,
    PUBLIC_DECISION,
    AppealStatus,
    CaseOutcome,
    CaseStatus,
    Decision,
    InspectionStatus,
)
from tscplus.oversight.evidence import evidence_clean
from tscplus.oversight.models import Appeal, Inspection
from tscplus.oversight.outcome import effective_decision
from tscplus.oversight.services.corrections import CASE_DECISIONS, case_mark_closed, case_open
from tscplus.oversight.services.record import record_refresh
from tscplus.places.selectors import establishment_is_overseen_by

if TYPE_CHECKING:
    from django.core.files.base import File

    from tscplus.accounts.models import User
    from tscplus.accounts.types import Viewer
    from tscplus.places.models import Establishment

# What an appeal may vary each decision to: only to a lighter one (an owner is never worse off for
# appealing); varying to "meets the standard" is overturning.
VARY_TO: dict[str, tuple[str, ...]] = {
    Decision.REVOKE: (Decision.SUSPEND, Decision.CORRECTIONS),
    Decision.SUSPEND: (Decision.CORRECTIONS,),
    Decision.CORRECTIONS: (),
}
# The certificate each standing decision leaves the place with, when an appeal changes it.
_CERTIFICATE_AFTER: dict[str, str] = {
    Decision.CONFIRM: CertificateStatus.VALID,
    Decision.CORRECTIONS: CertificateStatus.VALID,
    Decision.SUSPEND: CertificateStatus.SUSPENDED,
}


# --- The rule of the window -----------------------------------------------------------------------


def appeal_last_day(inspection: Inspection) -> datetime.date | None:
    """The last day on which the decision may be appealed: `OVERSIGHT_APPEAL_DAYS` after the day
    it was made (in Thailand)."""
    if inspection.decided_at is None:
        return None
    decided_on = timezone.localdate(inspection.decided_at)
    return decided_on + datetime.timedelta(days=settings.OVERSIGHT_APPEAL_DAYS)


def appeal_possible(inspection: Inspection) -> bool:
    """Whether the owner may still appeal (shown as a link on their page): an appealable decision,
    within the window, not appealed yet."""
    last = appeal_last_day(inspection)
    return (
        inspection.status == InspectionStatus.DONE
        and inspection.decision in APPEALABLE
        and last is not None
        and clock.today() <= last
        and not hasattr(inspection, "appeal")
    )


def appeal_can_decide(user: Viewer, appeal: Appeal) -> bool:
    """An officer who oversees the place and did not make the decision, while the appeal is open."""
    return (
        appeal.status == AppealStatus.OPEN
        and getattr(user, "pk", None) is not None
        and appeal.inspection.officer_id != user.pk
        and establishment_is_overseen_by(user, appeal.establishment)
    )


def owner_only(actor: User, inspection: Inspection) -> None:
    """Only the place's owner appeals or replies; anyone else finds nothing (404)."""
    if inspection.establishment.owner_id != getattr(actor, "pk", None):
        raise Http404("inspection")


# --- Filing an appeal -----------------------------------------------------------------------------


def appeal_file(
    *,
    actor: User,
    inspection: Inspection,
    reasons: str,
    evidence: UploadedFile[bytes] | None = None,
) -> Appeal:
    """The owner appeals a decision. Refused for a decision that cannot be appealed, a second
    appeal, after the last day, without reasons, or with evidence that is not a photo or a PDF.
    The evidence is checked before the transaction opens (a photo takes time to re-encode)."""
    owner_only(actor, inspection)
    reasons = (reasons or "").strip()
    _appeal_refusals(inspection, reasons)
    kept: File[bytes] | None = None
    if evidence:
        kept = evidence_clean(evidence)
    return _appeal_create(actor=actor, inspection=inspection, reasons=reasons, evidence=kept)


def _appeal_refusals(inspection: Inspection, reasons: str) -> None:
    if inspection.status != InspectionStatus.DONE or inspection.decision not in APPEALABLE:
        raise ValidationError(
            _(
                "This decision cannot be appealed: only corrections, suspensions and revocations can."
            ),
            code="not_appealable",
        )
    first = Appeal.objects.filter(inspection=inspection).first()
    if first is not None:
        raise ValidationError(
            _("This decision was already appealed on {date}: {status}.").format(
                date=format_date(first.created_at, "long", reader_language()),
                status=first.get_status_display(),
            ),
            code="already_appealed",
        )
    last = appeal_last_day(inspection)
    if last is None or clock.today() > last:
        raise ValidationError(
            _("The time to appeal this decision ended on {date}.").format(
                date=format_date(last or clock.today(), "long", reader_language())
            ),
            code="too_late",
        )
    if not reasons:
        raise ValidationError({"reasons": _("Say why the decision should change.")})
    if len(reasons) > 2000:
        raise ValidationError({"reasons": _("Keep the reasons to 2,000 characters.")})


@transaction.atomic
def _appeal_create(
    *, actor: User, inspection: Inspection, reasons: str, evidence: File[bytes] | None
) -> Appeal:
    # Held while it is filed: two appeals sent at once cannot both pass the checks.
    inspection = Inspection.objects.select_for_update().get(pk=inspection.pk)
    _appeal_refusals(inspection, reasons)
    place = inspection.establishment
    officer = selectors.appeal_officer_choose(place, excluding=inspection.officer_id)
    today = clock.today()
    appeal = Appeal(
        inspection=inspection,
        establishment=place,
        appellant=actor,
        reasons=reasons,
        respond_by=today + datetime.timedelta(days=settings.OVERSIGHT_APPEAL_DECISION_DAYS),
        officer=officer,
        created_at=clock.now(),
    )
    if evidence is not None:
        appeal.evidence.save(evidence.name or "evidence", evidence, save=False)
    appeal.save()
    audit_record(
        actor=actor,
        verb="appeal.filed",
        obj=appeal,
        after=snapshot(appeal, ("inspection", "reasons", "respond_by", "officer")),
    )
    link = reverse("oversight:appeal", args=[appeal.pk])
    if officer is not None:
        notify(
            user=officer,
            title=lambda: _("An appeal for you to decide"),
            body=lambda: _(
                "{place} appeals the decision “{decision}”. Decide it by {date}."
            ).format(
                place=place.name,
                decision=Decision(inspection.decision).label,
                date=format_date(appeal.respond_by, "long", reader_language()),
            ),
            link=link,
        )
    notify(
        user=actor,
        title=lambda: _("Your appeal was received"),
        body=lambda: _(
            "Your appeal of the decision on {place} was received. An officer who did not make the "
            "decision will decide it by {date}. The decision stays in force meanwhile, and the "
            "public sees that it is under appeal."
        ).format(place=place.name, date=format_date(appeal.respond_by, "long", reader_language())),
        link=link,
    )
    record_refresh(establishment=place)
    return appeal


# --- Deciding an appeal ---------------------------------------------------------------------------


@transaction.atomic
def appeal_decide(
    *, actor: User, appeal: Appeal, status: str, reason: str, varied_to: str = ""
) -> Appeal:
    """An officer of the area who did not make the decision upholds, overturns or varies it, with
    reasons. Overturning or varying puts the certificate where the decision that now stands leaves
    it; overturned corrections close their case. The owner is told, with the reasons."""
    appeal = Appeal.objects.select_for_update().select_related("inspection").get(pk=appeal.pk)
    inspection = appeal.inspection
    place = appeal.establishment
    if not establishment_is_overseen_by(actor, place):
        raise Http404("appeal")
    if inspection.officer_id == actor.pk:
        raise ValidationError(
            _("You made this decision: another officer of the area decides its appeal."),
            code="own_decision",
        )
    if appeal.status != AppealStatus.OPEN:
        raise ValidationError(
            _("This appeal was already decided: {status}.").format(
                status=appeal.get_status_display()
            ),
            code="decided",
        )
    reason = (reason or "").strip()
    varied_to = varied_to if status == AppealStatus.VARIED else ""
    _outcome_check(inspection, status=status, reason=reason, varied_to=varied_to)
    before = snapshot(appeal, ("status", "varied_to"))
    standing = effective_decision(inspection.decision, status, varied_to)
    if standing != inspection.decision:
        _certificate_follow(actor=actor, place=place, decision=inspection.decision, now=standing)
        _case_follow(actor=actor, inspection=inspection, standing=standing, reason=reason)
    appeal.status = status
    appeal.varied_to = varied_to
    appeal.outcome_reason = reason
    appeal.decided_by = actor
    appeal.decided_at = clock.now()
    appeal.save(update_fields=["status", "varied_to", "outcome_reason", "decided_by", "decided_at"])
    audit_record(
        actor=actor,
        verb="appeal.decided",
        obj=appeal,
        before=before,
        after=snapshot(appeal, ("status", "varied_to", "outcome_reason")),
    )
    _owner_tell_outcome(appeal)
    record_refresh(establishment=place)
    outbox_enqueue("oversight.risk_refresh", establishment_id=place.pk)
    return appeal


def _outcome_check(inspection: Inspection, *, status: str, reason: str, varied_to: str) -> None:
    decided = (AppealStatus.UPHELD, AppealStatus.OVERTURNED, AppealStatus.VARIED)
    if status not in decided:
        raise ValidationError({"status": _("Choose an outcome: upheld, overturned or varied.")})
    if not reason:
        raise ValidationError(
            {"reason": _("Give the reasons: the owner and the public read them.")}
        )
    if len(reason) > 2000:
        raise ValidationError({"reason": _("Keep the reasons to 2,000 characters.")})
    if status == AppealStatus.VARIED and varied_to not in VARY_TO.get(inspection.decision, ()):
        allowed = VARY_TO.get(inspection.decision, ())
        if not allowed:
            message = _("This decision cannot be varied: uphold or overturn it.")
        else:
            message = _("Vary it to a lighter decision: {choices}.").format(
                choices=", ".join(str(Decision(d).label) for d in allowed)
            )
        raise ValidationError({"varied_to": message})


def _certificate_follow(*, actor: User, place: Establishment, decision: str, now: str) -> None:
    """Move the certificate from where `decision` left it to where the decision that now stands
    leaves it. Nothing moves when the certificate is no longer as the decision left it (it expired,
    or the place was certified again since)."""
    target = _CERTIFICATE_AFTER.get(now)
    if decision == Decision.SUSPEND:
        certificate = assessment_selectors.certificate_current_for_place(place)
        if certificate is None or certificate.status != CertificateStatus.SUSPENDED:
            return
    elif decision == Decision.REVOKE:
        certificate = assessment_selectors.certificate_revoked_latest_for_place(place)
        if certificate is None:
            return
    else:
        return  # corrections left the certificate as it was
    reason = _("Decision changed on appeal.")
    if certificate.status == CertificateStatus.REVOKED:
        # The only way back from a revocation (assessments' APPEAL_ONLY_TRANSITIONS).
        certificate = assessment_services.certificate_set_status(
            actor=actor,
            certificate=certificate,
            status=CertificateStatus.VALID,
            reason=reason,
            on_appeal=True,
        )
    if target and target != certificate.status:
        assessment_services.certificate_set_status(
            actor=actor, certificate=certificate, status=target, reason=reason
        )


def _case_follow(*, actor: User, inspection: Inspection, standing: str, reason: str) -> None:
    """The corrections case follows the decision that now stands: an overturned one closes its
    case; a revocation varied to a suspension or to corrections opens one (what to fix, by when)."""
    case = getattr(inspection, "case", None)
    if standing not in CASE_DECISIONS:
        if case is not None and case.status != CaseStatus.CLOSED:
            case_mark_closed(actor=actor, case=case, outcome=CaseOutcome.OVERTURNED, reason=reason)
    elif case is None:
        case_open(actor=actor, inspection=inspection, decision=standing)


def _owner_tell_outcome(appeal: Appeal) -> None:
    place = appeal.establishment
    inspection = appeal.inspection

    def body() -> str:
        text = _("The appeal of the decision “{decision}”: {outcome}.").format(
            decision=PUBLIC_DECISION[inspection.decision], outcome=appeal.get_status_display()
        )
        if appeal.varied_to:
            text += " " + _("The decision now is: {decision}.").format(
                decision=PUBLIC_DECISION[appeal.varied_to]
            )
        return text + " " + _("Reasons: {reason}").format(reason=appeal.outcome_reason)

    notify(
        user=appeal.appellant,
        title=lambda: _("Your appeal on {place} was decided").format(place=place.name),
        body=body,
        link=reverse("oversight:appeal", args=[appeal.pk]),
    )
