"""Corrections cases: what a decision asked the owner to fix, the owner's answers item by item,
the reminders before the deadline, and how an officer closes the case.

A case opens with a decision requiring corrections (by its date) and with a suspension (what to fix
to have the certificate back, by `OVERSIGHT_CORRECTIONS_DAYS`). Its items are the checklist's
failed items. The owner answers each with what was done and a photo or PDF, or asks for a visit;
an officer of the area closes it: accepted (a suspended certificate is reinstated), a visit
planned, or the certificate suspended. When the repeat-breach rule (oversight/escalation.py) says
so, evidence alone cannot close it: an officer must have visited since it opened."""

from __future__ import annotations

import datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tscplus.assessments import selectors as assessment_selectors
from tscplus.assessments import services as assessment_services
from tscplus.assessments.choices import IN_FORCE, CertificateStatus
from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.language import reader_language
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.core.services import model_update
from tscplus.core.thaidate import format_date
from tscplus.oversight import selectors
from tscplus.oversight.choices import CLOSE_OUTCOMES, CaseOutcome, CaseStatus, Decision
from tscplus.oversight.evidence import evidence_clean
from tscplus.oversight.models import CorrectionCase, CorrectionItem
from tscplus.oversight.services.record import record_refresh
from tscplus.places.selectors import establishment_is_overseen_by

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from tscplus.accounts.models import User
    from tscplus.oversight.models import Inspection
    from tscplus.places.models import Establishment

# The decisions that open a case: corrections by a date, and a suspension (what to fix to be
# reinstated). A revocation opens none: a revoked certificate is earned again by assessing.
CASE_DECISIONS = (Decision.CORRECTIONS, Decision.SUSPEND)


def corrections_default_due(today: datetime.date | None = None) -> datetime.date:
    """The deadline when the decision names none: `OVERSIGHT_CORRECTIONS_DAYS` from today."""
    return (today or clock.today()) + datetime.timedelta(days=settings.OVERSIGHT_CORRECTIONS_DAYS)


def case_link(case: CorrectionCase, *, owner: bool) -> str:
    return reverse("oversight:case_mine" if owner else "oversight:case", args=[case.pk])


@transaction.atomic
def case_open(
    *,
    actor: User | None,
    inspection: Inspection,
    visit_required: bool = False,
    decision: str = "",
) -> CorrectionCase:
    """Open the case of a decision requiring corrections or suspending: the checklist's failed
    items, and the deadline (the decision's, or `OVERSIGHT_CORRECTIONS_DAYS` for a suspension).
    `decision` is the one that stands when an appeal varied the inspection's own."""
    if (decision or inspection.decision) not in CASE_DECISIONS:
        raise ValidationError(_("This decision asks for no corrections."), code="no_case")
    due = inspection.corrections_due or corrections_default_due()
    case = CorrectionCase.objects.create(
        inspection=inspection,
        establishment=inspection.establishment,
        due_on=due,
        visit_required=visit_required,
        created_at=clock.now(),  # the reminders count from the platform's day
    )
    CorrectionItem.objects.bulk_create(
        CorrectionItem(case=case, item_id=item_id)
        for item_id in selectors.failed_item_ids(inspection.assessment_id)
    )
    audit_record(
        actor=actor,
        verb="correction_case.opened",
        obj=case,
        after=snapshot(case, ("inspection", "establishment", "due_on", "visit_required")),
    )
    record_refresh(establishment=inspection.establishment)
    return case


def _owner_check(actor: User, case: CorrectionCase) -> None:
    """Only the place's owner answers; anyone else finds nothing (404)."""
    if case.establishment.owner_id != getattr(actor, "pk", None):
        raise Http404("case")


def _open_check(case: CorrectionCase) -> None:
    if case.status != CaseStatus.OPEN:
        raise ValidationError(_("This case is closed: nothing more can be sent."), code="closed")


def officer_tell(case: CorrectionCase, *, title: Any, body: Any) -> None:
    notify(
        user=case.inspection.officer,
        title=title,
        body=body,
        link=case_link(case, owner=False),
    )


