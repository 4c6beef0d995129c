"""Every write about assessments and certificates: start, answer, submit, issue, change status.

Each service is atomic and audited. Scoring is `tscplus.standards.scoring.score`, nothing else."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils.translation import gettext as _

from tscplus.assessments import validity
from tscplus.assessments.choices import (
    IN_FORCE,
    AssessmentKind,
    AssessmentStatus,
    CertificateStatus,
)
from tscplus.assessments.events import ASSESSMENT_SUBMITTED, CERTIFICATE_STATUS_CHANGED
from tscplus.assessments.models import Answer, Assessment, Certificate, CertificateSequence
from tscplus.assessments.verify_cache import verify_page_forget
from tscplus.core import clock, thaidate
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.language import reader_language
from tscplus.core.photos import photo_clean
from tscplus.core.ratelimit import RateLimit
from tscplus.core.services import model_update
from tscplus.places.choices import Certification
from tscplus.places.services import establishment_set_certification
from tscplus.standards import selectors as standard_selectors
from tscplus.standards.choices import AnswerValue
from tscplus.standards.scoring import ItemRule, ScoreResult, score

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.db.models import QuerySet

    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment
    from tscplus.standards.models import Item, StandardVersion

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
    CertificateStatus.REVOKED: set(),
    CertificateStatus.EXPIRED: set(),
}
LIVE_STATUSES = IN_FORCE


def versions_for(establishment: Establishment) -> QuerySet[StandardVersion]:
    """The active versions of the standards that apply to this establishment's setting group."""
    return standard_selectors.versions_in_force(group_id=establishment.category.group_id)


@transaction.atomic
def assessment_start(
    *,
    actor: User,
    establishment: Establishment,
    version: StandardVersion,
    kind: str = AssessmentKind.SELF,
) -> Assessment:
    """Start (or resume) a draft assessment. A second start of the same standard resumes the draft."""
    if not versions_for(establishment).filter(pk=version.pk).exists():
        raise ValidationError(
            {"version": _("This standard does not apply to this place, or it is not in force.")}
        )
    draft = Assessment.objects.filter(
        establishment=establishment, version=version, kind=kind, status=AssessmentStatus.DRAFT
    ).first()
    if draft is not None:
        return draft
    assessment = Assessment.objects.create(
        establishment=establishment, version=version, kind=kind, created_by=actor
    )
    audit_record(
        actor=actor,
        verb="assessment.started",
        obj=assessment,
        after=snapshot(assessment, ("establishment", "version", "kind")),
    )
    return assessment


def _locked(assessment: Assessment) -> ValidationError:
    return ValidationError(
        _(
            "This assessment has been submitted and can no longer be changed. Start a re-assessment instead."
        ),
        code="submitted",
    )


