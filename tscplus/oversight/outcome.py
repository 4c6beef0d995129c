"""The rule of what the public reads after an inspection: the decision as its appeal and its
corrections case left it. One pure function, used by the public record (the place's page, the
verification page, the registry's filter) and by the open inspection data."""

from __future__ import annotations

from tscplus.oversight.choices import (
    AppealStatus,
    CaseOutcome,
    CaseStatus,
    Decision,
    PublicOutcome,
)


def effective_decision(decision: str, appeal_status: str = "", varied_to: str = "") -> str:
    """The decision that stands: the officer's, or what an appeal varied it to. An overturned
    decision leaves the place as if it had been confirmed."""
    if appeal_status == AppealStatus.OVERTURNED:
        return Decision.CONFIRM
    if appeal_status == AppealStatus.VARIED and varied_to:
        return varied_to
    return decision


def public_outcome(
    decision: str,
    *,
    appeal_status: str = "",
    varied_to: str = "",
    case_status: str = "",
    case_outcome: str = "",
) -> PublicOutcome:
    """Where the place stands after this inspection. Corrections count as required until an
        officer accepts them; a case closed by suspending leaves the place suspended; a suspension whose
    case is accepted is over (the certificate was reinstated). An open appeal
        changes nothing here: the decision stands while it is heard (the page adds "under appeal")."""
    standing = effective_decision(decision, appeal_status, varied_to)
    if standing == Decision.CORRECTIONS:
        if case_status != CaseStatus.CLOSED:
            return PublicOutcome.CORRECTIONS
        if case_outcome == CaseOutcome.SUSPEND:
            return PublicOutcome.SUSPENDED
        if case_outcome == CaseOutcome.VISIT:
            return PublicOutcome.CORRECTIONS  # not yet shown to be fixed: a visit will tell
        return PublicOutcome.MEETS
    if standing == Decision.SUSPEND:
        if case_status == CaseStatus.CLOSED and case_outcome == CaseOutcome.ACCEPTED:
            return PublicOutcome.MEETS  # what the suspension listed was fixed: reinstated
        return PublicOutcome.SUSPENDED
    if standing == Decision.REVOKE:
        return PublicOutcome.REVOKED
    return PublicOutcome.MEETS
