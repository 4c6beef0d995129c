"""Every request example of the schema (what `/api/docs/` offers to "try it out") is accepted: each
is sent as it stands to its endpoint, by a user of the role the endpoint is for, with the objects it
names made to exist (the place P7K2M9QX, the visit to decide...), and must answer 2xx. A new
example needs its line in SETUPS, or this test fails for it."""

from __future__ import annotations

import contextlib
import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from drf_spectacular.generators import SchemaGenerator

from tests.factories import establishment, member, recorded_visit
from tscplus.accounts.choices import Role

pytestmark = pytest.mark.usefixtures("geo")

WRITES = ("post", "put", "patch", "delete")
EXAMPLE_PLACE = "P7K2M9QX"  # the place the examples name


@dataclass(frozen=True)
class Example:
    operation_id: str
    method: str
    path: str
    media_type: str
    name: str
    value: Any


def schema_examples() -> list[Example]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    found = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method not in WRITES:
                continue
            content = (operation.get("requestBody") or {}).get("content", {})
            for media_type, body in content.items():
                for name, example in (body.get("examples") or {}).items():
                    found.append(
                        Example(
                            operation["operationId"],
                            method,
                            path,
                            media_type,
                            name,
                            example["value"],
                        )
                    )
    return found


EXAMPLES = schema_examples()


@dataclass
class Call:
    """Who sends the example, to which objects, and anything a JSON example cannot hold."""

    actor: Any = None  # None: anonymous
    path: dict[str, Any] = field(default_factory=dict)
    session: bool = False  # a signed-in session instead of an API token
    files: dict[str, Any] = field(default_factory=dict)
    day: datetime.date | None = None  # the platform's day (indicators' reporting calendar)
    made: Any = None  # what the example names in its body (made here, so that it exists)
    headers: dict[str, str] = field(default_factory=dict)  # e.g. HTTP_IDEMPOTENCY_KEY


OCTOBER = datetime.date(2026, 10, 1)
IN_NOVEMBER = datetime.date(2026, 11, 3)


class World:
    """The people and objects the examples need, made on first use."""

    @cached_property
    def operator(self):
        return member(Role.OPERATOR)

    @cached_property
    def officer(self):
        return member(Role.AREA_OFFICER, province="50")

    @cached_property
    def keeper(self):
        return member(Role.INDICATOR_REPORTER)

    @cached_property
    def editor(self):
        return member(Role.KNOWLEDGE_EDITOR)

    @cached_property
    def reviewer(self):
        return member(Role.KNOWLEDGE_EDITOR)

    @cached_property
    def market(self):
        """The examples' place: a fresh market (standard version 3, items 41 and 42, is the
        market's) in Chiang Mai, the officer's province."""
        from tscplus.places.models import Establishment

        place = establishment(self.operator, name_th="ตลาดสดต้นพยอม", category="fresh-market")
        Establishment.objects.filter(pk=place.pk).update(public_id=EXAMPLE_PLACE)
        place.refresh_from_db()
        return place

    @cached_property
    def lo(self):
        """The seeded indicator of FY 2570, with its responsible reporter."""
        from tscplus.indicators.models import Indicator

        indicator = Indicator.objects.get(fiscal_year__year=2570, code="LO-1")
        indicator.responsible.add(self.keeper)
        return indicator

    def rating(self, comment: str = ""):
        from tscplus.voice import services

        return services.rating_submit(
            establishment=self.market,
            ratings=dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 4),
            comment=comment,
            device="phone-1",
            ip="203.0.113.60",
        )

    def complaint(self):
        from tscplus.voice import services

        return services.complaint_file(
            establishment=self.market, topic="dirty", description="ห้องน้ำสกปรก", ip="203.0.113.61"
        )

    def knowledge_item(self, *, state: str):
        from tscplus.knowledge import services

        item = services.item_create(
            actor=self.editor,
            data={
                "kind": "article",
                "title": "ล้างมือ",
                "summary": "ล้างมือถูกวิธี",
                "body": "ล้างมือด้วยสบู่",
                "for_public": True,
            },
        )
        if state in ("in_review", "published"):
            item = services.item_submit(actor=self.editor, item=item)
        if state == "published":
            item = services.item_review(actor=self.reviewer, item=item, approve=True)
        return item

    def synonym_set(self):
        """A set of words no seeded set has (the example then gives the set its own words)."""
        from tscplus.search import services

        return services.synonym_save(actor=self.editor, terms="คำตัวอย่างหนึ่ง, คำตัวอย่างสอง")

    def innovation(self):
        from tscplus.learning import services

        return services.innovation_save(
            actor=self.keeper,
            data={
                "title": "ตู้เจลล้างมือแบบเหยียบ",
                "problem": "ขวดเจลใช้ร่วมกัน",
                "solution": "กดด้วยเท้า",
                "unit": "ศูนย์อนามัยที่ 5",
                "stage": "pilot",
                "started_on": datetime.date(2026, 10, 1),
            },
        )

    def inventory_entry(self):
        from tests.learning.test_learning import asset_data
        from tscplus.learning import services

        return services.asset_save(actor=self.keeper, data=asset_data())

    def lesson(self):
        from tscplus.learning import services
        from tscplus.learning.models import Community

        return services.lesson_post(
            actor=self.officer,
            data={
                "community": Community.objects.get(pk=1),
                "kind": "lesson",
                "title": "นัดตรวจช่วงบ่าย",
                "body": "ร้านว่างช่วงบ่าย",
                "tags": "",
            },
        )

    def submitted_october(self):
        from tscplus.core import clock
        from tscplus.indicators import services

        with clock.fixed_at(IN_NOVEMBER):
            services.progress_save(
                actor=self.keeper, indicator=self.lo, month=OCTOBER, level=3, done="รวบรวมบัญชีข้อมูล"
            )
            report = services.report_draft(period=OCTOBER)
            services.report_submit(actor=self.keeper, report=report)
        return report


