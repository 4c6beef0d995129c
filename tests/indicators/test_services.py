"""Progress, evidence, the report workflow, timeliness, corrections and the daily job."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from tests.factories import image_upload, member
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent, Notification
from tscplus.indicators import selectors, services
from tscplus.indicators.choices import NoticeKind, ReportKind, RevisionStatus
from tscplus.indicators.models import (
    Evidence,
    FiscalYear,
    Indicator,
    MonthlyProgress,
    Report,
    ReportNotice,
)
from tscplus.indicators.seed import seed_with_current_models

pytestmark = pytest.mark.django_db
OCT = datetime.date(2026, 10, 1)


def enter(indicator, month=OCT, **extra):
    data = {"level": 3, "done": "รวบรวมบัญชีข้อมูลครบ 12 รายการ", **extra}
    return services.progress_save(
        actor=indicator.reporter, indicator=indicator, month=month, **data
    )


class TestSeed:
    def test_both_years_with_levels_and_the_sops_seven_steps(self):
        for year in (2565, 2570):
            indicator = Indicator.objects.get(fiscal_year__year=year, code="LO-1")
            assert indicator.levels.count() == 5 and indicator.steps.count() == 7
        step5 = Indicator.objects.get(fiscal_year__year=2565).steps.get(order=5)
        assert (step5.starts_on, step5.ends_on) == (
            datetime.date(2021, 11, 1),
            datetime.date(2022, 6, 30),
        )

    def test_idempotent(self):
        before = (Indicator.objects.count(), FiscalYear.objects.count())
        assert seed_with_current_models() == 0
        assert (Indicator.objects.count(), FiscalYear.objects.count()) == before


class TestProgress:
    def test_saved_and_audited(self, lo, on_day):
        with on_day(2026, 11, 3):
            progress = enter(lo)
        assert (progress.month, progress.level) == (OCT, 3)
        event = AuditEvent.objects.get(verb="indicators.progress_save")
        assert event.after["level"] == 3

    def test_a_month_outside_the_fiscal_year_is_refused(self, lo, on_day):
        with on_day(2026, 11, 3), pytest.raises(ValidationError) as caught:
            enter(lo, month=datetime.date(2026, 9, 1))
        assert "2570" in caught.value.message_dict["month"][0]

    def test_a_month_not_begun_is_refused(self, lo, on_day):
        with on_day(2026, 11, 3), pytest.raises(ValidationError) as caught:
            enter(lo, month=datetime.date(2026, 12, 1))
        assert "month" in caught.value.message_dict

    @pytest.mark.parametrize("level", [0, 6, None])
    def test_level_outside_1_to_5(self, lo, on_day, level):
        with on_day(2026, 11, 3), pytest.raises(ValidationError) as caught:
            enter(lo, level=level)
        assert "level" in caught.value.message_dict
        assert not MonthlyProgress.objects.exists()

    def test_only_its_responsible_people(self, lo, on_day):
        other = member(Role.INDICATOR_REPORTER)
        with on_day(2026, 11, 3), pytest.raises(PermissionDenied):
            services.progress_save(actor=other, indicator=lo, month=OCT, level=2, done="x")

    def test_evidence_link_and_cleaned_photo(self, lo, on_day):
        with on_day(2026, 11, 3):
            enter(lo, evidence_title="รายงานการประชุม", evidence_url="https://example.org/minutes")
            progress = enter(
                lo,
                evidence_title="ภาพกิจกรรม",
                evidence_file=image_upload("activity.png", fmt="PNG", exif_gps=False),
            )
        titles = list(progress.evidence.values_list("title", flat=True))
        assert titles == ["รายงานการประชุม", "ภาพกิจกรรม"]
        assert progress.evidence.get(title="ภาพกิจกรรม").file.name.endswith(".jpg")

    @pytest.mark.parametrize(
        ("name", "content", "words"),
        [
            ("virus.exe", b"MZ\x90\x00", "ประเภท"),
            ("report.pdf", b"not a pdf at all", "ไม่ตรงกับชนิด"),
            ("big.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1), "ใหญ่เกิน 10 MB"),
            ("sheet.xlsx", b"PK\x03\x04 not really a zip", "ไม่ตรงกับชนิด"),
        ],
    )
    def test_a_wrong_file_saves_nothing(self, lo, on_day, name, content, words):
        with on_day(2026, 11, 3), pytest.raises(ValidationError) as caught:
            enter(lo, evidence_title="x", evidence_file=SimpleUploadedFile(name, content))
        assert words in caught.value.message_dict["evidence_file"][0]
        assert not MonthlyProgress.objects.exists() and not Evidence.objects.exists()


def drafted_october(on_day):
    """October's report as the daily job drafts it on 1 November."""
    with on_day(2026, 11, 1):
        services.daily_cycle(today=datetime.date(2026, 11, 1))
    return Report.objects.get(kind=ReportKind.MONTHLY, period=OCT)


