"""Appeals and replies in the API, with the same services and the same rules as the pages: the
owner appeals and replies; officers of the area decide appeals (never the officer who made the
decision) and moderate held replies. Anything not yours: 404."""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.parsers import FormParser, JSONParser, MultiPartParser
from tscplus.core.permissions import is_officer
from tscplus.core.rest import OfficerOnlyMixin, PageFilters, paged, paginated, request_example
from tscplus.oversight import selectors, services
from tscplus.oversight.choices import AppealStatus, Decision
from tscplus.oversight.models import Appeal, Inspection


class AppealSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)
    decision = serializers.CharField(source="inspection.decision", read_only=True)
    decided_on = serializers.DateTimeField(source="inspection.decided_at", read_only=True)
    has_evidence = serializers.SerializerMethodField()
    can_decide = serializers.SerializerMethodField()
    overdue = serializers.SerializerMethodField()

    class Meta:
        model = Appeal
        fields = [
            "id",
            "inspection",
            "establishment",
            "decision",
            "decided_on",
            "reasons",
            "has_evidence",
            "status",
            "respond_by",
            "overdue",
            "varied_to",
            "outcome_reason",
            "created_at",
            "decided_at",
            "can_decide",
        ]
        read_only_fields = fields

    def get_has_evidence(self, appeal: Appeal) -> bool:
        return bool(appeal.evidence)

    def get_can_decide(self, appeal: Appeal) -> bool:
        request = self.context.get("request")
        return request is not None and services.appeal_can_decide(request.user, appeal)

    def get_overdue(self, appeal: Appeal) -> bool:
        from tscplus.core import clock

        return appeal.status == AppealStatus.OPEN and appeal.respond_by < clock.today()


@request_example(
    "Appeal with reasons",
    {"reasons": "ติดประกาศจำนวนคนตั้งแต่ก่อนวันตรวจแล้ว ขอให้ทบทวนผลการตรวจ"},
)
class AppealFileSerializer(serializers.Serializer):
    reasons = serializers.CharField(max_length=2000)
    evidence = serializers.FileField(required=False, allow_null=True)


@request_example(
    "Overturn with reasons",
    {"status": "overturned", "reason": "ภาพถ่ายแสดงว่าติดประกาศไว้ก่อนวันตรวจแล้ว"},
)
class AppealDecideSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=[(s.value, s.label) for s in AppealStatus if s != AppealStatus.OPEN]
    )
    varied_to = serializers.ChoiceField(choices=Decision.choices, required=False, allow_blank=True)
    reason = serializers.CharField(max_length=2000)


@request_example("Reply to the outcome", {"reply": "เราเปลี่ยนถังขยะเป็นแบบมีฝาปิดครบทุกจุดแล้ว"})
class ReplySerializer(serializers.Serializer):
    reply = serializers.CharField(max_length=1000)


class ReplyStateSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)

    class Meta:
        model = Inspection
        fields = ["id", "establishment", "decision", "reply", "reply_moderation", "replied_at"]
        read_only_fields = fields


@request_example("Publish a held reply", {"decision": "approve"})
class ReplyModerateSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=[("approve", "approve"), ("reject", "reject")])
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)


@extend_schema(
    tags=["oversight"],
    summary="Appeal a decision of an inspection of your place (owner; multipart with evidence)",
    request={"multipart/form-data": AppealFileSerializer, "application/json": AppealFileSerializer},
    responses={201: AppealSerializer},
)
class AppealFileView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def post(self, request, pk):
        inspection = selectors.inspection_get_for_owner(request.user, pk)
        body = AppealFileSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        appeal = services.appeal_file(
            actor=request.user,
            inspection=inspection,
            reasons=body.validated_data["reasons"],
            evidence=body.validated_data.get("evidence"),
        )
        data = AppealSerializer(appeal, context={"request": request}).data
        return Response(data, status=status.HTTP_201_CREATED)


class AppealsView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        tags=["oversight"],
        operation_id="appeals_list",
        summary="Appeals: an officer's open appeals of their areas (with can_decide); an owner's own",
        parameters=[PageFilters],
        responses={200: paginated(AppealSerializer)},
    )
    def get(self, request):
        if is_officer(request.user):
            rows = selectors.appeal_open_for_officer(request.user)
        else:
            rows = selectors.appeal_list_for_owner(request.user)
        return paged(request, rows, AppealSerializer, context={"request": request})


@extend_schema(tags=["oversight"], summary="One appeal", responses={200: AppealSerializer})
class AppealView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        appeal = selectors.appeal_get_for_user(request.user, pk)
        return Response(AppealSerializer(appeal, context={"request": request}).data)


@extend_schema(
    tags=["oversight"],
    summary="Decide an appeal (an officer of the area who did not make the decision)",
    request=AppealDecideSerializer,
    responses={200: AppealSerializer},
)
class AppealDecideView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        appeal = selectors.appeal_get_for_user(request.user, pk)
        if appeal.establishment.owner_id == request.user.pk and not services.appeal_can_decide(
            request.user, appeal
        ):
            raise Http404
        body = AppealDecideSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        appeal = services.appeal_decide(
            actor=request.user,
            appeal=appeal,
            status=body.validated_data["status"],
            reason=body.validated_data["reason"],
            varied_to=body.validated_data.get("varied_to") or "",
        )
        return Response(AppealSerializer(appeal, context={"request": request}).data)


@extend_schema(
    tags=["oversight"],
    summary="Reply to an inspection's published outcome, once (owner; moderated)",
    request=ReplySerializer,
    responses={201: ReplyStateSerializer},
)
class ReplyView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        inspection = selectors.inspection_get_for_owner(request.user, pk)
        body = ReplySerializer(data=request.data)
        body.is_valid(raise_exception=True)
        inspection = services.inspection_reply(
            actor=request.user, inspection=inspection, text=body.validated_data["reply"]
        )
        return Response(ReplyStateSerializer(inspection).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["oversight"],
    summary="Publish or reject an owner's held reply (an officer of the area)",
    request=ReplyModerateSerializer,
    responses={200: ReplyStateSerializer},
)
class ReplyModerateView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        inspection = selectors.reply_get_for_moderation(request.user, pk)
        body = ReplyModerateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        inspection = services.inspection_reply_moderate(
            actor=request.user,
            inspection=inspection,
            approve=body.validated_data["decision"] == "approve",
            reason=body.validated_data.get("reason", ""),
        )
        return Response(ReplyStateSerializer(inspection).data)
