"""The knowledge inventory (platform datasets with live figures, the priority grid, exports), the
innovations register and lessons in communities of practice, searchable with the Thai search."""

import datetime
import io
import json

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import establishment, member, operator
from tscplus.accounts.choices import Role
from tscplus.core import clock
from tscplus.core.models import AuditEvent
from tscplus.learning import inventory, services
from tscplus.learning.models import Community, Innovation, KnowledgeAsset, Lesson

pytestmark = pytest.mark.django_db


def asset_data(**extra):
    return {
        "name": "สถิติผู้ป่วยโรคติดต่อทางอาหาร",
        "kind": "data",
        "source": "กองระบาดวิทยา",
        "owner": "กลุ่มระบาดวิทยา",
        "format": "Excel",
        "frequency": "monthly",
        "access": "internal",
        "personal_data": False,
        "importance": 4,
        "necessity": 5,
        "description": "",
        **extra,
    }


@pytest.fixture
def keeper(db):
    return member(Role.INDICATOR_REPORTER)


class TestInventory:
    def test_platform_datasets_are_registered_with_live_figures(self, geo):
        keys = set(
            KnowledgeAsset.objects.exclude(platform_dataset=None).values_list(
                "platform_dataset", flat=True
            )
        )
        assert keys == {"establishments", "certificates", "ratings", "knowledge_items"}
        before = inventory.live_figures()["establishments"]["records"]
        establishment(operator())
        figures = inventory.live_figures()["establishments"]
        assert figures["records"] == before + 1 and figures["last_updated"] is not None
        assert inventory.platform_assets_sync() == 0  # idempotent

    def test_the_published_owner_names_a_unit_not_a_person(self, keeper):
        for owner in ("นางสาวสมศรี โทร 081-234-5678", "somsri@anamai.go.th"):
            with pytest.raises(ValidationError) as caught:
                services.asset_save(actor=keeper, data=asset_data(owner=owner))
            assert "owner" in caught.value.message_dict

    def test_scores_outside_1_to_5_are_refused(self, keeper):
        with pytest.raises(ValidationError) as caught:
            services.asset_save(actor=keeper, data=asset_data(importance=6))
        assert "importance" in caught.value.message_dict
        assert not KnowledgeAsset.objects.filter(platform_dataset=None).exists()

    def test_a_platform_dataset_keeps_its_identity(self, keeper):
        asset = KnowledgeAsset.objects.get(platform_dataset="certificates")
        services.asset_save(actor=keeper, asset=asset, data=asset_data(name="อื่น", importance=3))
        asset.refresh_from_db()
        assert (asset.name, asset.importance) == ("ใบรับรองมาตรฐาน TSC+", 3)
        assert AuditEvent.objects.filter(verb="learning.asset_save").exists()

    def test_only_keepers_edit(self):
        with pytest.raises(PermissionDenied):
            services.asset_save(actor=member(Role.AREA_OFFICER), data=asset_data())

    def test_page_grid_filters_and_ranked_list(self, client, keeper):
        services.asset_save(
            actor=keeper,
            data=asset_data(name="คู่มือการตรวจตลาด", kind="knowledge", importance=2, necessity=3),
        )
        client.force_login(keeper)
        page = client.get("/en/learning/inventory/").content.decode()
        assert page.count('data-testid="asset-row"') == 5 and "records, live" in page
        grid = inventory.priority_grid(KnowledgeAsset.objects.all())
        assert grid[0][4] == 4 and grid[3][2] == 1  # four platform datasets at 5x5; one at 2x3
        page = client.get("/en/learning/inventory/?kind=knowledge&sort=name").content.decode()
        assert page.count('data-testid="asset-row"') == 1 and "คู่มือการตรวจตลาด" in page
        rows = client.get("/learning/inventory/?sort=priority").context["page"].object_list
        assert rows[len(rows) - 1].name == "คู่มือการตรวจตลาด"  # lowest priority last

    def test_exports(self, client, keeper):
        client.force_login(keeper)
        text = b"".join(client.get("/learning/inventory/export.csv").streaming_content).decode()
        assert text.startswith("\ufeff") and "ใบรับรองมาตรฐาน TSC+" in text
        book = openpyxl.load_workbook(
            io.BytesIO(client.get("/learning/inventory/export.xlsx").content)
        )
        assert book.active.max_row == 5
        catalog = json.loads(client.get("/learning/inventory/export.jsonld").content)
        assert catalog["@type"] == "dcat:Catalog" and len(catalog["dcat:dataset"]) == 4
        first = catalog["dcat:dataset"][0]
        assert {"dct:title", "dct:accrualPeriodicity", "dct:accessRights"} <= set(first)
        assert client.get("/learning/inventory/export.pdf").status_code == 404

    def test_last_updated_is_typed_in_b_e_and_exported_in_the_readers_calendar(
        self, client, keeper
    ):
        client.force_login(keeper)
        data = {k: v for k, v in asset_data(name="แบบสำรวจตลาดสด").items() if v is not False}
        with clock.fixed_at(datetime.date(2026, 12, 4)):
            bad = client.post("/learning/inventory/new/", {**data, "last_updated": "31/11/2569"})
            assert bad.status_code == 400 and "ไม่มีวันนี้ในปฏิทิน" in bad.content.decode()
            client.post("/learning/inventory/new/", {**data, "last_updated": "01/11/2569"})
        asset = KnowledgeAsset.objects.get(name="แบบสำรวจตลาดสด")
        assert asset.last_updated == datetime.date(2026, 11, 1)
        thai = b"".join(client.get("/learning/inventory/export.csv").streaming_content).decode()
        assert "1 พ.ย. 2569" in thai and "2026-11-01" not in thai
        book = openpyxl.load_workbook(
            io.BytesIO(client.get("/learning/inventory/export.xlsx").content)
        )
        assert "1 พ.ย. 2569" in [c.value for row in book.active.iter_rows() for c in row]
        english = client.get("/en/learning/inventory/export.csv").streaming_content
        assert "2026-11-01" in b"".join(english).decode()

    def test_staff_only(self, client):
        assert client.get("/learning/inventory/").status_code == 302
        client.force_login(operator())
        assert client.get("/learning/inventory/").status_code == 404
        assert client.get("/learning/inventory/export.csv").status_code == 404