@transaction.atomic
def assessment_save_answers(
    *,
    actor: User,
    assessment: Assessment,
    answers: dict[int, dict[str, str]],
    photos: dict[int, Any] | None = None,
) -> list[Answer]:
    """Save answers (item id -> {"value", "note"}) and photos (item id -> upload). All or nothing:
    an unknown item, a wrong value or a bad photo refuses the whole batch, saving none of it."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.status != AssessmentStatus.DRAFT:
        raise _locked(assessment)
    photos = photos or {}
    items = {item.pk: item for item in assessment.version.items.all()}
    unknown = sorted(set(answers) - set(items)) + sorted(set(photos) - set(items))
    if unknown:
        raise ValidationError(
            {
                "answers": _("These items are not in this standard version: {items}").format(
                    items=", ".join(str(i) for i in unknown)
                )
            }
        )
    errors: dict[str, list[str]] = {}
    cleaned_photos = {}
    for item_id, data in answers.items():
        value = data.get("value", "")
        item = items[item_id]
        if value not in AnswerValue.values:
            errors.setdefault(item.code, []).append(_("Choose pass, fail or not applicable."))
        elif value == AnswerValue.NOT_APPLICABLE and not item.allow_na:
            errors.setdefault(item.code, []).append(
                _("“Not applicable” is not allowed for this item.")
            )
        if len(data.get("note", "")) > 500:
            errors.setdefault(item.code, []).append(_("Keep the note under 500 characters."))
    for item_id, upload in photos.items():
        try:
            cleaned_photos[item_id] = photo_clean(upload)
        except ValidationError as exc:
            errors.setdefault(items[item_id].code, []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    saved = []
    existing = {
        a.item_id: a for a in assessment.answers.filter(item_id__in=set(answers) | set(photos))
    }
    for item_id in sorted(set(answers) | set(photos)):
        answer = existing.get(item_id) or Answer(assessment=assessment, item=items[item_id])
        if item_id in answers:
            answer.value = answers[item_id]["value"]
            answer.note = answers[item_id].get("note", "").strip()
        if not answer.value:
            raise ValidationError(
                {items[item_id].code: [_("Answer the item before adding a photo.")]}
            )
        if item_id in cleaned_photos:
            if answer.evidence:
                answer.evidence.delete(save=False)
            answer.evidence.save("evidence.jpg", cleaned_photos[item_id], save=False)
        answer.save()
        saved.append(answer)
    audit_record(
        actor=actor,
        verb="assessment.answers_saved",
        obj=assessment,
        after={"items": [items[a.item_id].code for a in saved]},
    )
    return saved


def assessment_result(
    assessment: Assessment,
    answers: list[Answer] | None = None,
    items: Iterable[Item] | None = None,
) -> tuple[ScoreResult, list[Item]]:
    """Score the answers as they stand (for the review page and for submission)."""
    items = list(items if items is not None else assessment.version.items.all())
    given = answers if answers is not None else assessment.answers.all()
    rules = [ItemRule(i.pk, i.essential, i.weight, i.allow_na) for i in items]
    values = {a.item_id: a.value for a in given}
    return score(rules, values, assessment.version.pass_threshold), items


@transaction.atomic
def assessment_submit(*, actor: User, assessment: Assessment) -> Assessment:
    """Score on the server and, on a pass, issue the certificate. Submitting twice (a double tap, a
    retry after a time-out) returns the first result: one assessment, one certificate."""
    # Everything the certificate needs is read with the locked row: one query instead of six.
    assessment = (
        Assessment.objects.select_for_update(of=("self",))
        .select_related(
            "version__standard",
            "establishment__category",
            "establishment__district",
            "establishment__province",
        )
        .get(pk=assessment.pk)
    )
    if assessment.status == AssessmentStatus.SUBMITTED:
        return assessment
    # Only what scoring and the photo check read (and the key the related manager checks),
    # without the display order's joins.
    answers = list(
        assessment.answers.order_by().only("id", "assessment_id", "item_id", "value", "evidence")
    )
    result, items = assessment_result(
        assessment,
        answers,
        assessment.version.items.only(
            "id", "version_id", "code", "essential", "weight", "allow_na", "evidence_required"
        ),
    )
    by_id = {i.pk: i for i in items}
    if not result.complete:
        missing = [by_id[i].code for i in result.missing]
        raise ValidationError(
            {"missing": missing, "detail": [_("Answer every item before you submit.")]},
            code="incomplete",
        )
    # A photo backs up a "pass" on items that ask for one; a fail or "not applicable" needs none.
    answered = {a.item_id: a for a in answers}
    no_photo = [
        i.code
        for i in items
        if i.evidence_required
        and answered[i.pk].value == AnswerValue.PASS
        and not answered[i.pk].evidence
    ]
    if no_photo:
        raise ValidationError(
            {"missing_photos": no_photo, "detail": [_("Add a photo to the items that need one.")]},
            code="photos",
        )
    assessment.score = result.score
    assessment.passed = result.passed
    assessment.status = AssessmentStatus.SUBMITTED
    assessment.submitted_at = clock.now()
    assessment.save(update_fields=["score", "passed", "status", "submitted_at"])
    audit_record(
        actor=actor,
        verb="assessment.submitted",
        obj=assessment,
        after=snapshot(assessment, ("score", "passed")),
    )
    # An inspection records what an officer saw; what follows is their decision, never a certificate.
    if result.passed and assessment.kind == AssessmentKind.SELF:
        _certificate_issue(actor=actor, assessment=assessment)
    announce(
        ASSESSMENT_SUBMITTED,
        establishment_id=assessment.establishment_id,
        assessment_id=assessment.pk,
        kind=assessment.kind,
        passed=assessment.passed,
    )
    return assessment


def _next_number(establishment: Establishment, when: datetime.datetime) -> str:
    """The next number of the province's year, in one statement that creates the counter or
    raises it and locks its row until the transaction ends: two issues at once wait for each
    other, and a rolled-back issue gives its number back, so numbers are gap-free."""
    year = thaidate.be_year(when)
    table = connection.ops.quote_name(CertificateSequence._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (province_id, be_year, last_number) VALUES (%s, %s, 1)"  # noqa: S608
            f" ON CONFLICT (province_id, be_year) DO UPDATE SET last_number = {table}.last_number + 1"
            " RETURNING last_number",
            [establishment.province_id, year],
        )
        (number,) = cursor.fetchone()
    return f"TSC-{establishment.province_id}-{year}-{number:06d}"


def certificate_details(establishment: Establishment, version: StandardVersion) -> dict[str, Any]:
    """The words a certificate is issued with, in both languages."""
    return {
        "public_id": establishment.public_id,
        "place": [establishment.name_th, establishment.name_en or establishment.name_th],
        "category": [establishment.category.name_th, establishment.category.name_en],
        "district": [establishment.district.name_th, establishment.district.name_en],
        "province": [establishment.province.name_th, establishment.province.name_en],
        "standard": [version.standard.name_th, version.standard.name_en],
        "version": version.number,
    }


@transaction.atomic
def certificate_issue(*, actor: User, assessment: Assessment) -> Certificate:
    """Issue the certificate of a passed assessment; it replaces the place's earlier certificate
    of the same standard, which ends as expired."""
    return _certificate_issue(actor=actor, assessment=assessment)


def _certificate_issue(*, actor: User, assessment: Assessment) -> Certificate:
    """The issue itself, inside the caller's transaction (no savepoint of its own)."""
    now = clock.now()  # the issue day decides the expiry day
    establishment = assessment.establishment
    # Only the certificates' rows: without `of`, the join would lock the standard's version row
    # too, which every submission's new certificate refers to, and two submissions of one province
    # then deadlocked (one holding the version, the other the province's number counter).
    earlier = list(
        Certificate.objects.select_for_update(of=("self",)).filter(
            establishment=establishment,
            version__standard=assessment.version.standard_id,
            status__in=LIVE_STATUSES,
        )
    )
    certificate = Certificate.objects.create(
        details=certificate_details(establishment, assessment.version),
        number=_next_number(establishment, now),
        establishment=establishment,
        assessment=assessment,
        version=assessment.version,
        issued_at=now,
        expires_on=validity.expiry_date(
            thaidate.local_date(now), valid_days=validity.policy().valid_days
        ),
    )
    for old in earlier:
        certificate_set_status(
            actor=actor,
            certificate=old,
            status=CertificateStatus.EXPIRED,
            reason=_("Replaced by certificate {number}").format(number=certificate.number),
        )
    # A valid certificate is the best standing there is (see _RANK): no need to look at the rest.
    establishment_set_certification(
        establishment=establishment, certification=Certification.CERTIFIED
    )
    audit_record(
        actor=actor,
        verb="certificate.issued",
        obj=certificate,
        after=snapshot(certificate, ("number", "establishment", "version", "expires_on")),
    )
    return certificate


