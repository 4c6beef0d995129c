"""Indicators in the API, for staff: a fiscal year's indicators, one with its plan and progress,
the steps of its plan, and the on-time reporting grid."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import permissions as drf_permissions
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core import clock
from tscplus.core.parsers import JSONParser
from tscplus.indicators import permissions, selectors, services
from tscplus.indicators.api.lookups import YearFilters, fiscal_year_or_404, indicator_or_404
from tscplus.indicators.api.progress import ProgressReadSerializer
from tscplus.indicators.choices import StepStatus
from tscplus.indicators.models import Indicator, PlanStep


class IndicatorApiSerializer(serializers.ModelSerializer):
    fiscal_year = serializers.IntegerField(source="fiscal_year.year")
    levels = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = [
            "id",
            "fiscal_year",
            "code",
            "name_th",
            "name_en",
            "definition_th",
            "definition_en",
            "owner_unit_th",
            "owner_unit_en",
            "kind",
            "target",
            "unit_th",
            "unit_en",
            "weight",
            "levels",
        ]

    def get_levels(self, indicator) -> list[dict]:
        return [
            {"level": lv.level, "criteria_th": lv.criteria_th, "criteria_en": lv.criteria_en}
            for lv in indicator.levels.all()
        ]


@extend_schema(tags=["indicators"])
class IndicatorListView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(
        operation_id="indicators_list",
        summary="The indicators of a fiscal year (staff)",
        description="All of the year's indicators (a handful), so not paginated.",
        responses=IndicatorApiSerializer(many=True),
        parameters=[YearFilters],
    )
    def get(self, request: Request) -> Response:
        fy = fiscal_year_or_404(request)
        return Response(IndicatorApiSerializer(selectors.indicator_list(fy), many=True).data)


class StepApiSerializer(serializers.ModelSerializer):
    state = serializers.SerializerMethodField(
        help_text="As the timeline draws it: done, late (not done and its last month is over), "
        "open (under way) or planned."
    )

    class Meta:
        model = PlanStep
        fields = [
            "id",
            "order",
            "activity_th",
            "activity_en",
            "control_point_th",
            "control_point_en",
            "responsible_th",
            "responsible_en",
            "starts_on",
            "ends_on",
            "status",
            "completed_on",
            "evidence",
            "state",
        ]
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


@extend_schema(tags=["indicators"])
class IndicatorView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(
        operation_id="indicators_read",
        summary="An indicator with its plan and progress",
        description="Its levels, the steps of its plan with their state, and every "
        "month's progress entered so far. Staff only.",
        responses=IndicatorDetailApiSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        indicator = indicator_or_404(pk)
        return Response(IndicatorDetailApiSerializer(indicator, context={"request": request}).data)


class StepUpdateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(StepStatus.choices, required=False)
    evidence = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=4000,
        help_text="What shows it was done: documents, links.",
    )


@extend_schema(tags=["indicators"])
class StepView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(
        operation_id="indicators_step_update",
        summary="Update a step of a plan",
        description="Its status and evidence; by the indicator's responsible people. "
        "Marking it done records today as its completion date.",
        request=StepUpdateSerializer,
        responses=StepApiSerializer,
        examples=[
            OpenApiExample(
                "Done",
                request_only=True,
                value={"status": "done", "evidence": "หนังสือสั่งการ ที่ สธ 0901/123"},
            )
        ],
    )
    def patch(self, request: Request, pk: int) -> Response:
        step = PlanStep.objects.select_related("indicator").filter(pk=pk).first()
        if step is None:
            raise NotFound
        body = StepUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        step = services.plan_step_update(
            actor=request.user,
            step=step,
            status=body.validated_data.get("status", step.status),
            evidence=body.validated_data.get("evidence", step.evidence),
        )
        return Response(StepApiSerializer(step).data)


class OnTimeCellSerializer(serializers.Serializer):
    state = serializers.ChoiceField(["pending", "on_time", "late", "missing"])
    # A serializer is itself a Field, whose `label` DRF's stub types as text; DRF lets a declared
    # field of that name stand (the cell's words).
    label = serializers.CharField()  # type: ignore[assignment]


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

    @extend_schema(
        operation_id="indicators_on_time",
        summary="On-time reporting by indicator and month (staff)",
        description="For each indicator and each month already "
        "due: was its progress in a report published by the due date?",
        parameters=[YearFilters],
        responses=OnTimeSerializer,
    )
    def get(self, request: Request) -> Response:
        return Response(OnTimeSerializer(selectors.on_time_grid(fiscal_year_or_404(request))).data)