class TestInnovations:
    def test_register_list_and_thai_search(
        self, client, keeper, django_capture_on_commit_callbacks
    ):
        client.force_login(keeper)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/en/learning/innovations/new/",
                {
                    "title": "ระบบแจ้งเตือนรายงานอัตโนมัติ",
                    "problem": "รายงานประจำเดือนล่าช้า",
                    "solution": "แจ้งเตือนผู้รับผิดชอบวันที่ 1 5 และ 8",
                    "unit": "กลุ่มเทคโนโลยีสารสนเทศ",
                    "stage": "in_use",
                    "started_on": "2026-10-15",
                    "measures": "ตรงเวลา 60% -> 100%",
                },
            )
        assert response.status_code == 302
        client.logout()
        assert "ระบบแจ้งเตือนรายงานอัตโนมัติ" in client.get("/learning/innovations/").content.decode()
        found = client.get("/learning/innovations/?q=เตือน").content.decode()  # inside แจ้งเตือน
        assert "<mark>เตือน</mark>" in found
        assert client.get("/learning/innovations/new/").status_code == 302

    def test_bad_input_re_renders(self, client, keeper):
        client.force_login(keeper)
        response = client.post("/en/learning/innovations/new/", {"title": "x", "stage": "moon"})
        assert response.status_code == 400 and not Innovation.objects.exists()
        assert "Select a valid choice" in response.content.decode()

    def test_dates_typed_in_b_e_future_refused_and_shown_in_b_e_on_edit(
        self, client, keeper, django_capture_on_commit_callbacks
    ):
        client.force_login(keeper)
        data = {
            "title": "QR code ตรวจสอบใบรับรองหน้าร้าน",
            "problem": "ป",
            "solution": "ว",
            "unit": "กลุ่มเทคโนโลยีสารสนเทศ",
            "stage": "idea",
        }
        with clock.fixed_at(datetime.date(2026, 12, 6)):
            new = client.get("/learning/innovations/new/").content.decode()
            assert 'type="date"' not in new and "วว/ดด/ปปปป พ.ศ. เช่น 06/12/2569" in new
            future = client.post("/learning/innovations/new/", {**data, "started_on": "07/01/2570"})
            assert future.status_code == 400 and "ยังมาไม่ถึง" in future.content.decode()
            # What was typed stays in the field, as typed.
            assert 'value="07/01/2570"' in future.content.decode()
            assert not Innovation.objects.exists()
            with django_capture_on_commit_callbacks(execute=True):  # indexed after the commit
                client.post("/learning/innovations/new/", {**data, "started_on": "02/11/2569"})
            innovation = Innovation.objects.get()
            assert innovation.started_on == datetime.date(2026, 11, 2)
            # The Thai edit page shows the date in B.E., so an edit keeps it; English in C.E.
            page = client.get(f"/learning/innovations/{innovation.pk}/edit/").content.decode()
            assert 'value="02/11/2569"' in page
            english = client.get(f"/en/learning/innovations/{innovation.pk}/edit/")
            assert 'value="02/11/2026"' in english.content.decode()
        # Found by a word its compound title ends with (ใบรับรอง = ใบรับ + รอง, ends with รับรอง).
        assert "ตรวจสอบใบ" in client.get("/learning/innovations/?q=รับรอง").content.decode()


