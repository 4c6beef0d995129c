"""A re-assessment starts from the last submitted answers and photos, with what failed marked; the
review says which essential items fail before the owner submits. Services, pages and the API."""

import re

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from tests.factories import answer_all, establishment, image_upload, member
from tscplus.accounts.choices import Role
from tscplus.assessments import selectors, services
from tscplus.assessments.choices import AssessmentKind
from tscplus.assessments.models import Answer, Assessment
from tscplus.core.models import AuditEvent
from tscplus.core.templatetags.thaidate import thai_date
from tscplus.standards import services as standard_services
from tscplus.standards.models import Item, StandardVersion

pytestmark = pytest.mark.usefixtures("geo")


def food_version():
    return StandardVersion.objects.get(standard__code="tsc-food", status="active")


def assessed(place, *, fail=(), note=None, kind=AssessmentKind.SELF, actor=None):
    """A submitted assessment of `place` against the food standard, failing the codes in `fail`;
    `note` is (code, text) written on one answer."""
    actor = actor or place.owner
    assessment = services.assessment_start(
        actor=actor, establishment=place, version=food_version(), kind=kind
    )
    answer_all(assessment, fail=fail, actor=actor)
    if note:
        item = assessment.version.items.get(code=note[0])
        value = "fail" if note[0] in fail else "pass"
        services.assessment_save_answers(
            actor=actor,
            assessment=assessment,
            answers={item.pk: {"value": value, "note": note[1]}},
        )
    return services.assessment_submit(actor=actor, assessment=assessment)


def start(place, version=None):
    return services.assessment_start(
        actor=place.owner, establishment=place, version=version or food_version()
    )


def answers_by_code(assessment):
    return {a.item.code: a for a in assessment.answers.select_related("item")}


@pytest.fixture
def place():
    return establishment(subdistrict="500105")


@pytest.fixture
def essential():
    """An essential item of section 2 that needs no photo (changing its answer to a pass is all a
    re-assessment takes) and is not the step's first question: the wizard opens on step 2,
    scrolled to it."""
    item = (
        food_version()
        .items.filter(essential=True, evidence_required=False, section__order=2)
        .order_by("order")[1]
    )
    assert item.section.items.order_by("order").first() != item
    return item


# --- assessment_start: the draft is filled in from the last submitted self-assessment ----------


def test_a_re_assessment_starts_from_the_last_answers_notes_and_photos(place, essential):
    first = assessed(place, fail=(essential.code,), note=(essential.code, "เจลหมด สั่งแล้ว"))
    draft = start(place)
    assert draft.pk != first.pk and draft.based_on == first and draft.status == "draft"
    before, now = answers_by_code(first), answers_by_code(draft)
    assert set(now) == set(before) == set(food_version().items.values_list("code", flat=True))
    assert {c: a.value for c, a in now.items()} == {c: a.value for c, a in before.items()}
    assert now[essential.code].value == "fail" and now[essential.code].note == "เจลหมด สั่งแล้ว"
    photos = [code for code, a in before.items() if a.evidence]
    assert photos and all(now[code].evidence for code in photos)
    event = AuditEvent.objects.filter(verb="assessment.started").latest("pk")
    assert event.after["based_on"] == first.pk
    assert event.after["answers_carried"] == len(before)


def test_carried_photos_are_the_drafts_own_files(place):
    first = assessed(place)
    draft = start(place)
    item = next(a.item for a in first.answers.select_related("item") if a.evidence)
    old = Answer.objects.get(assessment=first, item=item)
    new = Answer.objects.get(assessment=draft, item=item)
    assert new.evidence.name != old.evidence.name
    assert new.evidence.name.startswith(f"evidence/{draft.pk}/")
    with old.evidence.open("rb") as a, new.evidence.open("rb") as b:
        assert a.read() == b.read()
    # Replacing the draft's photo deletes the draft's file only: the record keeps its own.
    carried_name = new.evidence.name
    services.assessment_save_answers(
        actor=place.owner,
        assessment=draft,
        answers={item.pk: {"value": "pass"}},
        photos={item.pk: image_upload(size=(300, 200))},
    )
    assert not default_storage.exists(carried_name)
    assert default_storage.exists(old.evidence.name)
    # And the other way round: the submitted one's file gone leaves the draft's in place.
    new.refresh_from_db()
    default_storage.delete(old.evidence.name)
    assert default_storage.exists(new.evidence.name)


def test_a_photo_lost_from_the_disk_leaves_the_answer_without_it(place):
    first = assessed(place)
    lost = next(a for a in first.answers.select_related("item") if a.evidence)
    default_storage.delete(lost.evidence.name)
    draft = start(place)
    carried = Answer.objects.get(assessment=draft, item=lost.item)
    assert carried.value == lost.value and not carried.evidence


def test_failed_items_are_marked_and_the_wizard_opens_on_the_first(place, essential):
    later = food_version().items.filter(section__order=3).first()
    assessed(place, fail=(essential.code, later.code))
    draft = start(place)
    assert selectors.assessment_failed_before(draft) == {essential.pk, later.pk}
    assert selectors.assessment_opening_step(draft) == (2, essential.code)


