"""Indicators and reports in the API: the published reports for everyone; indicators, progress
entry and the report workflow for staff. Same services and rules as the pages."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework import permissions as drf_permissions
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core import clock
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import read_query, request_example
from tscplus.indicators import permissions, selectors, services
from tscplus.indicators.choices import RevisionStatus, StepStatus
from tscplus.indicators.models import (
    Evidence,
    Indicator,
    MonthlyProgress,
    PlanStep,
    Report,
    ReportRevision,
)


class ReportSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    period = serializers.DateField()
    due_on = serializers.DateField()
    first_published_at = serializers.DateTimeField()
    timeliness = serializers.SerializerMethodField()
    revision = serializers.SerializerMethodField()
    corrected = serializers.SerializerMethodField()

    def get_timeliness(self, report) -> dict:
        t = selectors.timeliness(report)
        return {"state": t.state, "days": t.days, "label": str(t.label)}

    def get_revision(self, report) -> int:
        return report.published[0].number

    def get_corrected(self, report) -> bool:
        return len(report.published) > 1


class ReportDetailSerializer(ReportSummarySerializer):
    content = serializers.SerializerMethodField()
    correction_note = serializers.SerializerMethodField()

    def get_content(self, report) -> dict:
        return report.published[0].content

    def get_correction_note(self, report) -> str:
        return report.published[0].correction_note


@extend_schema(tags=["indicators"])
class ReportListView(generics.ListAPIView):
    """Published monthly reports and half-year summaries, newest first, each with its timeliness."""

    permission_classes = [drf_permissions.AllowAny]
    serializer_class = ReportSummarySerializer

    def get_queryset(self):
        return selectors.public_reports()

    @extend_schema(operation_id="reports_list", summary="Published reports, newest first")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["indicators"])
class ReportView(APIView):
    permission_classes = [drf_permissions.AllowAny]

    @extend_schema(
        operation_id="reports_read",
        summary="A published report with its content",
        responses=ReportDetailSerializer,
    )
    def get(self, request, pk: int):
        try:
            report = selectors.public_report(pk)
        except Report.DoesNotExist:
            raise NotFound from None
        return Response(ReportDetailSerializer(report).data)


class IndicatorApiSerializer(serializers.ModelSerializer):
    fiscal_year = serializers.IntegerField(source="fiscal_year.year")
    levels = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = ["id", "fiscal_year", "code", "name_th", "name_en", "definition_th",
                  "definition_en", "owner_unit_th", "owner_unit_en", "kind", "target", "unit_th",
                  "unit_en", "weight", "levels"]  # fmt: skip

    def get_levels(self, indicator) -> list[dict]:
        return [{"level": lv.level, "criteria_th": lv.criteria_th, "criteria_en": lv.criteria_en}
                for lv in indicator.levels.all()]  # fmt: skip


@request_example(
    "October's progress",
    {
        "level": 3,
        "done": "รวบรวมบัญชีข้อมูลครบ 12 รายการ",
        "problems": "",
        "next_steps": "ส่งร่างรายงานให้ผู้อนุมัติ",
        "evidence_url": "https://example.go.th/lo1/oct.pdf",
    },
)
class ProgressApiSerializer(serializers.Serializer):
    level = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
    value = serializers.DecimalField(
        max_digits=12, decimal_places=2, required=False, allow_null=True
    )
    done = serializers.CharField()
    problems = serializers.CharField(required=False, allow_blank=True, default="")
    next_steps = serializers.CharField(required=False, allow_blank=True, default="")
    evidence_title = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=200
    )
    evidence_url = serializers.URLField(required=False, allow_blank=True, default="")


class EvidenceApiSerializer(serializers.ModelSerializer):
    has_file = serializers.SerializerMethodField(
        help_text="A file was uploaded with it (files are kept for staff on the platform)."
    )
    href = serializers.CharField(
        read_only=True,
        help_text="Where to read it: the link, or the address that serves the uploaded file "
        "(to staff, and to everyone once a published report shows it).",
    )

    class Meta:
        model = Evidence
        fields = ["title", "url", "has_file", "href", "created_at"]

    def get_has_file(self, evidence) -> bool:
        return bool(evidence.file)


class ProgressReadSerializer(serializers.ModelSerializer):
    evidence = EvidenceApiSerializer(many=True, read_only=True)

    class Meta:
        model = MonthlyProgress
        fields = ["month", "level", "value", "done", "problems", "next_steps", "evidence",
                  "updated_at"]  # fmt: skip


class YearFilters(serializers.Serializer):
    year = serializers.IntegerField(
        required=False, min_value=2400, max_value=2800,
        help_text="Fiscal year in B.E. (e.g. 2570); the current one by default.",
    )  # fmt: skip


def _fiscal_year(request):
    fy = selectors.fiscal_year_for(read_query(request, YearFilters).get("year"))
    if fy is None:
        raise NotFound
    return fy


@extend_schema(tags=["indicators"])
class IndicatorListView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(operation_id="indicators_list", summary="The indicators of a fiscal year (staff)",
                   description="All of the year's indicators (a handful), so not paginated.",
                   responses=IndicatorApiSerializer(many=True), parameters=[YearFilters])  # fmt: skip
    def get(self, request):
        fy = _fiscal_year(request)
        return Response(IndicatorApiSerializer(selectors.indicator_list(fy), many=True).data)


class StepApiSerializer(serializers.ModelSerializer):
    state = serializers.SerializerMethodField(
        help_text="As the timeline draws it: done, late (not done and its last month is over), "
        "open (under way) or planned."
    )

    class Meta:
        model = PlanStep
        fields = ["id", "order", "activity_th", "activity_en", "control_point_th",
                  "control_point_en", "responsible_th", "responsible_en", "starts_on", "ends_on",
                  "status", "completed_on", "evidence", "state"]  # fmt: skip
        read_only_fields = [f for f in fields if f not in ("status", "evidence")]

    def get_state(self, step) -> str:
        return step.state(clock.today())


class IndicatorDetailApiSerializer(IndicatorApiSerializer):
    steps = StepApiSerializer(many=True, read_only=True)
    progress = ProgressReadSerializer(many=True, read_only=True)
    can_report = serializers.SerializerMethodField(
        help_text="Whether you may enter this indicator's progress."
    )

    class Meta(IndicatorApiSerializer.Meta):
        fields = [*IndicatorApiSerializer.Meta.fields, "steps", "progress", "can_report"]

    def get_can_report(self, indicator) -> bool:
        return permissions.can_report(self.context["request"].user, indicator)


def _indicator(pk: int) -> Indicator:
    try:
        return selectors.indicator_detail(pk)
    except Indicator.DoesNotExist:
        raise NotFound from None


@extend_schema(tags=["indicators"])
class IndicatorView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(operation_id="indicators_read", summary="An indicator with its plan and progress",
                   description="Its levels, the steps of its plan with their state, and every "
                   "month's progress entered so far. Staff only.",
                   responses=IndicatorDetailApiSerializer)  # fmt: skip
    def get(self, request, pk: int):
        indicator = _indicator(pk)
        return Response(IndicatorDetailApiSerializer(indicator, context={"request": request}).data)


class StepUpdateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(StepStatus.choices, required=False)
    evidence = serializers.CharField(
        required=False, allow_blank=True, max_length=4000,
        help_text="What shows it was done: documents, links.",
    )  # fmt: skip


@extend_schema(tags=["indicators"])
class StepView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(operation_id="indicators_step_update", summary="Update a step of a plan",
                   description="Its status and evidence; by the indicator's responsible people. "
                   "Marking it done records today as its completion date.",
                   request=StepUpdateSerializer, responses=StepApiSerializer,
                   examples=[OpenApiExample("Done", request_only=True, value={
                       "status": "done", "evidence": "หนังสือสั่งการ ที่ สธ 0901/123"})])  # fmt: skip
    def patch(self, request, pk: int):
        step = PlanStep.objects.select_related("indicator").filter(pk=pk).first()
        if step is None:
            raise NotFound
        body = StepUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        step = services.plan_step_update(
            actor=request.user, step=step,
            status=body.validated_data.get("status", step.status),
            evidence=body.validated_data.get("evidence", step.evidence),
        )  # fmt: skip
        return Response(StepApiSerializer(step).data)


class OnTimeCellSerializer(serializers.Serializer):
    state = serializers.ChoiceField(["pending", "on_time", "late", "missing"])
    label = serializers.CharField()


class OnTimeRowSerializer(serializers.Serializer):
    indicator = serializers.IntegerField(source="indicator.pk")
    code = serializers.CharField(source="indicator.code")
    cells = OnTimeCellSerializer(many=True)
    rate = serializers.IntegerField(
        allow_null=True, help_text="Per cent on time, of the months due."
    )


class OnTimeSerializer(serializers.Serializer):
    months = serializers.ListField(child=serializers.DateField())
    rows = OnTimeRowSerializer(many=True)
    month_rates = serializers.ListField(child=serializers.IntegerField(allow_null=True))


@extend_schema(tags=["indicators"])
class OnTimeView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(operation_id="indicators_on_time", summary="On-time reporting by indicator "
                   "and month (staff)", description="For each indicator and each month already "
                   "due: was its progress in a report published by the due date?",
                   parameters=[YearFilters], responses=OnTimeSerializer)  # fmt: skip
    def get(self, request):
        return Response(OnTimeSerializer(selectors.on_time_grid(_fiscal_year(request))).data)


@extend_schema(tags=["indicators"])
class ProgressView(APIView):
    """An indicator's progress for a month (`YYYY-MM`): read, or enter it (its responsible people)."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    def _month(self, month: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(f"{month}-01")
        except ValueError:
            raise serializers.ValidationError(
                {"month": [_("Write the month as YYYY-MM, e.g. 2026-10.")]}
            ) from None

    @extend_schema(
        operation_id="indicators_progress_read",
        summary="A month's progress of an indicator",
        responses=ProgressReadSerializer,
    )
    def get(self, request, pk: int, month: str):
        progress = MonthlyProgress.objects.filter(indicator=_indicator(pk),
                                                  month=self._month(month)).first()  # fmt: skip
        if progress is None:
            raise NotFound
        return Response(ProgressReadSerializer(progress).data)

    @extend_schema(operation_id="indicators_progress_save", summary="Enter a month's progress (its responsible people)", request=ProgressApiSerializer,
                   responses=ProgressReadSerializer)  # fmt: skip
    def put(self, request, pk: int, month: str):
        indicator, day = _indicator(pk), self._month(month)
        body = ProgressApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        progress = services.progress_save(actor=request.user, indicator=indicator, month=day,
                                          **body.validated_data)  # fmt: skip
        return Response(ProgressReadSerializer(progress).data)


class RevisionApiSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportRevision
        fields = ["number", "status", "narrative", "correction_note", "return_note", "submitted_at",
                  "published_at"]  # fmt: skip


class StaffReportSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    period = serializers.DateField()
    due_on = serializers.DateField()
    first_published_at = serializers.DateTimeField(allow_null=True)
    timeliness = serializers.SerializerMethodField()
    working = RevisionApiSerializer(
        allow_null=True, help_text="The revision being worked on; null once all is published."
    )
    published = RevisionApiSerializer(many=True)
    content = serializers.DictField(
        help_text="What the report says: computed live for a draft, frozen once sent."
    )

    def get_timeliness(self, report) -> dict:
        return ReportSummarySerializer().get_timeliness(report["report"])


def _staff_report(report: Report) -> dict:
    working, content = selectors.working_report(report)
    published = report.revisions.filter(status=RevisionStatus.PUBLISHED).order_by("-number")
    return {"report": report, "id": report.pk, "kind": report.kind, "period": report.period,
            "due_on": report.due_on, "first_published_at": report.first_published_at,
            "working": working, "published": list(published), "content": content}  # fmt: skip


def _report_or_404(pk: int) -> Report:
    report = Report.objects.select_related("fiscal_year").filter(pk=pk).first()
    if report is None:
        raise NotFound
    return report