def test_related_knowledge_is_offered_in_the_pages_language(
    client, keeper, django_capture_on_commit_callbacks
):
    from tscplus.knowledge.seed import seed_knowledge

    with django_capture_on_commit_callbacks(execute=True):
        seed_knowledge()
    client.force_login(keeper)
    english = client.get("/en/learning/innovations/new/").content.decode()
    assert "Washing hands properly: 7 steps" in english
    assert "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน" not in english
    thai = client.get("/learning/innovations/new/").content.decode()
    assert "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน" in thai


def test_an_innovation_links_only_knowledge_everyone_can_read(
    client, keeper, django_capture_on_commit_callbacks
):
    from tscplus.knowledge.models import KnowledgeItem
    from tscplus.knowledge.seed import seed_knowledge

    with django_capture_on_commit_callbacks(execute=True):
        seed_knowledge()
    staff_only = KnowledgeItem.objects.filter(staff_only=True).first()
    public = KnowledgeItem.objects.public().first()
    client.force_login(keeper)
    body = {
        "title": "ทดสอบ",
        "problem": "ป",
        "solution": "ว",
        "unit": "หน่วย",
        "stage": "idea",
        "started_on": "2026-11-01",
    }
    refused = client.post(
        "/api/v1/innovations/",
        {**body, "knowledge_items": [staff_only.pk]},
        content_type="application/json",
    )
    assert refused.status_code == 400 and "knowledge_items" in refused.json()["errors"]
    made = client.post(
        "/api/v1/innovations/",
        {**body, "knowledge_items": [public.pk]},
        content_type="application/json",
    ).json()
    public.status = "archived"
    public.save(update_fields=["status"])
    client.logout()
    page = client.get(f"/learning/innovations/{made['id']}/").content.decode()
    assert f"/knowledge/{public.pk}/" not in page  # archived since: no longer named


