"""Published reports in the API, for everyone: monthly reports and half-year summaries, each with
its timeliness and its latest published revision."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework import permissions as drf_permissions
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.indicators import selectors
from tscplus.indicators.models import Report


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
        return timeliness_out(report)

    def get_revision(self, report) -> int:
        return report.published[0].number

    def get_corrected(self, report) -> bool:
        return len(report.published) > 1


def timeliness_out(report: Report) -> dict:
    """A report's timeliness as the API shows it, published or not."""
    t = selectors.timeliness(report)
    return {"state": t.state, "days": t.days, "label": str(t.label)}


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

    def get_queryset(self) -> QuerySet[Report]:
        return selectors.public_reports()

    @extend_schema(operation_id="reports_list", summary="Published reports, newest first")
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["indicators"])
class ReportView(APIView):
    permission_classes = [drf_permissions.AllowAny]

    @extend_schema(
        operation_id="reports_read",
        summary="A published report with its content",
        responses=ReportDetailSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        try:
            report = selectors.public_report(pk)
        except Report.DoesNotExist:
            raise NotFound from None
        return Response(ReportDetailSerializer(report).data)