def _decided(world: World, decision: str = "corrections"):
    """A visit to the examples' place, decided by the examples' officer (corrections: a case
    opens with the failed item, and the owner may appeal or reply)."""
    from tscplus.core import clock
    from tscplus.oversight import services

    visit = recorded_visit(world.market, world.officer, fail=("3.1",))
    return services.inspection_decide(
        actor=world.officer,
        inspection=visit,
        decision=decision,
        reason="ยังไม่ติดประกาศจำนวนคน",
        corrections_due=clock.today() + datetime.timedelta(days=30),
    )


def _appeal_decide(world: World) -> Call:
    from tscplus.oversight import services

    visit = _decided(world)
    appeal = services.appeal_file(actor=world.operator, inspection=visit, reasons="ขอทบทวน")
    return Call(member(Role.AREA_OFFICER, province="50"), {"id": appeal.pk})


def _reply_moderate(world: World) -> Call:
    from tscplus.oversight import services

    visit = _decided(world)
    services.inspection_reply(actor=world.operator, inspection=visit, text="ดูที่ www.example.com")
    return Call(member(Role.AREA_OFFICER, province="50"), {"id": visit.pk})


def _case_item(world: World) -> Call:
    from tests.factories import image_upload

    case = _decided(world).case
    item = case.items.first()
    return Call(
        world.operator, {"id": case.pk, "item_pk": item.pk}, files={"evidence": image_upload()}
    )


def _field_record(world: World) -> Call:
    """A visit to the examples' place taken offline and recorded: the example's payload names
    items and a kit of its own, so the setup sends a real one in its place (with the photos its
    items ask for), as a phone would, with its idempotency key."""
    from tests.factories import image_upload
    from tscplus.core import clock
    from tscplus.oversight import selectors, services

    visit = services.inspection_plan(
        actor=world.officer,
        establishment=world.market,
        officer=world.officer,
        planned_for=clock.today(),
    )
    kit = selectors.field_kit(visit)
    assert kit is not None
    items = [i for s in kit["checklist"]["sections"] for i in s["items"]]
    payload = {
        "answers": [{"item": i["id"], "value": "pass"} for i in items],
        "decision": "confirm",
        "visited_at": clock.now().isoformat(),
        "basis": kit["basis"],
    }
    photos = {
        f"photo_{i['id']}": image_upload(size=(640, 480)) for i in items if i["photo_required"]
    }
    return Call(
        world.officer,
        {"id": visit.pk},
        session=True,
        files={"payload": json.dumps(payload), **photos},
        headers={"HTTP_IDEMPOTENCY_KEY": "example-field-record-1"},
    )


def _answers(world: World) -> Call:
    from tscplus.assessments import services
    from tscplus.standards.models import StandardVersion

    assessment = services.assessment_start(
        actor=world.operator, establishment=world.market, version=StandardVersion.objects.get(pk=3)
    )
    return Call(world.operator, {"id": assessment.pk})


def _complaint_status(world: World) -> Call:
    from tscplus.voice import services

    complaint = world.complaint()
    services.complaint_assign(actor=world.officer, complaint=complaint, assignee=world.officer)
    return Call(world.officer, {"id": complaint.pk})


def _import(world: World) -> Call:
    row = "ชื่อสถานที่ (ภาษาไทย),ประเภทสถานที่,ที่อยู่,รหัสตำบล\nร้านหนึ่ง,restaurant,1 ถนนหนึ่ง,500105\n"
    places = SimpleUploadedFile("places.csv", ("\ufeff" + row).encode(), content_type="text/csv")
    return Call(world.officer, files={"file": places})


def _me_delete(world: World) -> Call:
    user = member(Role.OPERATOR)
    user.set_password("your current password")  # what the example says it is
    user.save()
    return Call(user)