def published_october(lo, approver, on_day, publish_day=8):
    report = drafted_october(on_day)
    with on_day(2026, 11, 3):
        enter(lo)
        services.report_submit(actor=lo.reporter, report=report)
    with on_day(2026, 11, publish_day):
        services.report_publish(actor=approver, report=report)
    report.refresh_from_db()
    return report


class TestReports:
    def test_published_on_the_8th_is_on_time(self, lo, approver, on_day):
        report = published_october(lo, approver, on_day)
        assert report.due_on == datetime.date(2026, 11, 10)
        assert selectors.timeliness(report).state == "on_time"
        revision = selectors.published_revision(report)
        assert revision.content["indicators"][0]["current"]["reached"] == 3
        assert set(revision.content["figures"]) >= {"registered", "certified", "searches"}

    def test_published_on_the_14th_is_late_by_4_days(self, lo, approver, on_day):
        report = published_october(lo, approver, on_day, publish_day=14)
        timeliness = selectors.timeliness(report)
        assert (timeliness.state, timeliness.days) == ("late", 4)
        assert str(timeliness.label) == "เผยแพร่ล่าช้า 4 วัน"

    def test_not_sent_before_the_month_is_over(self, lo, on_day):
        with on_day(2026, 11, 1):
            report = services.report_draft(period=datetime.date(2026, 11, 1))
        with on_day(2026, 11, 20), pytest.raises(ValidationError):
            services.report_submit(actor=lo.reporter, report=report)

    def test_the_sender_cannot_approve(self, lo, on_day):
        admin = member(Role.ADMINISTRATOR)
        lo.responsible.add(admin)
        with on_day(2026, 11, 1):
            report = services.report_draft(period=OCT)
        with on_day(2026, 11, 3):
            services.report_submit(actor=admin, report=report)
            with pytest.raises(ValidationError):
                services.report_publish(actor=admin, report=report)

    def test_a_reporter_cannot_publish(self, lo, on_day):
        with on_day(2026, 11, 1):
            report = services.report_draft(period=OCT)
        with on_day(2026, 11, 3):
            services.report_submit(actor=lo.reporter, report=report)
            with pytest.raises(PermissionDenied):
                services.report_publish(actor=lo.reporter, report=report)

    def test_sent_back_with_a_comment_then_sent_again(self, lo, approver, on_day):
        with on_day(2026, 11, 1):
            report = services.report_draft(period=OCT)
        with on_day(2026, 11, 3):
            services.report_submit(actor=lo.reporter, report=report)
            with pytest.raises(ValidationError):
                services.report_return(actor=approver, report=report, note="  ")
            services.report_return(actor=approver, report=report, note="แนบหลักฐานเพิ่ม")
            assert services.open_revision(report).status == RevisionStatus.DRAFT
            told = Notification.objects.get(user=lo.reporter, title="รายงานถูกส่งกลับให้แก้ไข")
            # The message names the report and carries the approver's words.
            assert "ตุลาคม 2569" in told.body and "แนบหลักฐานเพิ่ม" in told.body
            services.report_submit(actor=lo.reporter, report=report)

    def test_a_correction_is_a_new_revision_and_both_are_kept(self, lo, approver, on_day):
        report = published_october(lo, approver, on_day)
        first = selectors.published_revision(report)
        with on_day(2026, 11, 20):
            with pytest.raises(ValidationError):
                services.report_correct(actor=lo.reporter, report=report, note="")
            revision = services.report_correct(actor=lo.reporter, report=report, note="แก้ระดับเป็น 4")
            with pytest.raises(ValidationError):  # one correction at a time
                services.report_correct(actor=lo.reporter, report=report, note="อีกครั้ง")
            enter(lo, level=4)
            services.report_submit(actor=lo.reporter, report=report)
            services.report_publish(actor=approver, report=report)
        latest = selectors.published_revision(report)
        assert (latest.number, latest.correction_note) == (revision.number, "แก้ระดับเป็น 4")
        assert latest.content["indicators"][0]["current"]["reached"] == 4
        first.refresh_from_db()
        assert first.content["indicators"][0]["current"]["reached"] == 3  # never edited in place
        report.refresh_from_db()
        assert selectors.timeliness(report).state == "on_time"  # the first publication counts
        verbs = set(AuditEvent.objects.values_list("verb", flat=True))
        assert {"indicators.report_correct", "indicators.report_publish"} <= verbs

    def test_progress_is_frozen_while_sent_and_once_published(self, lo, approver, on_day):
        report = drafted_october(on_day)
        with on_day(2026, 11, 3):
            enter(lo)
            services.report_submit(actor=lo.reporter, report=report)
            with pytest.raises(ValidationError) as caught:
                enter(lo, level=5)
            assert "รออนุมัติ" in caught.value.message_dict["month"][0]
        with on_day(2026, 11, 8):
            services.report_publish(actor=approver, report=report)
            with pytest.raises(ValidationError) as caught:
                enter(lo, level=5)
            assert "แก้ไขรายงานนี้" in caught.value.message_dict["month"][0]
            assert MonthlyProgress.objects.get(month=OCT).level == 3  # what the report says
            # The reporter who sent it is told it is out.
            told = Notification.objects.get(user=lo.reporter, title="รายงานได้รับการเผยแพร่แล้ว")
            assert "ตุลาคม 2569" in told.body
            # A correction opens the month again.
            services.report_correct(actor=lo.reporter, report=report, note="ระดับผิด")
            enter(lo, level=4)
        assert MonthlyProgress.objects.get(month=OCT).level == 4

    def test_a_buddhist_era_month_is_refused_with_the_western_year(self, lo, on_day):
        with on_day(2026, 11, 3), pytest.raises(ValidationError) as caught:
            enter(lo, month=datetime.date(2569, 10, 1))
        assert "2026" in caught.value.message_dict["month"][0]

    def test_an_administrator_of_one_province_does_not_run_the_national_report(self, lo, on_day):
        from tscplus.indicators import permissions
        from tscplus.knowledge.permissions import is_editor
        from tscplus.learning.permissions import is_keeper

        provincial = member(Role.ADMINISTRATOR, province="83")
        assert not permissions.is_approver(provincial) and not permissions.can_report(
            provincial, lo
        )
        assert not is_editor(provincial) and not is_keeper(provincial)
        assert permissions.is_approver(member(Role.ADMINISTRATOR))  # the country's administrator

    def test_an_approver_does_not_write_the_summary(self, lo, approver, on_day):
        with on_day(2026, 11, 1):
            report = services.report_draft(period=OCT)
        with pytest.raises(PermissionDenied):
            services.report_narrative_save(actor=approver, report=report, narrative="เขียนเอง")

    def test_a_published_revision_cannot_be_edited(self, lo, approver, on_day):
        report = published_october(lo, approver, on_day)
        with pytest.raises(ValidationError):
            services.report_narrative_save(actor=lo.reporter, report=report, narrative="x")