@transaction.atomic
def case_item_answer(
    *,
    actor: User,
    item: CorrectionItem,
    answer: str,
    evidence: UploadedFile[bytes] | None = None,
) -> CorrectionItem:
    """The owner says what was done about one item, with a photo or PDF (a later answer
    replaces the earlier one; its evidence stays unless a new file is sent). The officer of the
    inspection is told."""
    case = CorrectionCase.objects.select_for_update().get(pk=item.case_id)
    _owner_check(actor, case)
    _open_check(case)
    errors: dict[str, list[str]] = {}
    answer = (answer or "").strip()
    if not answer:
        errors["answer"] = [_("Say what was done to correct this item.")]
    elif len(answer) > 1000:
        errors["answer"] = [_("Keep it within 1,000 characters.")]
    if not evidence and not item.evidence:
        errors["evidence"] = [_("Send a photo or a PDF that shows the correction.")]
    if errors:
        raise ValidationError(errors)
    cleaned = evidence_clean(evidence) if evidence else None
    before = snapshot(item, ("answer", "evidence"))
    item.answer = answer
    if cleaned is not None:
        extension = PurePosixPath(cleaned.name or "").suffix.lower()
        item.evidence.save(f"{item.item.code}{extension}", cleaned, save=False)
    item.answered_at = timezone.now()
    item.save(update_fields=["answer", "evidence", "answered_at"])
    audit_record(
        actor=actor,
        verb="correction_item.answered",
        obj=item,
        before=before,
        after=snapshot(item, ("answer", "evidence", "answered_at")),
    )
    place = case.establishment
    officer_tell(
        case,
        title=lambda: _("{place} answered a correction").format(place=place.name),
        body=lambda: _("Item {code}: {answer}").format(code=item.item.code, answer=answer),
    )
    return item


@transaction.atomic
def case_visit_request(*, actor: User, case: CorrectionCase) -> CorrectionCase:
    """The owner asks an officer to come and see the corrections (asked once: asking again
    changes nothing). The officer of the inspection is told."""
    case = (
        CorrectionCase.objects.select_for_update().select_related("establishment").get(pk=case.pk)
    )
    _owner_check(actor, case)
    _open_check(case)
    if case.visit_requested_at is not None:
        return case
    case.visit_requested_at = timezone.now()
    case.save(update_fields=["visit_requested_at"])
    audit_record(
        actor=actor,
        verb="correction_case.visit_requested",
        obj=case,
        after=snapshot(case, ("visit_requested_at",)),
    )
    place = case.establishment
    officer_tell(
        case,
        title=lambda: _("{place} asks for a visit").format(place=place.name),
        body=lambda: _(
            "The owner asks an officer to come and check the corrections, due by {date}."
        ).format(date=format_date(case.due_on, "long", reader_language())),
    )
    return case


def _close_check(
    *,
    actor: User,
    case: CorrectionCase,
    outcome: str,
    reason: str,
    visit_on: datetime.date | None,
) -> str:
    """The reasons, trimmed; or a refusal saying what is missing."""
    if not establishment_is_overseen_by(actor, case.establishment):
        raise Http404("case")
    _open_check(case)
    if outcome not in CLOSE_OUTCOMES:
        raise ValidationError({"outcome": _("Choose how to close the case from the list.")})
    reason = (reason or "").strip()
    if outcome != CaseOutcome.ACCEPTED and not reason:
        raise ValidationError({"reason": _("Give the reasons: the operator reads them.")})
    if outcome == CaseOutcome.VISIT and visit_on is None:
        raise ValidationError({"visit_on": _("Give the date of the visit.")})
    if outcome == CaseOutcome.ACCEPTED and not selectors.case_visit_recorded(case):
        if case.visit_required:
            raise ValidationError(
                {
                    "outcome": _(
                        "This case needs an officer's visit before it is accepted (the rule of "
                        "repeat breaches): plan a visit, record it, then accept."
                    )
                },
                code="visit_required",
            )
        if case.items.filter(answered_at__isnull=True).exists():
            raise ValidationError(
                {
                    "outcome": _(
                        "Some items have no answer yet: accept when every item is answered, "
                        "or after a visit."
                    )
                },
                code="unanswered",
            )
    return reason