def test_no_scrolling_when_the_failed_item_is_the_steps_first_question(place):
    lead = food_version().sections.get(order=2).items.order_by("order").first()
    assessed(place, fail=(lead.code,))
    assert selectors.assessment_opening_step(start(place)) == (2, "")


def test_the_latest_submitted_assessment_is_the_one_used(place, essential):
    assessed(place, fail=(essential.code,))
    second = assessed(place)  # the owner fixed it and passed
    draft = start(place)
    assert draft.based_on == second
    assert selectors.assessment_failed_before(draft) == set()
    assert answers_by_code(draft)[essential.code].value == "pass"
    assert selectors.assessment_opening_step(draft) == (1, "")


def test_a_new_version_carries_over_only_the_items_still_in_it(place, essential):
    first = assessed(place, fail=(essential.code,))
    na_item = food_version().items.filter(allow_na=True).first()
    Answer.objects.filter(assessment=first, item=na_item).update(value="na")
    admin = member(Role.ADMINISTRATOR)
    v2 = standard_services.version_copy(actor=admin, version=food_version())
    removed = v2.items.exclude(code__in=[essential.code, na_item.code]).last()
    removed_code = removed.code
    removed.delete()
    v2.items.filter(code=na_item.code).update(allow_na=False)  # "not applicable" no longer allowed
    section = v2.sections.first()
    added = Item.objects.create(
        section=section,
        version=v2,
        order=99,
        code="1.99",
        text_th="ข้อใหม่",
        text_en="New item",
        measure="OTH",
    )
    standard_services.version_activate(actor=admin, version=v2)
    draft = start(place, StandardVersion.objects.get(pk=v2.pk))
    now = answers_by_code(draft)
    assert draft.based_on == first
    assert removed_code not in now and added.code not in now and na_item.code not in now
    kept = set(v2.items.values_list("code", flat=True)) - {added.code, na_item.code}
    assert set(now) == kept
    assert all(a.item.version_id == v2.pk for a in now.values())
    # The failure is marked on the new version's item with the same code.
    assert selectors.assessment_failed_before(draft) == {v2.items.get(code=essential.code).pk}


def test_no_previous_assessment_starts_blank(place):
    draft = start(place)
    assert draft.based_on is None and not draft.answers.exists()
    assert selectors.assessment_failed_before(draft) == set()
    assert selectors.assessment_opening_step(draft) == (1, "")


def test_another_places_assessment_is_never_used(place, essential):
    # The same owner's other restaurant was assessed: this place still starts blank.
    assessed(establishment(owner=place.owner, name_th="ร้านที่สอง"), fail=(essential.code,))
    draft = start(place)
    assert draft.based_on is None and not draft.answers.exists()


def test_inspections_are_neither_filled_in_nor_a_starting_point(place, essential):
    officer = member(Role.AREA_OFFICER, province="50")
    assessed(place, fail=(essential.code,), kind=AssessmentKind.INSPECTION, actor=officer)
    draft = start(place)
    assert draft.based_on is None and not draft.answers.exists()
    answer_all(draft)
    services.assessment_submit(actor=place.owner, assessment=draft)
    checklist = services.assessment_start(
        actor=officer,
        establishment=place,
        version=food_version(),
        kind=AssessmentKind.INSPECTION,
    )
    assert checklist.based_on is None and not checklist.answers.exists()


def test_resuming_a_draft_does_not_fill_it_in_again(place, essential):
    assessed(place, fail=(essential.code,))
    draft = start(place)
    services.assessment_save_answers(
        actor=place.owner, assessment=draft, answers={essential.pk: {"value": "pass"}}
    )
    again = start(place)
    assert again.pk == draft.pk
    assert Answer.objects.get(assessment=draft, item=essential).value == "pass"


# --- The wizard and the review page ------------------------------------------------------------


def test_re_assessing_opens_the_failed_items_step_with_it_marked(client, place, essential):
    first = assessed(place, fail=(essential.code,))
    client.force_login(place.owner)
    response = client.post(reverse("assessments:reassess", args=[first.pk]))
    draft = Assessment.objects.exclude(pk=first.pk).get()
    assert response["Location"] == (
        reverse("assessments:step", args=[draft.pk, 2]) + f"#item-{essential.code}"
    )
    html = client.get(reverse("assessments:step", args=[draft.pk, 2])).content.decode()
    assert html.count('<span class="failed-before-tag">ไม่ผ่านครั้งก่อน</span>') == 1
    code = re.escape(essential.code)
    fieldset = re.search(rf'<fieldset class="item([^"]*)" id="item-{code}"', html)
    assert fieldset and "failed-before" in fieldset.group(1)
    # When it was filled in from, as a Thai reader reads a date (Buddhist Era).
    assert f"กรอกไว้ให้จากการประเมินเมื่อ {thai_date(first.submitted_at)}" in html
    assert str(first.submitted_at.year + 543) in html
    # The step indicator marks the step holding it, in words for a screen reader.
    assert html.count("มีข้อที่ไม่ผ่านครั้งก่อน") == 1
    # The carried answer is chosen already; the owner may change it.
    assert re.search(rf'name="value_{essential.pk}" value="fail"[^>]*checked', html)
    # Other steps have nothing marked.
    other = client.get(reverse("assessments:step", args=[draft.pk, 1])).content.decode()
    assert "failed-before-tag" not in other


