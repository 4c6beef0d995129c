"""Inspections from plan to decision: who may record and decide a visit, and what each decision does."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tscplus.assessments import selectors as assessment_selectors
from tscplus.assessments import services as assessment_services
from tscplus.assessments.choices import (
    IN_FORCE,
    AssessmentKind,
    AssessmentStatus,
    CertificateStatus,
)
from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.thaidate import format_date
from tscplus.oversight import escalation, selectors
from tscplus.oversight.choices import Decision, InspectionStatus
from tscplus.oversight.models import Inspection
from tscplus.oversight.services.corrections import (
    CASE_DECISIONS,
    case_open,
    corrections_default_due,
)
from tscplus.oversight.services.record import record_refresh
from tscplus.places.selectors import establishment_is_overseen_by

if TYPE_CHECKING:
    from tscplus.accounts.models import User
    from tscplus.assessments.models import Assessment
    from tscplus.places.models import Establishment
    from tscplus.standards.models import StandardVersion


@transaction.atomic
def inspection_plan(
    *, actor: User, establishment: Establishment, officer: User, planned_for: datetime.date
) -> Inspection:
    """Plan a visit by an officer who oversees the place's area."""
    if not establishment_is_overseen_by(officer, establishment):
        raise ValidationError({"officer": _("This officer does not oversee the place's area.")})
    if planned_for < clock.today():
        raise ValidationError({"planned_for": _("Choose today or a later date.")})
    inspection = Inspection.objects.create(
        establishment=establishment, officer=officer, planned_for=planned_for
    )
    audit_record(
        actor=actor,
        verb="inspection.planned",
        obj=inspection,
        after=snapshot(inspection, ("establishment", "officer", "planned_for")),
    )
    if officer != actor:
        notify(
            user=officer,
            title=lambda: _("An inspection was planned for you"),
            body=lambda: _("{place} on {date}.").format(
                place=establishment.name,
                date=format_date(planned_for, "long", reader_language()),
            ),
            link=reverse("oversight:inspection", args=[inspection.pk]),
        )
    return inspection


def _require_visit_officer(actor: User, inspection: Inspection) -> None:
    """A visit is recorded and decided by its own officer (an administrator may stand in):
    another officer of the area plans a visit of their own."""
    from tscplus.accounts.choices import Role
    from tscplus.accounts.permissions import holds_role

    if inspection.officer_id != getattr(actor, "pk", None) and not holds_role(
        actor, Role.ADMINISTRATOR
    ):
        raise ValidationError(
            _("This visit is {officer}'s: only they record and decide it.").format(
                officer=inspection.officer.full_name or _("another officer")
            ),
            code="not_yours",
        )


@transaction.atomic
def inspection_start(
    *, actor: User, inspection: Inspection, version: StandardVersion | None = None
) -> Assessment:
    """Open the visit's checklist: the place's standard (or the `version` a record made offline
    was answered on), as an assessment of kind "inspection" that only this officer answers.
    Starting again resumes it."""
    _require_visit_officer(actor, inspection)
    if inspection.status != InspectionStatus.PLANNED:
        raise ValidationError(_("This inspection is closed."), code="closed")
    if inspection.assessment is not None:
        return inspection.assessment
    version = version or selectors.inspection_checklist_version(inspection.establishment)
    if version is None:
        raise ValidationError(
            _("No standard is in force for this type of place."), code="no_standard"
        )
    assessment = assessment_services.assessment_start(
        actor=actor,
        establishment=inspection.establishment,
        version=version,
        kind=AssessmentKind.INSPECTION,
    )
    inspection.assessment = assessment
    inspection.save(update_fields=["assessment"])
    audit_record(
        actor=actor,
        verb="inspection.started",
        obj=inspection,
        after=snapshot(inspection, ("assessment",)),
    )
    return assessment


_CERTIFICATE_STATUS: dict[str, CertificateStatus] = {
    Decision.SUSPEND: CertificateStatus.SUSPENDED,
    Decision.REVOKE: CertificateStatus.REVOKED,
    Decision.REINSTATE: CertificateStatus.VALID,
}
# What each decision may act on: only a certificate in force is suspended, only a suspended one
# is reinstated (an expired one is earned again by assessing), a revoked one stays revoked.
_APPLIES_TO: dict[str, set[str]] = {
    Decision.SUSPEND: set(IN_FORCE),
    Decision.REVOKE: {*IN_FORCE, CertificateStatus.SUSPENDED},
    Decision.REINSTATE: {CertificateStatus.SUSPENDED},
}


