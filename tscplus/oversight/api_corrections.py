"""Corrections cases in the API, with the services and the scope of the pages: an officer lists
and closes the open cases of their areas; an owner lists their places' cases, answers items
(multipart: text and a photo or PDF) and asks for a visit. Anything else: 404."""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_field
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.parsers import FormParser, MultiPartParser
from tscplus.core.permissions import is_officer
from tscplus.core.rest import PageFilters, days_from_today, paged, paginated, request_example
from tscplus.oversight import selectors, services
from tscplus.oversight.choices import CLOSE_OUTCOME_CHOICES
from tscplus.oversight.models import CorrectionCase, CorrectionItem


class CaseItemSerializer(serializers.ModelSerializer):
    code = serializers.CharField(source="item.code", read_only=True)
    text_th = serializers.CharField(source="item.text_th", read_only=True)
    text_en = serializers.CharField(source="item.text_en", read_only=True)
    evidence_url = serializers.SerializerMethodField()

    class Meta:
        model = CorrectionItem
        fields = ["id", "code", "text_th", "text_en", "answer", "evidence_url", "answered_at"]
        read_only_fields = fields

    def get_evidence_url(self, obj: CorrectionItem) -> str | None:
        """The evidence through the view that checks who asks (never a media address)."""
        return reverse("oversight:case_evidence", args=[obj.pk]) if obj.evidence else None


class CaseSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)
    establishment_name = serializers.CharField(source="establishment.name_th", read_only=True)
    decision = serializers.CharField(source="inspection.decision", read_only=True)
    reason = serializers.CharField(source="inspection.reason", read_only=True)

    class Meta:
        model = CorrectionCase
        fields = [
            "id",
            "inspection",
            "establishment",
            "establishment_name",
            "decision",
            "reason",
            "due_on",
            "status",
            "visit_required",
            "visit_requested_at",
            "overdue_at",
            "outcome",
            "outcome_reason",
            "closed_at",
            "created_at",
        ]
        read_only_fields = fields


class CaseDetailSerializer(CaseSerializer):
    items = serializers.SerializerMethodField()

    class Meta(CaseSerializer.Meta):
        fields = [*CaseSerializer.Meta.fields, "items"]
        read_only_fields = fields

    @extend_schema_field(CaseItemSerializer(many=True))
    def get_items(self, obj: CorrectionCase) -> list:
        return CaseItemSerializer(selectors.case_items(obj), many=True).data  # type: ignore[return-value]


class AnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(max_length=1000)
    evidence = serializers.FileField(required=False, allow_null=True)


@request_example(
    "Plan a visit",
    {"outcome": "visit", "reason": "ขอตรวจซ้ำที่ร้าน", "visit_on": days_from_today(7)},
)
class CloseSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=CLOSE_OUTCOME_CHOICES)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    visit_on = serializers.DateField(required=False, allow_null=True)


def _case_for(user, pk: int) -> CorrectionCase:
    """The case as its owner or an officer of its area sees it; 404 for anyone else."""
    try:
        return selectors.case_get_for_officer(user, pk)
    except Http404:  # not in the user's areas: perhaps their own place
        return selectors.case_get_for_owner(user, pk)


@extend_schema(tags=["oversight"])
class CasesView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        summary="Corrections cases: an officer's open cases of their areas (overdue first), or "
        "an owner's cases of their places",
        operation_id="corrections_list",
        parameters=[PageFilters],
        responses={200: paginated(CaseSerializer)},
    )
    def get(self, request):
        if is_officer(request.user):
            rows = selectors.case_list_for_officer(request.user)
        else:
            rows = selectors.case_list_for_owner(request.user)
        return paged(request, rows, CaseSerializer)


@extend_schema(
    tags=["oversight"],
    summary="One corrections case with its items and the owner's answers",
    responses={200: CaseDetailSerializer},
)
class CaseView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request, pk):
        return Response(CaseDetailSerializer(_case_for(request.user, pk)).data)


@extend_schema(
    tags=["oversight"],
    summary="Answer one item (owner): what was done, with a photo or PDF (multipart)",
    request=AnswerSerializer,
    responses={200: CaseItemSerializer},
    examples=[
        OpenApiExample(
            "What was done, with a photo",
            request_only=True,
            media_type="multipart/form-data",
            value={"answer": "ติดตั้งจุดล้างมือหน้าร้านแล้ว", "evidence": "photo.jpg"},
        )
    ],
)
class CaseItemAnswerView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [MultiPartParser, FormParser]

    def post(self, request, pk, item_pk):
        case = selectors.case_get_for_owner(request.user, pk)
        item = selectors.case_item_get(case, item_pk)
        body = AnswerSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.case_item_answer(
            actor=request.user,
            item=item,
            answer=body.validated_data["answer"],
            evidence=body.validated_data.get("evidence"),
        )
        item.refresh_from_db()
        return Response(CaseItemSerializer(item).data)


@extend_schema(
    tags=["oversight"],
    summary="Ask an officer to come and see the corrections (owner)",
    request=None,
    responses={200: CaseSerializer},
)
class CaseVisitRequestView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, pk):
        case = selectors.case_get_for_owner(request.user, pk)
        return Response(
            CaseSerializer(services.case_visit_request(actor=request.user, case=case)).data
        )


@extend_schema(
    tags=["oversight"],
    summary="Close a corrections case (officer of the area): accepted, visit or suspend",
    request=CloseSerializer,
    responses={200: CaseSerializer},
)
class CaseCloseView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, pk):
        case = selectors.case_get_for_officer(request.user, pk)
        body = CloseSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        closed = services.case_close(actor=request.user, case=case, **body.validated_data)
        return Response(CaseSerializer(closed).data)
