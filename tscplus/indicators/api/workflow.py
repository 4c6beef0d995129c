"""A report's workflow in the API, for staff: the report as staff see it (drafts included) and the
moves through its workflow (narrative, submit, publish, return, correct)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import permissions as drf_permissions
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core.parsers import JSONParser
from tscplus.indicators import selectors, services
from tscplus.indicators.api.lookups import report_or_404
from tscplus.indicators.api.reports import timeliness_out
from tscplus.indicators.choices import RevisionStatus
from tscplus.indicators.models import Report, ReportRevision

if TYPE_CHECKING:
    from tscplus.accounts.models import User


class RevisionApiSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportRevision
        fields = [
            "number",
            "status",
            "narrative",
            "correction_note",
            "return_note",
            "submitted_at",
            "published_at",
        ]


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
        return timeliness_out(report["report"])


def _staff_report(report: Report) -> dict[str, Any]:
    working, content = selectors.working_report(report)
    published = report.revisions.filter(status=RevisionStatus.PUBLISHED).order_by("-number")
    return {
        "report": report,
        "id": report.pk,
        "kind": report.kind,
        "period": report.period,
        "due_on": report.due_on,
        "first_published_at": report.first_published_at,
        "working": working,
        "published": list(published),
        "content": content,
    }


@extend_schema(tags=["indicators"])
class StaffReportView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]

    @extend_schema(
        operation_id="indicators_report_read",
        summary="A report as staff see it",
        description="Drafts included: the revision being worked on, the published "
        "revisions, and the content. The public read published reports at "
        "`/api/v1/reports/{id}/`.",
        responses=StaffReportSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(StaffReportSerializer(_staff_report(report_or_404(pk))).data)


class ReportActionSerializer(serializers.Serializer):
    note = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="Why it is sent back (`return`) or what will be corrected (`correct`).",
    )
    narrative = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=20000,
        help_text="The report's own words (`narrative`, on a draft).",
    )


REPORT_VERBS = ("narrative", "submit", "publish", "return", "correct")


def _report_act(verb: str, *, actor: User, report: Report, data: dict[str, Any]) -> None:
    """Call the one service that makes `verb`'s move; the services refuse a move out of turn."""
    if verb == "narrative":
        services.report_narrative_save(actor=actor, report=report, narrative=data["narrative"])
    elif verb == "submit":
        services.report_submit(actor=actor, report=report)
    elif verb == "publish":
        services.report_publish(actor=actor, report=report)
    elif verb == "return":
        services.report_return(actor=actor, report=report, note=data["note"])
    else:
        services.report_correct(actor=actor, report=report, note=data["note"])


@extend_schema(tags=["indicators"])
class ReportActionView(APIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]

    @extend_schema(
        operation_id="indicators_report_action",
        summary="Move a report through its workflow",
        description="`narrative` saves the draft's own words, `submit` sends it for approval "
        "(reporters), `publish` and `return` are the approver's (never whoever sent it), "
        "`correct` opens a new revision of a published report. An action out of turn is a 400.",
        request=ReportActionSerializer,
        responses={200: StaffReportSerializer},
        parameters=[OpenApiParameter("verb", str, OpenApiParameter.PATH, enum=list(REPORT_VERBS))],
        examples=[
            OpenApiExample(
                "Send back",
                request_only=True,
                value={"note": "ตัวชี้วัด LO-1 ยังไม่มีหลักฐานของเดือนนี้"},
            )
        ],
    )
    def post(self, request: Request, pk: int, verb: str) -> Response:
        report = report_or_404(pk)
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
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        _report_act(verb, actor=request.user, report=report, data=body.validated_data)
        report.refresh_from_db()
        return Response(StaffReportSerializer(_staff_report(report)).data)