@transaction.atomic
def inspection_decide(
    *,
    actor: User,
    inspection: Inspection,
    decision: str,
    reason: str = "",
    corrections_due: datetime.date | None = None,
) -> Inspection:
    """Close a recorded visit with a decision. Suspending, revoking or reinstating changes the
    certificate at once (the verification page says so on the next scan); the operator is told,
    with the reasons."""
    _require_visit_officer(actor, inspection)
    if decision == Decision.CORRECTIONS and corrections_due is None:
        corrections_due = corrections_default_due()  # the officer may name another date
    reason = _decision_check(
        inspection=inspection, decision=decision, reason=reason, corrections_due=corrections_due
    )
    place = inspection.establishment
    standing = selectors.standing_decisions(place.pk, clock.today())  # before this one counts
    escalated = escalation.applied(decision, standing)
    if escalated != decision:
        # The repeat-breach rule applies (the officer and the owner were shown it beforehand).
        reason = f"{reason}\n" + _(
            "The rule of repeat breaches applies: the certificate is revoked instead of suspended."
        )
        decision = escalated
    if decision in _CERTIFICATE_STATUS:
        _certificate_decide(actor=actor, place=place, decision=decision, reason=reason)
    _inspection_close(
        actor=actor,
        inspection=inspection,
        decision=decision,
        reason=reason,
        corrections_due=corrections_due,
    )
    case = None
    if decision in CASE_DECISIONS:
        # What to fix, by when; the repeat-breach rule may say evidence alone cannot close it.
        visit_required = escalation.VISIT in escalation.effects_of(decision, standing)
        case = case_open(actor=actor, inspection=inspection, visit_required=visit_required)
    else:
        record_refresh(establishment=place)  # case_open refreshes it itself
    _operator_tell(
        place,
        decision=decision,
        reason=reason,
        due=case.due_on if case else None,
        link=reverse("oversight:case_mine", args=[case.pk]) if case else "",
    )
    outbox_enqueue("oversight.risk_refresh", establishment_id=place.pk)
    return inspection


def _decision_check(
    *,
    inspection: Inspection,
    decision: str,
    reason: str,
    corrections_due: datetime.date | None,
) -> str:
    """The reasons, trimmed; or a refusal: the visit is closed or not recorded yet, the decision
    is unknown, it needs reasons the operator can read, or corrections need a future date."""
    if inspection.status != InspectionStatus.PLANNED:
        raise ValidationError(_("This inspection is closed."), code="closed")
    if inspection.assessment is None or inspection.assessment.status != AssessmentStatus.SUBMITTED:
        raise ValidationError(_("Record the visit with the checklist first."), code="not_recorded")
    if decision not in Decision.values:
        raise ValidationError({"decision": _("Choose a decision from the list.")})
    reason = (reason or "").strip()
    if decision != Decision.CONFIRM and not reason:
        raise ValidationError({"reason": _("Give the reasons: the operator reads them.")})
    if decision == Decision.CORRECTIONS and (
        corrections_due is None or corrections_due <= clock.today()
    ):
        raise ValidationError(
            {"corrections_due": _("Give a date after today for the corrections.")}
        )
    return reason


def _certificate_decide(*, actor: User, place: Establishment, decision: str, reason: str) -> None:
    """Suspend, revoke or reinstate the place's current certificate through its owner's service,
    when the decision applies to the status it is in."""
    certificate = assessment_selectors.certificate_current_for_place(place)
    if certificate is None:
        raise ValidationError({"decision": _("This place has no certificate to act on.")})
    if certificate.live_status not in _APPLIES_TO[decision]:
        raise ValidationError(
            {
                "decision": _("“{decision}” does not apply: the certificate is “{status}”.").format(
                    decision=Decision(decision).label, status=certificate.live_status_label
                )
            }
        )
    assessment_services.certificate_set_status(
        actor=actor,
        certificate=certificate,
        status=_CERTIFICATE_STATUS[decision],
        reason=reason,
    )


def _inspection_close(
    *,
    actor: User,
    inspection: Inspection,
    decision: str,
    reason: str,
    corrections_due: datetime.date | None,
) -> None:
    """Record the decision on the visit and close it, with its audit row."""
    before = snapshot(inspection, ("status", "decision"))
    inspection.decision = decision
    inspection.reason = reason
    inspection.corrections_due = corrections_due if decision == Decision.CORRECTIONS else None
    inspection.status = InspectionStatus.DONE
    inspection.decided_at = timezone.now()
    inspection.save(update_fields=["decision", "reason", "corrections_due", "status", "decided_at"])
    audit_record(
        actor=actor,
        verb="inspection.decided",
        obj=inspection,
        before=before,
        after=snapshot(inspection, ("status", "decision", "reason", "corrections_due")),
    )


def _operator_tell(
    place: Establishment,
    *,
    decision: str,
    reason: str,
    due: datetime.date | None,
    link: str = "",
) -> None:
    """Tell the place's owner the decision, the reasons and any date for corrections; the text is
    written when it is sent, in the owner's language."""

    def body() -> str:
        text = _("Decision: {decision}.").format(decision=Decision(decision).label)
        if reason:
            text += " " + _("Reasons: {reason}").format(reason=reason)
        if due:
            text += " " + _("Corrections are due by {date}.").format(
                date=format_date(due, "long", reader_language())
            )
        return text

    notify(
        user=place.owner,
        title=lambda: _("Decision after the inspection of {place}").format(place=place.name),
        body=body,
        link=link or reverse("places:mine_detail", args=[place.public_id]),
    )
