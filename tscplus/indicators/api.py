"""Indicators and reports in the API: the published reports for everyone; indicators, progress
entry and the report workflow for staff. Same services and rules as the pages."""

from __future__ import annotations

import datetime

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework import permissions as drf_permissions
from rest_framework.exceptions import NotFound
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.indicators import selectors, services
from tscplus.indicators.models import Indicator, MonthlyProgress, Report


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

    @extend_schema(operation_id="reports_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["indicators"])
class ReportView(APIView):
    permission_classes = [drf_permissions.AllowAny]

    @extend_schema(operation_id="reports_read", responses=ReportDetailSerializer)
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


@extend_schema(tags=["indicators"])
class IndicatorListView(APIView):
    """The indicators of a fiscal year (B.E.; the current one by default). Staff only."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(operation_id="indicators_list", responses=IndicatorApiSerializer(many=True),
                   parameters=[OpenApiParameter("year", int, description="Fiscal year, B.E.")])  # fmt: skip
    def get(self, request):
        year = request.query_params.get("year", "")
        if year and not year.isdigit():
            raise serializers.ValidationError(
                {"year": ["Expected a fiscal year in B.E., e.g. 2570."]}
            )
        fy = selectors.fiscal_year_for(int(year) if year else None)
        if fy is None:
            raise NotFound
        return Response(IndicatorApiSerializer(selectors.indicator_list(fy), many=True).data)


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


class ProgressReadSerializer(serializers.ModelSerializer):
    class Meta:
        model = MonthlyProgress
        fields = ["month", "level", "value", "done", "problems", "next_steps", "updated_at"]


@extend_schema(tags=["indicators"])
class ProgressView(APIView):
    """An indicator's progress for a month (`YYYY-MM`): read, or enter it (its responsible people)."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    def _indicator(self, pk: int) -> Indicator:
        try:
            return selectors.indicator_detail(pk)
        except Indicator.DoesNotExist:
            raise NotFound from None

    def _month(self, month: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(f"{month}-01")
        except ValueError:
            raise serializers.ValidationError(
                {"month": ["Expected YYYY-MM, e.g. 2026-10."]}
            ) from None

    @extend_schema(operation_id="indicators_progress_read", responses=ProgressReadSerializer)
    def get(self, request, pk: int, month: str):
        progress = MonthlyProgress.objects.filter(indicator=self._indicator(pk),
                                                  month=self._month(month)).first()  # fmt: skip
        if progress is None:
            raise NotFound
        return Response(ProgressReadSerializer(progress).data)

    @extend_schema(operation_id="indicators_progress_save", request=ProgressApiSerializer,
                   responses=ProgressReadSerializer)  # fmt: skip
    def put(self, request, pk: int, month: str):
        indicator, day = self._indicator(pk), self._month(month)
        body = ProgressApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        progress = services.progress_save(actor=request.user, indicator=indicator, month=day,
                                          **body.validated_data)  # fmt: skip
        return Response(ProgressReadSerializer(progress).data)


class ReportActionSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")


@extend_schema(tags=["indicators"])
class ReportActionView(APIView):
    """The report workflow: `submit` (reporters), `publish` and `return` (approvers), `correct`."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(operation_id="indicators_report_action", request=ReportActionSerializer,
                   responses={200: ReportSummarySerializer})  # fmt: skip
    def post(self, request, pk: int, verb: str):
        report = Report.objects.filter(pk=pk).first()
        if report is None:
            raise NotFound
        body = ReportActionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        note = body.validated_data["note"]
        if verb == "submit":
            revision = services.report_submit(actor=request.user, report=report)
        elif verb == "publish":
            revision = services.report_publish(actor=request.user, report=report)
        elif verb == "return":
            revision = services.report_return(actor=request.user, report=report, note=note)
        elif verb == "correct":
            revision = services.report_correct(actor=request.user, report=report, note=note)
        else:
            raise NotFound("Unknown action; use submit, publish, return or correct.")
        return Response(
            {"report": report.pk, "revision": revision.number, "status": revision.status}
        )