class TestReportingWindow:
    def test_fy_2565_asks_monthly_reports_from_november_to_june_only(self):
        fy = FiscalYear.objects.get(year=2565)
        assert not fy.reports_monthly(datetime.date(2021, 10, 1))
        assert fy.reports_monthly(datetime.date(2021, 11, 1))
        assert fy.reports_monthly(datetime.date(2022, 6, 1))
        assert not fy.reports_monthly(datetime.date(2022, 7, 1))
        # No monthly draft outside the window; the July half-year summary is still drafted.
        assert services.daily_cycle(today=datetime.date(2021, 11, 1))["drafted"] == 0
        services.daily_cycle(today=datetime.date(2022, 8, 1))
        kinds = set(
            Report.objects.filter(period=datetime.date(2022, 7, 1)).values_list("kind", flat=True)
        )
        assert kinds == {ReportKind.HALF_YEAR}
        grid = selectors.on_time_grid(fy, today=datetime.date(2026, 11, 25))
        states = [c["state"] for c in grid["rows"][0]["cells"]]
        assert states[0] == "not_required" and states[9:] == ["not_required"] * 3
        assert states[1:9] == ["missing"] * 8  # no report was made for those months here
        assert FiscalYear.objects.get(year=2570).reports_monthly(datetime.date(2026, 10, 1))

    def test_a_window_must_lie_in_its_year_in_order(self):
        fy = FiscalYear.objects.get(year=2570)
        fy.reports_from, fy.reports_to = datetime.date(2027, 6, 1), datetime.date(2026, 11, 1)
        with pytest.raises(ValidationError) as caught:
            fy.full_clean()
        assert "reports_to" in caught.value.message_dict
        fy.reports_from = datetime.date(2025, 11, 1)
        with pytest.raises(ValidationError) as caught:
            fy.full_clean()
        assert "2570" in caught.value.message_dict["reports_from"][0]