class TestDeleting:
    def test_a_keeper_deletes_an_innovation_after_ticking_the_box(
        self, client, keeper, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            item = services.innovation_save(
                actor=keeper,
                data={
                    "title": "ทดสอบระบบลบนวัตกรรม",
                    "problem": "ป",
                    "solution": "ว",
                    "unit": "หน่วย",
                    "stage": "idea",
                    "started_on": datetime.date(2026, 11, 1),
                },
            )
        link = f'href="/learning/innovations/{item.pk}/"'
        assert link in client.get("/learning/innovations/?q=ทดสอบ").content.decode()
        client.force_login(keeper)
        url = f"/learning/innovations/{item.pk}/delete/"
        assert (
            'data-testid="delete"'
            in client.get(f"/learning/innovations/{item.pk}/edit/").content.decode()
        )
        client.post(url)  # no tick: nothing happens
        assert Innovation.objects.filter(pk=item.pk).exists()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"confirm": "yes"})
        assert response["Location"] == "/learning/innovations/"
        assert not Innovation.objects.filter(pk=item.pk).exists()
        assert link not in client.get("/learning/innovations/?q=ทดสอบ").content.decode()
        event = AuditEvent.objects.get(verb="learning.innovation_delete")
        assert event.before["title"] == "ทดสอบระบบลบนวัตกรรม"
        # Staff who do not keep the register cannot delete from it.
        other = services.innovation_save(
            actor=keeper,
            data={
                "title": "อีกเรื่องหนึ่ง",
                "problem": "ป",
                "solution": "ว",
                "unit": "หน่วย",
                "stage": "idea",
                "started_on": datetime.date(2026, 11, 1),
            },
        )
        client.force_login(member(Role.AREA_OFFICER))
        response = client.post(f"/learning/innovations/{other.pk}/delete/", {"confirm": "yes"})
        assert (
            response.status_code in (403, 404) and Innovation.objects.filter(pk=other.pk).exists()
        )

    def test_inventory_entries_through_the_api_but_not_platform_datasets(self, client, keeper):
        client.force_login(keeper)
        made = client.post("/api/v1/inventory/", asset_data(), content_type="application/json")
        url = f"/api/v1/inventory/{made.json()['id']}/"
        assert client.delete(url).status_code == 204 and client.get(url).status_code == 404
        platform = KnowledgeAsset.objects.get(platform_dataset="certificates")
        refused = client.delete(f"/api/v1/inventory/{platform.pk}/")
        assert refused.status_code == 400 and KnowledgeAsset.objects.filter(pk=platform.pk).exists()


class TestLessons:
    def test_post_comment_and_search(self, client, django_capture_on_commit_callbacks):
        officer = member(Role.AREA_OFFICER)
        client.force_login(officer)
        community = Community.objects.get(name="สุขาภิบาลอาหารและตลาด")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/learning/lessons/new/",
                {
                    "community": community.pk,
                    "kind": "good_practice",
                    "title": "ตลาดนัดลดขยะพลาสติก",
                    "body": "ให้ผู้ค้าใช้ถุงผ้าและภาชนะล้างได้ ติดป้ายชวนลูกค้า",
                    "tags": "ตลาด, ขยะ",
                },
            )
        lesson = Lesson.objects.get()
        assert response.status_code == 302
        client.post(f"/learning/lessons/{lesson.pk}/", {"body": "ใช้ได้ผลที่ตลาดเราเช่นกัน"})
        page = client.get(f"/learning/lessons/{lesson.pk}/").content.decode()
        assert 'data-testid="comment"' in page
        found = client.get("/learning/lessons/?q=พลาสติก").content.decode()
        assert "ตลาดนัดลดขยะ<mark>พลาสติก</mark>" in found
        assert "ตลาดนัดลดขยะพลาสติก" in client.get("/learning/lessons/?tag=ขยะ").content.decode()
        # Lessons are for staff: not in the public knowledge search, not for operators.
        client.logout()
        assert "ตลาดนัดลดขยะพลาสติก" not in client.get("/knowledge/search/?q=พลาสติก").content.decode()
        client.force_login(operator())
        assert client.get("/learning/lessons/").status_code == 404

    def test_a_lesson_has_a_length_limit(self, client):
        client.force_login(member(Role.AREA_OFFICER))
        community = Community.objects.first()
        response = client.post(
            "/api/v1/lessons/",
            {"community": community.pk, "kind": "lesson", "title": "ยาว", "body": "ก" * 20001},
            content_type="application/json",
        )
        assert response.status_code == 400 and "body" in response.json()["errors"]
        assert not Lesson.objects.filter(title="ยาว").exists()

    def test_an_empty_lesson_keeps_what_was_typed(self, client):
        client.force_login(member(Role.AREA_OFFICER))
        response = client.post("/learning/lessons/new/", {"title": "ชื่อเรื่องที่พิมพ์ไว้"})
        assert response.status_code == 400 and "ชื่อเรื่องที่พิมพ์ไว้" in response.content.decode()
        assert not Lesson.objects.exists()