def test_the_marker_reads_in_english(client, place, essential):
    assessed(place, fail=(essential.code,))
    client.force_login(place.owner)
    draft = start(place)
    with translation.override("en"):
        url = reverse("assessments:step", args=[draft.pk, 2])
    html = client.get(url).content.decode()
    assert html.count('<span class="failed-before-tag">Failed last time</span>') == 1
    assert "Filled in from your assessment of" in html


def test_the_start_page_opens_a_re_assessment_on_the_failed_item(client, place, essential):
    assessed(place, fail=(essential.code,))
    client.force_login(place.owner)
    response = client.post(
        reverse("assessments:start", args=[place.public_id]), {"version": food_version().pk}
    )
    draft = Assessment.objects.get(status="draft")
    assert response["Location"].endswith(f"/step/2/#item-{essential.code}")
    assert draft.based_on is not None


def test_a_new_version_is_said_on_the_wizard(client, place, essential):
    assessed(place, fail=(essential.code,))
    admin = member(Role.ADMINISTRATOR)
    v2 = standard_services.version_copy(actor=admin, version=food_version())
    standard_services.version_activate(actor=admin, version=v2)
    client.force_login(place.owner)
    draft = start(place, StandardVersion.objects.get(pk=v2.pk))
    with translation.override("en"):
        url = reverse("assessments:step", args=[draft.pk, 1])
    html = client.get(url).content.decode()
    assert f"The standard is now version {v2.number}" in html


def review_html(client, assessment, language):
    with translation.override(language):
        url = reverse("assessments:review", args=[assessment.pk])
    return client.get(url).content.decode()


@pytest.mark.parametrize(
    ("language", "title", "anyway"),
    [
        ("th", "การประเมินนี้จะไม่ผ่าน", "ส่งไปก่อนเพื่อเก็บเป็นบันทึก"),
        ("en", "This assessment will not pass", "submit anyway to keep the record"),
    ],
)
def test_the_review_warns_of_failing_essential_items(client, place, language, title, anyway):
    client.force_login(place.owner)
    draft = start(place)
    essentials = list(draft.version.items.filter(essential=True).order_by("section__order"))
    plain = draft.version.items.filter(essential=False).first()
    answer_all(draft, fail=(essentials[0].code, essentials[-1].code, plain.code))
    html = review_html(client, draft, language)
    warning = html.split('class="essential-warning"')[1].split("</div>")[0]
    assert title in warning and anyway in warning
    for item in (essentials[0], essentials[-1]):
        number = list(draft.version.sections.order_by("order")).index(item.section) + 1
        with translation.override(language):
            step = reverse("assessments:step", args=[draft.pk, number])
            text = escape(item.text)
        assert f'href="{step}#item-{item.code}"' in warning
        assert text in warning
    assert f"#item-{plain.code}" not in warning  # not essential: it counts in the score only
    # The warning sits above everything else the page says about the answers.
    assert html.index("essential-warning") < html.index('class="review"')
    # Submitting is still allowed: the record is kept, not passed.
    response = client.post(reverse("assessments:review", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "submitted" and draft.passed is False


def test_no_warning_when_every_essential_item_passes(client, place):
    client.force_login(place.owner)
    draft = start(place)
    answer_all(draft, fail=(draft.version.items.filter(essential=False).first().code,))
    assert "essential-warning" not in review_html(client, draft, "th")


# --- The API starts a draft the same way ---------------------------------------------------------


def test_the_api_draft_is_filled_in_and_names_what_failed(client, place, essential):
    first = assessed(place, fail=(essential.code,))
    client.force_login(place.owner)
    response = client.post(
        "/api/v1/assessments/",
        {"establishment": place.public_id, "version": food_version().pk},
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["based_on"] == first.pk and body["failed_last_time"] == [essential.pk]
    answers = {a["item"]: a for a in body["answers"]}
    assert len(answers) == food_version().items.count()
    assert answers[essential.pk]["value"] == "fail"
    needs_photo = food_version().items.filter(evidence_required=True).exclude(pk=essential.pk)
    assert all(answers[i.pk]["has_photo"] for i in needs_photo)
    # The same draft, read back: the owner changes the failed answer and submits a pass.
    client.patch(
        f"/api/v1/assessments/{body['id']}/answers/",
        {"answers": [{"item": essential.pk, "value": "pass"}]},
        content_type="application/json",
    )
    done = client.post(f"/api/v1/assessments/{body['id']}/submit/").json()
    assert done["passed"] is True and done["certificate"]
