"""Indicator pages, the public reports with their files, and the API."""

import datetime
import io

import openpyxl
import pypdfium2
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import member
from tests.indicators.test_services import OCT, drafted_october, enter, published_october
from tscplus.accounts.choices import Role
from tscplus.core import charts
from tscplus.indicators import services
from tscplus.indicators.models import Evidence, Indicator, MonthlyProgress, Report
from tscplus.learning.models import Innovation

pytestmark = pytest.mark.django_db


class TestStaffPages:
    def test_home_and_indicator_with_its_plan(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2027, 1, 15):
            page = client.get("/indicators/")
            assert page.status_code == 200 and "LO-1" in page.content.decode()
            page = client.get(f"/indicators/{lo.pk}/").content.decode()
        assert "<svg" in page and 'role="img"' in page
        assert page.count('data-testid="late"') == 4  # steps 1-4 ended in December, not done

    def test_the_public_and_operators_do_not_see_them(self, client, lo):
        assert client.get("/indicators/").status_code == 302
        client.force_login(member(Role.OPERATOR))
        assert client.get("/indicators/").status_code == 404
        assert client.get(f"/indicators/{lo.pk}/").status_code == 404

    def test_progress_form_shows_the_platforms_figures(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2026, 11, 3):
            page = client.get(f"/en/indicators/{lo.pk}/progress/?month=2026-10").content.decode()
        assert "Establishments registered" in page and "October 2026" in page

    def test_progress_form_opens_the_chosen_month_with_its_own_values(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2026, 12, 3):
            enter(lo)  # October, level 3
            page = client.get(f"/indicators/{lo.pk}/progress/?month=2026-11").content.decode()
            assert "พฤศจิกายน 2569" in page and 'data-testid="existing"' not in page
            assert 'name="month" value="2026-11"' in page and "รวบรวมบัญชีข้อมูล" not in page
            page = client.get(f"/indicators/{lo.pk}/progress/?month=2026-10").content.decode()
            assert 'data-testid="existing"' in page and "รวบรวมบัญชีข้อมูล" in page
            # The picker offers the year's months that have begun, in B.E.
            assert '<option value="2026-10" selected>ตุลาคม 2569</option>' in page
            assert 'value="2027-01"' not in page

    def test_a_closed_year_opens_on_its_last_month(self, client, lo, on_day):
        old = Indicator.objects.get(fiscal_year__year=2565, code="LO-1")
        old.responsible.add(lo.reporter)
        client.force_login(lo.reporter)
        with on_day(2026, 11, 3):
            page = client.get(f"/indicators/{old.pk}/progress/").content.decode()
        assert 'name="month" value="2022-09"' in page

    def test_a_frozen_month_says_why_and_offers_no_save(self, client, lo, approver, on_day):
        published_october(lo, approver, on_day)
        client.force_login(lo.reporter)
        with on_day(2026, 11, 20):
            page = client.get(f"/indicators/{lo.pk}/progress/?month=2026-10").content.decode()
        assert 'data-testid="frozen"' in page and "บันทึกความก้าวหน้า</button>" not in page

    def test_send_for_approval_keeps_the_summary_typed_in_the_box(self, client, lo, on_day):
        report = drafted_october(on_day)
        client.force_login(lo.reporter)
        with on_day(2026, 11, 3):
            enter(lo)
            response = client.post(
                f"/indicators/reports/{report.pk}/",
                {"action": "submit", "narrative": "พิมพ์แล้วกดส่งเลย"},
            )
        assert response.status_code == 302
        revision = report.revisions.get()
        assert revision.status == "submitted" and revision.narrative == "พิมพ์แล้วกดส่งเลย"
        assert revision.content["narrative"] == "พิมพ์แล้วกดส่งเลย"

    def test_level_7_is_a_field_error_and_nothing_is_lost(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2026, 11, 3):
            response = client.post(
                f"/en/indicators/{lo.pk}/progress/",
                {"month": "2026-10", "level": "7", "done": "ทำแล้ว"},
            )
        page = response.content.decode()
        assert response.status_code == 400
        assert "less than or equal to 5" in page and "ทำแล้ว" in page
        assert not MonthlyProgress.objects.exists()

    def test_a_future_month_is_refused_on_the_field(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2026, 11, 3):
            response = client.post(
                f"/en/indicators/{lo.pk}/progress/", {"month": "2027-01", "level": "2", "done": "x"}
            )
        assert response.status_code == 400
        assert "has not begun yet" in response.content.decode()

    def test_workflow_on_the_report_page(self, client, lo, approver, on_day):
        report = drafted_october(on_day)
        with on_day(2026, 11, 3):
            enter(lo)
            client.force_login(lo.reporter)
            client.post(
                f"/indicators/reports/{report.pk}/",
                {"action": "narrative", "narrative": "เดือนแรกของปี"},
            )
            client.post(f"/indicators/reports/{report.pk}/", {"action": "submit"})
        with on_day(2026, 11, 8):
            client.force_login(approver)
            response = client.post(f"/indicators/reports/{report.pk}/", {"action": "publish"})
        assert response.status_code == 302
        report.refresh_from_db()
        assert report.first_published_at is not None
        page = client.get("/reports/").content.decode()
        assert "เผยแพร่ตรงเวลา" in page

    def test_on_time_grid(self, client, lo, approver, on_day):
        published_october(lo, approver, on_day)
        client.force_login(lo.reporter)
        with on_day(2026, 12, 20):
            page = client.get("/en/indicators/on-time/").content.decode()
        assert "Published on time" in page and "100%" in page