def _certificate_after_close(
    *, actor: User, case: CorrectionCase, outcome: str, reason: str
) -> None:
    """Accepting a suspension's case reinstates the certificate if it is still suspended;
    closing by suspending suspends a certificate in force (one already suspended stays so)."""
    certificate = assessment_selectors.certificate_current_for_place(case.establishment)
    status = certificate.live_status if certificate else ""
    if outcome == CaseOutcome.ACCEPTED:
        if (
            certificate is not None
            and case.inspection.decision == Decision.SUSPEND
            and status == CertificateStatus.SUSPENDED
        ):
            assessment_services.certificate_set_status(
                actor=actor,
                certificate=certificate,
                status=CertificateStatus.VALID,
                reason=reason or _("Corrections accepted."),
            )
    elif outcome == CaseOutcome.SUSPEND:
        if certificate is not None and status in IN_FORCE:
            assessment_services.certificate_set_status(
                actor=actor,
                certificate=certificate,
                status=CertificateStatus.SUSPENDED,
                reason=reason,
            )
        elif status != CertificateStatus.SUSPENDED:
            raise ValidationError(
                {"outcome": _("This place has no certificate in force to suspend.")},
                code="no_certificate",
            )


def _visit_plan(*, actor: User, place: Establishment, visit_on: datetime.date) -> None:
    """Closing with "visit" plans the visit, by the closing officer, on the day given."""
    from tscplus.oversight.services.inspections import inspection_plan

    try:
        inspection_plan(actor=actor, establishment=place, officer=actor, planned_for=visit_on)
    except ValidationError as exc:
        raise ValidationError(
            {"visit_on" if k == "planned_for" else k: v for k, v in exc.message_dict.items()}
        ) from exc


def case_mark_closed(*, actor: User, case: CorrectionCase, outcome: str, reason: str) -> None:
    """Record how the case closed, with its audit row: by an officer here, or by an appeal that
    overturned the decision (services/appeals.py)."""
    model_update(
        instance=case,
        data={
            "status": CaseStatus.CLOSED,
            "outcome": outcome,
            "outcome_reason": reason,
            "closed_by": actor,
            "closed_at": timezone.now(),
        },
        actor=actor,
        verb="correction_case.closed",
        audited=("status", "outcome", "outcome_reason", "closed_by"),
        clean=False,
    )


def _owner_tell_closed(
    case: CorrectionCase, *, outcome: str, reason: str, visit_on: datetime.date | None
) -> None:
    place = case.establishment

    def body() -> str:
        text = _("Outcome: {outcome}.").format(outcome=CaseOutcome(outcome).label)
        if reason:
            text += " " + _("Reasons: {reason}").format(reason=reason)
        if outcome == CaseOutcome.VISIT and visit_on:
            text += " " + _("An officer will visit on {date}.").format(
                date=format_date(visit_on, "long", reader_language())
            )
        return text

    notify(
        user=place.owner,
        title=lambda: _("Corrections case of {place} closed").format(place=place.name),
        body=body,
        link=case_link(case, owner=True),
    )


@transaction.atomic
def case_close(
    *,
    actor: User,
    case: CorrectionCase,
    outcome: str,
    reason: str = "",
    visit_on: datetime.date | None = None,
) -> CorrectionCase:
    """An officer of the area closes the case: the corrections accepted, a visit planned (an
    inspection by this officer on `visit_on`), or the certificate suspended; always with reasons
    but for an acceptance. The owner is told; the public record and the risk score follow."""
    case = (
        CorrectionCase.objects.select_for_update()
        .select_related("establishment", "inspection")
        .get(pk=case.pk)
    )
    reason = _close_check(actor=actor, case=case, outcome=outcome, reason=reason, visit_on=visit_on)
    place = case.establishment
    if outcome == CaseOutcome.VISIT:
        assert visit_on is not None  # checked above
        _visit_plan(actor=actor, place=place, visit_on=visit_on)
    _certificate_after_close(actor=actor, case=case, outcome=outcome, reason=reason)
    case_mark_closed(actor=actor, case=case, outcome=outcome, reason=reason)
    _owner_tell_closed(case, outcome=outcome, reason=reason, visit_on=visit_on)
    record_refresh(establishment=place)
    outbox_enqueue("oversight.risk_refresh", establishment_id=place.pk)
    return case