def test_half_year_data_lists_innovations_started_by_the_round():
    from tscplus.learning.selectors import innovations_for_summary

    Innovation.objects.create(
        title="ก", problem="p", solution="s", unit="u", started_on=datetime.date(2027, 1, 5)
    )
    Innovation.objects.create(
        title="ข", problem="p", solution="s", unit="u", started_on=datetime.date(2027, 4, 5)
    )
    rows = innovations_for_summary(datetime.date(2026, 10, 1), datetime.date(2027, 2, 28))
    assert [r["title"] for r in rows] == ["ก"] and rows[0]["new"]


class TestApi:
    def test_innovations_are_public(self, client, keeper):
        services.innovation_save(
            actor=keeper,
            data={
                "title": "แบบฟอร์มออนไลน์",
                "problem": "p",
                "solution": "s",
                "unit": "u",
                "stage": "pilot",
                "started_on": datetime.date(2026, 11, 1),
            },
        )
        body = client.get("/api/v1/innovations/").json()
        assert body["count"] == 1 and body["results"][0]["stage"] == "pilot"

    def test_inventory_for_staff_with_live_records(self, client, keeper):
        assert client.get("/api/v1/inventory/").status_code in (401, 403)
        client.force_login(operator())
        assert client.get("/api/v1/inventory/").status_code == 404
        client.force_login(keeper)
        body = client.get("/api/v1/inventory/?sort=name").json()
        assert body["count"] == 4 and all(r["records"] is not None for r in body["results"])
        bad = client.get("/api/v1/inventory/?sort=random")
        assert bad.status_code == 400 and "sort" in bad.json()["errors"]

    def test_lessons_post_and_errors(self, client):
        client.force_login(member(Role.AREA_OFFICER))
        community = Community.objects.first()
        bad = client.post(
            "/api/v1/lessons/", {"community": community.pk}, content_type="application/json"
        )
        assert bad.status_code == 400 and "title" in bad.json()["errors"]
        ok = client.post(
            "/api/v1/lessons/",
            {"community": community.pk, "kind": "lesson", "title": "ทดลอง", "body": "เนื้อหา"},
            content_type="application/json",
        )
        assert ok.status_code == 201
        assert client.get("/api/v1/lessons/").json()["count"] == 1

    def test_innovations_written_and_searched_through_the_api(
        self, client, keeper, django_capture_on_commit_callbacks
    ):
        data = {
            "title": "ตู้เจลล้างมือแบบเหยียบ",
            "problem": "ขวดเจลใช้ร่วมกัน",
            "solution": "กดด้วยเท้า",
            "unit": "ศูนย์อนามัยที่ 5",
            "stage": "pilot",
            "started_on": "2026-10-01",
        }
        assert client.post(
            "/api/v1/innovations/", data, content_type="application/json"
        ).status_code in (401, 403)
        client.force_login(member(Role.AREA_OFFICER))  # staff, but not a keeper
        assert (
            client.post("/api/v1/innovations/", data, content_type="application/json").status_code
            == 403
        )
        client.force_login(keeper)
        bad = client.post(
            "/api/v1/innovations/",
            {**data, "stage": "rocket", "started_on": "soon"},
            content_type="application/json",
        )
        assert bad.status_code == 400 and {"stage", "started_on"} <= set(bad.json()["errors"])
        assert not Innovation.objects.exists()
        with django_capture_on_commit_callbacks(execute=True):
            made = client.post("/api/v1/innovations/", data, content_type="application/json")
        assert made.status_code == 201
        url = f"/api/v1/innovations/{made.json()['id']}/"
        with django_capture_on_commit_callbacks(execute=True):
            moved = client.patch(url, {"stage": "scaled"}, content_type="application/json")
        assert moved.status_code == 200 and moved.json()["stage"] == "scaled"
        assert moved.json()["title"] == data["title"]  # the rest kept
        client.logout()
        assert client.get(url).json()["stage"] == "scaled"
        found = client.get("/api/v1/innovations/", {"q": "เจล"}).json()
        assert [r["title"] for r in found["results"]] == [data["title"]]
        assert client.get("/api/v1/innovations/", {"q": "รถไฟ"}).json()["count"] == 0
        assert AuditEvent.objects.filter(verb="learning.innovation_save").count() == 2

    def test_inventory_entries_written_through_the_api(self, client, keeper):
        client.force_login(keeper)
        bad = client.post(
            "/api/v1/inventory/", asset_data(importance=9), content_type="application/json"
        )
        assert bad.status_code == 400 and "importance" in bad.json()["errors"]
        made = client.post("/api/v1/inventory/", asset_data(), content_type="application/json")
        assert made.status_code == 201 and made.json()["priority"] == 20
        url = f"/api/v1/inventory/{made.json()['id']}/"
        changed = client.patch(url, {"importance": 2}, content_type="application/json").json()
        assert changed["priority"] == 10 and changed["name"] == asset_data()["name"]
        platform = KnowledgeAsset.objects.get(platform_dataset="certificates")
        body = client.get(f"/api/v1/inventory/{platform.pk}/").json()
        assert body["records"] is not None
        client.force_login(member(Role.AREA_OFFICER))
        assert (
            client.patch(url, {"importance": 5}, content_type="application/json").status_code == 403
        )
        assert client.get(url).status_code == 200  # staff read it

    def test_lesson_detail_comments_and_filters(self, client, django_capture_on_commit_callbacks):
        client.force_login(member(Role.AREA_OFFICER))
        community = Community.objects.first()
        with django_capture_on_commit_callbacks(execute=True):
            lesson = services.lesson_post(
                actor=member(Role.AREA_OFFICER),
                data={
                    "community": community,
                    "kind": "lesson",
                    "title": "นัดตรวจช่วงบ่าย",
                    "body": "ร้านอาหารว่างช่วงบ่าย",
                    "tags": "ร้านอาหาร",
                },
            )
        url = f"/api/v1/lessons/{lesson.pk}/"
        empty = client.post(url + "comments/", {"body": ""}, content_type="application/json")
        assert empty.status_code == 400 and "body" in empty.json()["errors"]
        said = client.post(url + "comments/", {"body": "ขอบคุณ"}, content_type="application/json")
        assert said.status_code == 201
        body = client.get(url).json()
        assert body["comment_count"] == 1 and body["comments"][0]["body"] == "ขอบคุณ"
        assert client.get("/api/v1/lessons/", {"community": community.pk}).json()["count"] == 1
        assert client.get("/api/v1/lessons/", {"tag": "ตลาด"}).json()["count"] == 0
        assert client.get("/api/v1/lessons/", {"q": "ร้านอาหาร"}).json()["count"] == 1
        assert client.get("/api/v1/lessons/", {"community": "two"}).status_code == 400
        client.force_login(operator())
        assert client.get(url).status_code == 404