@extend_schema(tags=["indicators"])
class StaffReportView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(operation_id="indicators_report_read", summary="A report as staff see it",
                   description="Drafts included: the revision being worked on, the published "
                   "revisions, and the content. The public read published reports at "
                   "`/api/v1/reports/{id}/`.", responses=StaffReportSerializer)  # fmt: skip
    def get(self, request, pk: int):
        return Response(StaffReportSerializer(_staff_report(_report_or_404(pk))).data)


class ReportActionSerializer(serializers.Serializer):
    note = serializers.CharField(
        required=False, allow_blank=True, default="",
        help_text="Why it is sent back (`return`) or what will be corrected (`correct`).",
    )  # fmt: skip
    narrative = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=20000,
        help_text="The report's own words (`narrative`, on a draft).",
    )  # fmt: skip


REPORT_VERBS = ("narrative", "submit", "publish", "return", "correct")


@extend_schema(tags=["indicators"])
class ReportActionView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(
        operation_id="indicators_report_action", summary="Move a report through its workflow",
        description="`narrative` saves the draft's own words, `submit` sends it for approval "
        "(reporters), `publish` and `return` are the approver's (never whoever sent it), "
        "`correct` opens a new revision of a published report. An action out of turn is a 400.",
        request=ReportActionSerializer, responses={200: StaffReportSerializer},
        parameters=[OpenApiParameter("verb", str, OpenApiParameter.PATH, enum=list(REPORT_VERBS))],
        examples=[OpenApiExample("Send back", request_only=True,
                                 value={"note": "ตัวชี้วัด LO-1 ยังไม่มีหลักฐานของเดือนนี้"})],
    )  # fmt: skip
    def post(self, request, pk: int, verb: str):
        report = _report_or_404(pk)
        if verb not in REPORT_VERBS:
            raise NotFound(
                _("There is no such action; use one of: {verbs}.").format(
                    verbs=", ".join(REPORT_VERBS)
                )
            )
        body = ReportActionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        if verb == "narrative" and "narrative" not in body.initial_data:
            # Never empty a saved narrative because a client left the field out.
            raise serializers.ValidationError({"narrative": [_("This field is required.")]})
        note = body.validated_data["note"]
        if verb == "narrative":
            services.report_narrative_save(
                actor=request.user, report=report, narrative=body.validated_data["narrative"]
            )
        elif verb == "submit":
            services.report_submit(actor=request.user, report=report)
        elif verb == "publish":
            services.report_publish(actor=request.user, report=report)
        elif verb == "return":
            services.report_return(actor=request.user, report=report, note=note)
        else:
            services.report_correct(actor=request.user, report=report, note=note)
        report.refresh_from_db()
        return Response(StaffReportSerializer(_staff_report(report)).data)