class TestPublicReports:
    def test_list_page_files_and_corrections(self, client, lo, approver, on_day):
        report = published_october(lo, approver, on_day, publish_day=14)
        page = client.get("/en/reports/").content.decode()
        assert "Published late by 4 days" in page
        page = client.get(f"/reports/{report.pk}/").content.decode()
        assert "ระดับความสำเร็จของการเป็นองค์กรแห่งการเรียนรู้" in page and "<svg" in page
        pdf = client.get(f"/reports/{report.pk}/pdf")
        assert pdf["Content-Type"] == "application/pdf"
        text = pypdfium2.PdfDocument(pdf.content)[0].get_textpage().get_text_range()
        assert "รายงานความก้าวหน้ารายเดือน" in text and "ตุลาคม 2569" in text
        sheet = openpyxl.load_workbook(io.BytesIO(client.get(f"/reports/{report.pk}/xlsx").content))
        assert sheet.worksheets[0]["A2"].value == "LO-1"
        # What was reached is a number with its unit beside it, so Excel can sum and chart it.
        assert sheet.worksheets[0]["D2"].value == "ระดับ (1-5)"
        assert isinstance(sheet.worksheets[0]["F2"].value, int | float)
        assert client.get(f"/reports/{report.pk}/docx").status_code == 404
        with on_day(2026, 11, 20):
            services.report_correct(actor=lo.reporter, report=report, note="แก้คำผิด")
            services.report_submit(actor=lo.reporter, report=report)
            services.report_publish(actor=approver, report=report)
        page = client.get(f"/en/reports/{report.pk}/").content.decode()
        assert 'data-testid="corrected"' in page and "แก้คำผิด" in page
        old = client.get(f"/en/reports/{report.pk}/?revision=1").content.decode()
        assert "replaced by a correction" in old

    def test_a_draft_is_not_public(self, client, lo):
        report = services.report_draft(period=OCT)
        assert client.get(f"/reports/{report.pk}/").status_code == 404
        assert client.get(f"/api/v1/reports/{report.pk}/").status_code == 404

    def test_half_year_summary_lists_results_and_innovations(self, client, lo, approver, on_day):
        Innovation.objects.create(
            title="ระบบแจ้งเตือนรายงานอัตโนมัติ",
            problem="รายงานล่าช้า",
            solution="แจ้งเตือนวันที่ 1 5 8",
            unit="กลุ่มเทคโนโลยีสารสนเทศ",
            stage="in_use",
            started_on=datetime.date(2026, 12, 1),
            measures="รายงานตรงเวลา: 60% -> 100%",
        )
        with on_day(2027, 3, 1):
            services.daily_cycle(today=datetime.date(2027, 3, 1))
        report = Report.objects.get(kind="half_year", period=datetime.date(2027, 2, 1))
        with on_day(2027, 3, 2):
            services.report_narrative_save(
                actor=lo.reporter, report=report, narrative="สรุปรอบ ก.พ."
            )
            services.report_submit(actor=lo.reporter, report=report)
            services.report_publish(actor=approver, report=report)
        page = client.get(f"/reports/{report.pk}/").content.decode()
        assert "ระบบแจ้งเตือนรายงานอัตโนมัติ" in page and "60% -&gt; 100%" in page
        assert page.count('data-testid="plan-result"') == 7 and "สรุปรอบ ก.พ." in page
        pdf = client.get(f"/reports/{report.pk}/pdf").content
        text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(pdf))
        assert "ระบบแจ้งเตือนรายงานอัตโนมัติ" in text
        book = openpyxl.load_workbook(io.BytesIO(client.get(f"/reports/{report.pk}/xlsx").content))
        innovations = book.worksheets[-1]
        assert [c.value for c in innovations[2]][:3] == [
            "ระบบแจ้งเตือนรายงานอัตโนมัติ",
            "กลุ่มเทคโนโลยีสารสนเทศ",
            "ใช้งานจริง",
        ]