@transaction.atomic
def certificate_set_status(
    *, actor: User | None, certificate: Certificate, status: str, reason: str = ""
) -> Certificate:
    """Move a certificate to a new status; an illegal move is refused with a message."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if status == certificate.status:
        return certificate
    if status not in CERTIFICATE_TRANSITIONS[certificate.status]:
        raise ValidationError(
            {
                "status": _("A certificate that is “{current}” cannot become “{new}”.").format(
                    current=CertificateStatus(certificate.status).label,
                    new=CertificateStatus(status).label,
                )
            }
        )
    verify_page_forget(certificate.verify_token)
    data = {"status": status, "status_reason": reason[:300]}
    model_update(
        instance=certificate,
        data=data,
        actor=actor,
        verb="certificate.status_changed",
        audited=tuple(data),
        clean=False,
    )
    place_certification_refresh(certificate.establishment)
    announce(
        CERTIFICATE_STATUS_CHANGED,
        establishment_id=certificate.establishment_id,
        certificate_id=certificate.pk,
        status=certificate.status,
    )
    return certificate


# The best live certificate decides how the place shows in the registry.
_RANK: dict[str, tuple[int, Certification]] = {
    CertificateStatus.VALID: (0, Certification.CERTIFIED),
    CertificateStatus.REASSESSMENT_DUE: (1, Certification.REASSESSMENT_DUE),
    CertificateStatus.SUSPENDED: (2, Certification.SUSPENDED),
    CertificateStatus.REVOKED: (3, Certification.REVOKED),
    CertificateStatus.EXPIRED: (4, Certification.EXPIRED),
}


def place_certification_refresh(establishment: Establishment) -> str:
    statuses = set(
        Certificate.objects.filter(establishment=establishment).values_list("status", flat=True)
    )
    best = min((_RANK[s] for s in statuses), default=(9, Certification.NONE))[1]
    establishment_set_certification(establishment=establishment, certification=best)
    return best


REMINDER_DAYS = validity.REMINDER_DAYS


def _place_link(certificate: Certificate) -> str:
    from django.urls import reverse

    return reverse("places:mine_detail", args=[certificate.establishment.public_id])


def certificates_run_lifecycle(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily job: expire certificates past their date, end grace periods, send the reminders
    30 and 7 days before expiry. Idempotent: running it twice a day changes nothing more."""
    from tscplus.assessments.models import CertificateReminder
    from tscplus.core.notifications import notify

    today = today or clock.today()
    done = {"expired": 0, "grace_ended": 0, "reminded": 0}
    live = Certificate.objects.filter(status__in=LIVE_STATUSES).select_related(
        "establishment__owner"
    )
    # Past expiry (validity.is_past_expiry) and past grace (validity.is_past_grace), as queries.
    expiring = Certificate.objects.filter(status__in=validity.RUNS_OUT)
    for certificate in expiring.filter(expires_on__lt=today).select_related("establishment__owner"):
        with transaction.atomic():
            certificate_set_status(
                actor=None,
                certificate=certificate,
                status=CertificateStatus.EXPIRED,
                reason=_("Reached its expiry date"),
            )
            notify(
                user=certificate.establishment.owner,
                title=lambda c=certificate: _("Certificate {number} has expired").format(
                    number=c.number
                ),
                body=lambda c=certificate: _(
                    "Assess {place} again to get a new certificate."
                ).format(place=c.establishment.name_th),
                link=_place_link(certificate),
            )
        done["expired"] += 1
    ended = live.filter(status=CertificateStatus.REASSESSMENT_DUE, reassessment_due_by__lt=today)
    for certificate in ended:
        with transaction.atomic():
            certificate_set_status(
                actor=None,
                certificate=certificate,
                status=CertificateStatus.EXPIRED,
                reason=_("Not re-assessed within the grace period"),
            )
            notify(
                user=certificate.establishment.owner,
                title=lambda c=certificate: _("Certificate {number} has ended").format(
                    number=c.number
                ),
                body=lambda: _(
                    "The grace period to assess against the new version of the standard is over."
                ),
                link=_place_link(certificate),
            )
        done["grace_ended"] += 1
    for days in validity.policy().reminder_days:
        due = live.filter(expires_on=validity.expiry_reminded_on(today, days)).exclude(
            reminders__days_before=days
        )
        for certificate in due:
            with transaction.atomic():
                _reminder, created = CertificateReminder.objects.get_or_create(
                    certificate=certificate, days_before=days
                )
                if not created:
                    continue
                notify(
                    user=certificate.establishment.owner,
                    title=lambda c=certificate, d=days: _(
                        "Certificate {number} expires in {days} days"
                    ).format(number=c.number, days=d),
                    body=lambda c=certificate: _(
                        "Assess {place} again before {date} to keep it certified."
                    ).format(
                        place=c.establishment.name_th,
                        date=thaidate.format_date(c.expires_on, "long", reader_language()),
                    ),
                    link=_place_link(certificate),
                )
                audit_record(
                    actor=None,
                    verb="certificate.reminder_sent",
                    obj=certificate,
                    after={"days_before": days},
                )
            done["reminded"] += 1
    return done