SETUPS: dict[str, Callable[[World], Call]] = {
    "appeals_decide_create": _appeal_decide,
    "assessments_create": lambda w: Call(w.operator, made=w.market),
    "corrections_close_create": lambda w: Call(w.officer, {"id": _decided(w).case.pk}),
    "corrections_items_create": _case_item,
    "inspections_appeal_create": lambda w: Call(w.operator, {"id": _decided(w).pk}),
    "inspections_reply_create": lambda w: Call(w.operator, {"id": _decided(w).pk}),
    "inspection_replies_moderate_create": _reply_moderate,
    "assessments_answers_partial_update": _answers,
    "complaints_status_create": _complaint_status,
    "establishments_create": lambda w: Call(w.operator),
    "establishments_partial_update": lambda w: Call(w.operator, {"public_id": w.market.public_id}),
    "establishments_complaints_create": lambda w: Call(None, {"public_id": w.market.public_id}),
    "establishments_ratings_create": lambda w: Call(None, {"public_id": w.market.public_id}),
    "field_visits_record_create": _field_record,
    "imports_create": _import,
    # A code the registry does not know (the verification page answered 404).
    "qr_codes_reports_create": lambda w: Call(None, {"token": "not-a-certificate-0123456789"}),
    "indicators_progress_save": lambda w: Call(
        w.keeper, {"id": w.lo.pk, "month": "2026-10"}, day=IN_NOVEMBER
    ),
    # "Send back" is the approver's `return` of a report sent for approval.
    "indicators_report_action": lambda w: Call(
        member(Role.REPORT_APPROVER),
        {"id": w.submitted_october().pk, "verb": "return"},
        day=datetime.date(2026, 11, 4),
    ),
    "indicators_step_update": lambda w: Call(
        w.keeper, {"id": w.lo.steps.first().pk}, day=IN_NOVEMBER
    ),
    "innovations_create": lambda w: Call(w.keeper),
    "innovation_update": lambda w: Call(w.keeper, {"id": w.innovation().pk}),
    "inspections_create": lambda w: Call(w.officer, made=w.market),
    "inspections_decide_create": lambda w: Call(
        w.officer, {"id": recorded_visit(w.market, w.officer).pk}
    ),
    "inventory_create": lambda w: Call(w.keeper),
    "inventory_update": lambda w: Call(w.keeper, {"id": w.inventory_entry().pk}),
    "knowledge_items_create": lambda w: Call(w.editor),
    "knowledge_items_update": lambda w: Call(w.editor, {"id": w.knowledge_item(state="draft").pk}),
    # "Approve (verb review)": another editor approves an item sent for review.
    "knowledge_items_action": lambda w: Call(
        w.reviewer, {"id": w.knowledge_item(state="in_review").pk, "verb": "review"}
    ),
    "knowledge_items_feedback": lambda w: Call(
        None, {"id": w.knowledge_item(state="published").pk}
    ),
    "knowledge_self_check_create": lambda w: Call(None),
    "knowledge_synonyms_create": lambda w: Call(w.editor),
    "knowledge_synonyms_update": lambda w: Call(w.editor, {"id": w.synonym_set().pk}),
    "knowledge_synonyms_partial_update": lambda w: Call(w.editor, {"id": w.synonym_set().pk}),
    "lessons_post": lambda w: Call(w.officer),
    "lesson_comment": lambda w: Call(w.officer, {"id": w.lesson().pk}),
    "me_update": lambda w: Call(w.operator),
    "me_partial_update": lambda w: Call(w.operator),
    "me_delete": _me_delete,
    "moderation_create": lambda w: Call(w.officer, {"id": w.rating("ดูที่ www.example.com").pk}),
    "ratings_reply_create": lambda w: Call(w.operator, {"id": w.rating().pk}),
    # Tokens are made in a signed-in session only (a token cannot make another).
    "tokens_create": lambda w: Call(w.operator, session=True),
}


def test_every_example_has_its_setup_and_every_setup_its_example():
    assert {e.operation_id for e in EXAMPLES} == set(SETUPS)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.operation_id}[{e.name}]")
def test_the_example_is_accepted(example, client, django_capture_on_commit_callbacks):
    from tscplus.accounts.services import api_token_create
    from tscplus.core import clock

    call = SETUPS[example.operation_id](World())
    headers = {"HTTP_ACCEPT_LANGUAGE": "en", **call.headers}
    if call.actor is not None and call.session:
        client.force_login(call.actor)
    elif call.actor is not None:
        _token, key = api_token_create(actor=call.actor, name="examples", scopes=["write"])
        headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    url = example.path.format(**call.path)
    if example.media_type == "application/json":
        send = {"data": json.dumps(example.value), "content_type": "application/json"}
    else:
        assert example.media_type == "multipart/form-data" and example.method == "post"
        send = {"data": {**example.value, **call.files}}
    request = getattr(client, example.method)
    day = clock.fixed_at(call.day) if call.day else contextlib.nullcontext()
    with day, django_capture_on_commit_callbacks(execute=True):
        response = request(url, **send, **headers)
    assert 200 <= response.status_code < 300, (response.status_code, response.content[:500])
