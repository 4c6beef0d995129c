"""An assessment from start to submission: start (or resume) a draft, save answers and photos,
score, submit. Scoring is `tscplus.standards.scoring.score`, nothing else.

A submitted assessment is final: the answers it was scored on are the ones that stay."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from tscplus.assessments.choices import AssessmentKind, AssessmentStatus
from tscplus.assessments.events import ASSESSMENT_SUBMITTED
from tscplus.assessments.models import Answer, Assessment
from tscplus.assessments.services.certificates import certificate_issue
from tscplus.assessments.services.prefill import answers_carry_over, assessment_previous
from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.core.photos import photo_clean
from tscplus.standards import selectors as standard_selectors
from tscplus.standards.choices import AnswerValue
from tscplus.standards.scoring import ItemRule, ScoreResult, score

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.db.models import QuerySet

    from tscplus.accounts.models import User
    from tscplus.places.models import Establishment
    from tscplus.standards.models import Item, StandardVersion


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
    """Start (or resume) a draft assessment. A second start of the same standard resumes the draft.
    A new self-assessment is filled in from the place's last submitted one of the same standard
    (`prefill`); its `based_on` names that one, whose failed items the wizard marks."""
    if not versions_for(establishment).filter(pk=version.pk).exists():
        raise ValidationError(
            {"version": _("This standard does not apply to this place, or it is not in force.")}
        )
    draft = Assessment.objects.filter(
        establishment=establishment, version=version, kind=kind, status=AssessmentStatus.DRAFT
    ).first()
    if draft is not None:
        return draft
    previous = assessment_previous(establishment, version) if kind == AssessmentKind.SELF else None
    assessment = Assessment.objects.create(
        establishment=establishment, version=version, kind=kind, created_by=actor, based_on=previous
    )
    carried = answers_carry_over(draft=assessment, previous=previous) if previous else []
    audit_record(
        actor=actor,
        verb="assessment.started",
        obj=assessment,
        after={
            **snapshot(assessment, ("establishment", "version", "kind", "based_on")),
            "answers_carried": len(carried),
        },
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
    _refuse_unknown_items(items, answers, photos)
    cleaned_photos = _batch_check(items, answers, photos)
    saved = _answers_write(assessment, items, answers, cleaned_photos)
    audit_record(
        actor=actor,
        verb="assessment.answers_saved",
        obj=assessment,
        after={"items": [items[a.item_id].code for a in saved]},
    )
    return saved


def _refuse_unknown_items(
    items: dict[int, Item], answers: dict[int, dict[str, str]], photos: dict[int, Any]
) -> None:
    """A batch naming an item of another version (a stale form, a crafted request) is refused
    before anything else is looked at: the unknown answers' items, then the unknown photos'."""
    unknown = sorted(set(answers) - set(items)) + sorted(set(photos) - set(items))
    if unknown:
        raise ValidationError(
            {
                "answers": _("These items are not in this standard version: {items}").format(
                    items=", ".join(str(i) for i in unknown)
                )
            }
        )


def _batch_check(
    items: dict[int, Item], answers: dict[int, dict[str, str]], photos: dict[int, Any]
) -> dict[int, Any]:
    """Every problem of the batch at once, by item code (the form shows them all next to their
    items), or the photos cleaned and ready to store."""
    errors: dict[str, list[str]] = {}
    for item_id, data in answers.items():
        problems = _answer_problems(items[item_id], data)
        if problems:
            errors.setdefault(items[item_id].code, []).extend(problems)
    cleaned_photos = {}
    for item_id, upload in photos.items():
        try:
            cleaned_photos[item_id] = photo_clean(upload)
        except ValidationError as exc:
            errors.setdefault(items[item_id].code, []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    return cleaned_photos


def _answer_problems(item: Item, data: dict[str, str]) -> list[str]:
    """What is wrong with one answer: a value the standard does not know, "not applicable" where
    the item does not allow it, a note too long."""
    problems = []
    value = data.get("value", "")
    if value not in AnswerValue.values:
        problems.append(_("Choose pass, fail or not applicable."))
    elif value == AnswerValue.NOT_APPLICABLE and not item.allow_na:
        problems.append(_("“Not applicable” is not allowed for this item."))
    if len(data.get("note", "")) > 500:
        problems.append(_("Keep the note under 500 characters."))
    return problems


def _answers_write(
    assessment: Assessment,
    items: dict[int, Item],
    answers: dict[int, dict[str, str]],
    photos: dict[int, Any],
) -> list[Answer]:
    """Store the checked batch over the answers already given, in item order. A photo needs an
    answer to back up, given now or before; without one the whole batch is refused."""
    touched = set(answers) | set(photos)
    existing = {a.item_id: a for a in assessment.answers.filter(item_id__in=touched)}
    saved = []
    for item_id in sorted(touched):
        answer = existing.get(item_id) or Answer(assessment=assessment, item=items[item_id])
        if item_id in answers:
            answer.value = answers[item_id]["value"]
            answer.note = answers[item_id].get("note", "").strip()
        if not answer.value:
            raise ValidationError(
                {items[item_id].code: [_("Answer the item before adding a photo.")]}
            )
        if item_id in photos:
            if answer.evidence:
                answer.evidence.delete(save=False)
            answer.evidence.save("evidence.jpg", photos[item_id], save=False)
        answer.save()
        saved.append(answer)
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
    assessment = _lock_for_submission(assessment)
    if assessment.status == AssessmentStatus.SUBMITTED:
        return assessment
    result = _submission_score(assessment)
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
        certificate_issue(actor=actor, assessment=assessment)
    announce(
        ASSESSMENT_SUBMITTED,
        establishment_id=assessment.establishment_id,
        assessment_id=assessment.pk,
        kind=assessment.kind,
        passed=assessment.passed,
    )
    return assessment


def _lock_for_submission(assessment: Assessment) -> Assessment:
    """The assessment's row, locked until the submission commits: a second submission waits,
    then finds it submitted."""
    # Everything the certificate needs is read with the locked row: one query instead of six.
    return (
        Assessment.objects.select_for_update(of=("self",))
        .select_related(
            "version__standard",
            "establishment__category",
            "establishment__district",
            "establishment__province",
        )
        .get(pk=assessment.pk)
    )


def _submission_score(assessment: Assessment) -> ScoreResult:
    """The score of a complete, backed-up assessment; an unanswered item or a pass without the
    photo its item asks for refuses the submission, naming the items."""
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
    if not result.complete:
        by_id = {i.pk: i for i in items}
        raise ValidationError(
            {
                "missing": [by_id[i].code for i in result.missing],
                "detail": [_("Answer every item before you submit.")],
            },
            code="incomplete",
        )
    _refuse_missing_photos(items, answers)
    return result


def _refuse_missing_photos(items: list[Item], answers: list[Answer]) -> None:
    """A photo backs up a "pass" on items that ask for one; a fail or "not applicable" needs none."""
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