@transaction.atomic
def certificates_version_replaced(
    *,
    actor: User | None,
    version: StandardVersion,
    previous: StandardVersion,
    grace_days: int | None = None,
) -> int:
    """A new version of the standard is in force (standards announced it): the certificates
    issued under the one it retired become "re-assessment due" with a grace period, and their
    operators are told. Idempotent: a certificate already moved is not moved again. Returns how
    many were moved."""
    from tscplus.core.notifications import notify

    grace = validity.policy().grace_days if grace_days is None else grace_days
    due_by = validity.grace_end(clock.today(), grace_days=grace)
    affected = Certificate.objects.filter(
        version=previous, status=CertificateStatus.VALID
    ).select_related("establishment__owner")
    moved = 0
    for certificate in affected:
        moved += 1
        certificate_set_status(
            actor=actor,
            certificate=certificate,
            status=CertificateStatus.REASSESSMENT_DUE,
            reason=_("New version {number} of the standard").format(number=version.number),
        )
        Certificate.objects.filter(pk=certificate.pk).update(reassessment_due_by=due_by)
        notify(
            user=certificate.establishment.owner,
            title=lambda c=certificate: _("Re-assessment due for {place}").format(
                place=c.establishment.name_th
            ),
            body=lambda: _(
                "The standard has a new version. Assess your place against it by {date}; until then your certificate still counts."
            ).format(date=thaidate.format_date(due_by, "long", reader_language())),
            link=_place_link(certificate),
        )
    return moved


# Unknown certificate tokens from one client a minute, counted on every address that takes a
# token (the verify page and its rating link): a guesser is stopped; real scans never pay for it.
VERIFY_MISS_LIMIT = RateLimit(scope="verify-miss", limit="VERIFY_MISS_LIMIT", seconds=60)
