from django.db import models
from django.utils.translation import gettext_lazy as _


class AssessmentKind(models.TextChoices):
    SELF = "self", _("Self-assessment")
    INSPECTION = "inspection", _("Inspection")


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REASSESSMENT_DUE = "reassessment_due", _("Re-assessment due")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


# A certificate in force: it may be printed and shown, suspended or revoked, and it stands for the
# place. The one definition of it.
IN_FORCE = (CertificateStatus.VALID, CertificateStatus.REASSESSMENT_DUE)


# Moves a certificate may make, and nothing else.
CERTIFICATE_TRANSITIONS: dict[str, set[str]] = {
    CertificateStatus.VALID: {
        CertificateStatus.REASSESSMENT_DUE,
        CertificateStatus.SUSPENDED,
        CertificateStatus.REVOKED,
        CertificateStatus.EXPIRED,
    },
    CertificateStatus.REASSESSMENT_DUE: {
        CertificateStatus.SUSPENDED,
        CertificateStatus.REVOKED,
        CertificateStatus.EXPIRED,
    },
    CertificateStatus.SUSPENDED: {
        CertificateStatus.VALID,
        CertificateStatus.REVOKED,
        CertificateStatus.EXPIRED,
    },
    # Only an appeal that overturns (or varies) a revocation uses this move: `certificate_set_status`
    # refuses it unless called with `on_appeal=True`, which only oversight's appeal service passes
    # (an officer's "reinstate" applies to suspended certificates only, the admin action too).
    CertificateStatus.REVOKED: {CertificateStatus.VALID},
    CertificateStatus.EXPIRED: set(),
}
# Moves allowed only when an appeal undoes the decision that made them.
APPEAL_ONLY_TRANSITIONS: frozenset[tuple[str, str]] = frozenset(
    {(CertificateStatus.REVOKED, CertificateStatus.VALID)}
)