class TestDailyJob:
    def test_draft_on_the_1st_and_running_twice_changes_nothing(self, lo):
        first = services.daily_cycle(today=datetime.date(2026, 11, 1))
        notices = Notification.objects.count()
        second = services.daily_cycle(today=datetime.date(2026, 11, 1))
        assert first["drafted"] == 1 and first["reminded"] == 1
        assert second == {"drafted": 0, "reminded": 0, "escalated": 0}
        assert Notification.objects.count() == notices
        assert Report.objects.filter(period=OCT).count() == 1

    def test_reminders_on_the_1st_5th_and_8th_only_to_those_missing(self, lo, on_day):
        other = Indicator.objects.create(
            fiscal_year=lo.fiscal_year,
            code="LO-2",
            name_th="ตัวชี้วัดที่สอง",
            definition_th="-",
            owner_unit_th="กองแผนงาน",
            kind="numeric",
            target=100,
        )
        done_person = member(Role.INDICATOR_REPORTER)
        other.responsible.add(done_person)
        with on_day(2026, 11, 1):
            services.daily_cycle(today=datetime.date(2026, 11, 1))
        with on_day(2026, 11, 2):
            services.progress_save(
                actor=done_person, indicator=other, month=OCT, value=80, done="ok"
            )
        counts = {}
        for day in range(2, 10):
            counts[day] = services.daily_cycle(today=datetime.date(2026, 11, day))["reminded"]
        assert counts == {2: 0, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0, 8: 1, 9: 0}
        assert Notification.objects.filter(user=done_person).count() == 1  # the 1st only: then done
        reminded = Notification.objects.filter(user=lo.reporter).count()
        assert reminded == 3  # the 1st, the 5th, the 8th

    def test_a_late_run_sends_one_reminder_not_three(self, lo):
        result = services.daily_cycle(today=datetime.date(2026, 11, 9))
        assert result["reminded"] == 1
        kinds = set(ReportNotice.objects.values_list("kind", flat=True))
        assert {NoticeKind.REMINDER_1, NoticeKind.REMINDER_2, NoticeKind.REMINDER_3} <= kinds

    def test_escalation_after_the_due_date_once(self, lo):
        admin = member(Role.ADMINISTRATOR)
        services.daily_cycle(today=datetime.date(2026, 11, 1))
        assert services.daily_cycle(today=datetime.date(2026, 11, 10))["escalated"] == 0
        assert services.daily_cycle(today=datetime.date(2026, 11, 11))["escalated"] == 1
        assert services.daily_cycle(today=datetime.date(2026, 11, 12))["escalated"] == 0
        assert Notification.objects.filter(user=admin, title="รายงานล่าช้า").count() == 1

    def test_nothing_is_drafted_without_indicators(self):
        assert services.daily_cycle(today=datetime.date(2030, 1, 1))["drafted"] == 0
        assert not Report.objects.filter(period=datetime.date(2029, 12, 1)).exists()

    def test_half_year_summary_drafted_after_february(self, lo):
        services.daily_cycle(today=datetime.date(2027, 3, 1))
        kinds = set(
            Report.objects.filter(period=datetime.date(2027, 2, 1)).values_list("kind", flat=True)
        )
        assert kinds == {ReportKind.MONTHLY, ReportKind.HALF_YEAR}

    def test_the_command_replays_a_day(self, lo, on_day):
        with on_day(2026, 11, 20):
            out = io.StringIO()
            call_command("run-due-jobs", "--date", "2026-11-01", stdout=out)
            assert '"drafted": 1' in out.getvalue()
            out = io.StringIO()
            call_command("run-due-jobs", "--date", "2026-11-01", stdout=out)
            assert '"drafted": 0' in out.getvalue()

    def test_the_command_refuses_a_bad_date(self):
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="YYYY-MM-DD"):
            call_command("run-due-jobs", "--date", "1/11/2026")
        # A day to come would send its drafts and reminders early, and never on the day.
        with pytest.raises(CommandError, match="after today"):
            call_command("run-due-jobs", "--date", "2569-11-01")
        assert not Report.objects.exists()