class TestEvidenceFiles:
    def test_for_staff_until_a_published_report_shows_it(self, client, lo, approver, on_day):
        report = drafted_october(on_day)
        with on_day(2026, 11, 3):
            enter(
                lo,
                evidence_title="คำสั่งแต่งตั้งคณะทำงาน",
                evidence_file=SimpleUploadedFile("คำสั่ง.pdf", b"%PDF-1.4\n%%EOF\n"),
            )
        evidence = Evidence.objects.get()
        assert "คำสั่ง" not in evidence.file.name  # stored under a random name
        url = f"/indicators/evidence/{evidence.pk}/"
        assert client.get(url).status_code == 404  # the public, before publication
        client.force_login(lo.reporter)
        page = client.get(f"/indicators/{lo.pk}/").content.decode()
        assert f'href="http://testserver{url}"' in page or url in page
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")
        assert "filename*=utf-8''" in response["Content-Disposition"].lower()
        assert response["Cache-Control"].startswith("private")
        client.logout()
        with on_day(2026, 11, 4):
            services.report_submit(actor=lo.reporter, report=report)
        with on_day(2026, 11, 8):
            services.report_publish(actor=approver, report=report)
        assert client.get(url).status_code == 200  # the published report links it
        public = client.get(f"/reports/{report.pk}/").content.decode()
        assert url in public


