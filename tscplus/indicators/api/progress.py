"""An indicator's monthly progress in the API, for staff: read a month, or enter it (the
indicator's responsible people), with the evidence that backs it."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions as drf_permissions
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import request_example
from tscplus.indicators import services
from tscplus.indicators.api.lookups import indicator_or_404, month_or_400
from tscplus.indicators.models import Evidence, MonthlyProgress


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
        fields = [
            "month",
            "level",
            "value",
            "done",
            "problems",
            "next_steps",
            "evidence",
            "updated_at",
        ]


@extend_schema(tags=["indicators"])
class ProgressView(APIView):
    """An indicator's progress for a month (`YYYY-MM`): read, or enter it (its responsible people)."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(
        operation_id="indicators_progress_read",
        summary="A month's progress of an indicator",
        responses=ProgressReadSerializer,
    )
    def get(self, request: Request, pk: int, month: str) -> Response:
        progress = MonthlyProgress.objects.filter(
            indicator=indicator_or_404(pk), month=month_or_400(month)
        ).first()
        if progress is None:
            raise NotFound
        return Response(ProgressReadSerializer(progress).data)

    @extend_schema(
        operation_id="indicators_progress_save",
        summary="Enter a month's progress (its responsible people)",
        request=ProgressApiSerializer,
        responses=ProgressReadSerializer,
    )
    def put(self, request: Request, pk: int, month: str) -> Response:
        indicator, day = indicator_or_404(pk), month_or_400(month)
        body = ProgressApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        progress = services.progress_save(
            actor=request.user, indicator=indicator, month=day, **body.validated_data
        )
        return Response(ProgressReadSerializer(progress).data)