def test_old_published_evidence_links_are_pointed_at_the_view(lo, approver, on_day):
    import importlib

    from django.apps import apps

    report = drafted_october(on_day)
    with on_day(2026, 11, 3):
        enter(lo, evidence_title="คำสั่ง", evidence_file=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"))
        services.report_submit(actor=lo.reporter, report=report)
    with on_day(2026, 11, 8):
        revision = services.report_publish(actor=approver, report=report)
    evidence = Evidence.objects.get()
    # As a revision published before files had their own view stored it.
    row = revision.content["indicators"][0]
    row["current"]["evidence"] = [{"title": "คำสั่ง", "url": f"/media/{evidence.file.name}"}]
    revision.save(update_fields=["content"])
    importlib.import_module("tscplus.indicators.migrations.0004_evidence_links").relink(apps, None)
    revision.refresh_from_db()
    item = revision.content["indicators"][0]["current"]["evidence"][0]
    assert item["id"] == evidence.pk and item["url"].endswith(
        f"/indicators/evidence/{evidence.pk}/"
    )


class TestApi:
    def test_public_list_and_detail(self, client, lo, approver, on_day):
        report = published_october(lo, approver, on_day, publish_day=14)
        body = client.get("/api/v1/reports/").json()
        assert body["count"] == 1
        row = body["results"][0]
        assert row["timeliness"]["state"] == "late" and row["timeliness"]["days"] == 4
        detail = client.get(f"/api/v1/reports/{report.pk}/").json()
        assert detail["content"]["indicators"][0]["code"] == "LO-1"

    def test_progress_put_and_errors(self, client, lo, on_day):
        client.force_login(lo.reporter)
        url = f"/api/v1/indicators/{lo.pk}/progress/2026-10/"
        with on_day(2026, 11, 3):
            bad = client.put(url, {"level": 7, "done": "x"}, content_type="application/json")
            assert bad.status_code == 400 and "level" in bad.json()["errors"]
            future = client.put(
                url.replace("2026-10", "2027-05"),
                {"level": 2, "done": "x"},
                content_type="application/json",
            )
            assert future.status_code == 400 and "month" in future.json()["errors"]
            junk = client.put(
                url.replace("2026-10", "oct"),
                {"level": 2, "done": "x"},
                content_type="application/json",
            )
            assert junk.status_code == 400
            ok = client.put(
                url,
                {
                    "level": 2,
                    "done": "ประชุมทีม",
                    "evidence_title": "บันทึก",
                    "evidence_url": "https://example.go.th/lo1.pdf",
                },
                content_type="application/json",
            )
        assert ok.status_code == 200 and ok.json()["level"] == 2
        assert ok.json()["evidence"][0]["url"] == "https://example.go.th/lo1.pdf"
        assert client.get(url).json()["done"] == "ประชุมทีม"

    def test_indicators_are_for_staff(self, client, lo):
        assert client.get("/api/v1/indicators/").status_code in (401, 403)
        client.force_login(member(Role.OPERATOR))
        assert client.get("/api/v1/indicators/").status_code == 404
        client.force_login(lo.reporter)
        body = client.get("/api/v1/indicators/?year=2570").json()
        assert body[0]["code"] == "LO-1" and len(body[0]["levels"]) == 5
        assert client.get("/api/v1/indicators/?year=abc").status_code == 400

    def test_indicator_detail_and_plan_step_update(self, client, lo, on_day):
        client.force_login(lo.reporter)
        with on_day(2027, 1, 15):
            body = client.get(f"/api/v1/indicators/{lo.pk}/").json()
            assert body["can_report"] and len(body["steps"]) == 7
            assert [s["state"] for s in body["steps"]].count("late") == 4  # as the timeline shows
            step = body["steps"][0]
            url = f"/api/v1/indicators/steps/{step['id']}/"
            bad = client.patch(url, {"status": "finished"}, content_type="application/json")
            assert bad.status_code == 400 and "status" in bad.json()["errors"]
            ok = client.patch(
                url, {"status": "done", "evidence": "บันทึกการประชุม"}, content_type="application/json"
            )
        assert ok.status_code == 200
        assert ok.json()["state"] == "done" and ok.json()["completed_on"] == "2027-01-15"
        assert client.get("/api/v1/indicators/999999/").status_code == 404
        client.force_login(member(Role.AREA_OFFICER))  # staff, not responsible for it
        other = client.patch(url, {"status": "planned"}, content_type="application/json")
        assert other.status_code in (403, 404)

    def test_report_workflow_through_the_api(self, client, lo, approver, on_day):
        with on_day(2026, 11, 3):
            enter(lo, OCT)
            report = services.report_draft(period=OCT)
        base = f"/api/v1/indicators/reports/{report.pk}/"
        client.force_login(lo.reporter)
        with on_day(2026, 11, 4):
            draft = client.get(base).json()
            assert draft["working"]["status"] == "draft" and draft["published"] == []
            assert draft["content"]["indicators"][0]["code"] == "LO-1"
            saved = client.post(
                base + "narrative/", {"narrative": "เดือนแรกของปี"}, content_type="application/json"
            )
            assert saved.json()["working"]["narrative"] == "เดือนแรกของปี"
            empty = client.post(base + "narrative/", {}, content_type="application/json")
            assert empty.status_code == 400 and "narrative" in empty.json()["errors"]
            assert client.get(base).json()["working"]["narrative"] == "เดือนแรกของปี"  # kept
            sent = client.post(base + "submit/", {}, content_type="application/json")
            assert sent.json()["working"]["status"] == "submitted"
            own = client.post(base + "publish/", {}, content_type="application/json")
            assert own.status_code == 403  # whoever sent it cannot publish it
            assert (
                client.post(base + "fly/", {}, content_type="application/json").status_code == 404
            )
        client.force_login(approver)
        with on_day(2026, 11, 8):
            done = client.post(base + "publish/", {}, content_type="application/json").json()
        assert done["working"] is None and done["published"][0]["number"] == 1
        assert done["timeliness"]["state"] == "on_time"

    def test_on_time_grid(self, client, lo, approver, on_day):
        published_october(lo, approver, on_day, publish_day=14)
        client.force_login(lo.reporter)
        with on_day(2026, 12, 20):
            body = client.get("/api/v1/indicators/on-time/?year=2570").json()
        assert body["months"][:2] == ["2026-10-01", "2026-11-01"]
        assert body["rows"][0]["code"] == "LO-1" and body["rows"][0]["cells"][0]["state"] == "late"
        # November's report was never drafted; it was due on 10 December: not "not yet due".
        assert body["rows"][0]["cells"][1]["state"] == "missing"
        assert body["rows"][0]["cells"][2]["state"] == "pending"  # December is not due yet


def test_charts_escape_text():
    svg = charts.bar_chart(bars=[("<script>", 3)], maximum=5, label='a"b')
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_an_approver_lands_on_what_waits_for_approval(client, lo, approver, on_day):
    """Issue 15: the approver's landing page (indicators:home) opens with the reports sent for
    approval, each a link to it; a reporter, who cannot approve, does not get that list."""
    report = drafted_october(on_day)
    with on_day(2026, 11, 5):
        services.report_submit(actor=lo.reporter, report=report)
        client.force_login(approver)
        page = client.get("/en/indicators/").content.decode()
        assert 'data-testid="awaiting-approval"' in page
        assert f'href="/en/indicators/reports/{report.pk}/"' in page
        assert page.index("awaiting-approval") < page.index('data-testid="desk-row"')
        client.force_login(lo.reporter)
        assert "awaiting-approval" not in client.get("/en/indicators/").content.decode()
