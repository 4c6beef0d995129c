"""The learning registers in the API: innovations for everyone; the knowledge inventory and the
lessons for staff. Same services and rules as the pages."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions as drf_permissions
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.rest import Pagination
from tscplus.learning import inventory, permissions, selectors, services
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson


class StaffOnly(drf_permissions.BasePermission):
    """Staff only; anyone else gets 404, as on the pages."""

    def has_permission(self, request, view) -> bool:
        if not permissions.is_staff_reader(request.user):
            raise NotFound
        return True


class InnovationApiSerializer(serializers.ModelSerializer):
    knowledge_items = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Innovation
        fields = ["id", "title", "problem", "solution", "unit", "stage", "started_on", "results",
                  "measures", "evidence_url", "knowledge_items", "updated_at"]  # fmt: skip


@extend_schema(tags=["learning"])
class InnovationListView(APIView):
    """The innovations register, newest first."""

    permission_classes = [drf_permissions.AllowAny]

    @extend_schema(operation_id="innovations_list", responses=InnovationApiSerializer(many=True))
    def get(self, request):
        paginator = Pagination()
        page = paginator.paginate_queryset(selectors.innovation_list(), request, view=self)
        return paginator.get_paginated_response(InnovationApiSerializer(page, many=True).data)


class AssetApiSerializer(serializers.ModelSerializer):
    priority = serializers.IntegerField(read_only=True)
    records = serializers.SerializerMethodField()

    class Meta:
        model = KnowledgeAsset
        fields = ["id", "name", "kind", "description", "source", "owner", "format", "frequency",
                  "last_updated", "access", "personal_data", "importance", "necessity", "priority",
                  "platform_dataset", "records"]  # fmt: skip

    def get_records(self, asset) -> int | None:
        figures = self.context.get("figures", {})
        return figures.get(asset.platform_dataset or "", {}).get("records")


@extend_schema(tags=["learning"])
class InventoryListView(APIView):
    """The knowledge inventory, ranked by priority (importance x necessity) unless `sort` says
    otherwise; filters `kind`, `access`, `personal` (yes/no) and `q`. Staff only."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnly]

    @extend_schema(operation_id="inventory_list", responses=AssetApiSerializer(many=True), parameters=[
        OpenApiParameter(name, str, required=False) for name in ("q", "kind", "access", "personal", "sort")
    ])  # fmt: skip
    def get(self, request):
        params = {
            k: request.query_params.get(k, "") for k in ("q", "kind", "access", "personal", "sort")
        }
        if params["sort"] and params["sort"] not in selectors.ASSET_SORTS:
            raise serializers.ValidationError(
                {"sort": [f"Use one of: {', '.join(selectors.ASSET_SORTS)}."]}
            )
        paginator = Pagination()
        page = paginator.paginate_queryset(selectors.asset_list(**params), request, view=self)
        data = AssetApiSerializer(
            page, many=True, context={"figures": inventory.live_figures()}
        ).data
        return paginator.get_paginated_response(data)


class LessonApiSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lesson
        fields = ["id", "community", "kind", "title", "body", "tags", "created_at"]
        read_only_fields = ["id", "created_at"]


@extend_schema(tags=["learning"])
class LessonListView(APIView):
    """Lessons and good practices in the communities of practice: read and post. Staff only."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnly]
    parser_classes = [JSONParser]

    @extend_schema(operation_id="lessons_list", responses=LessonApiSerializer(many=True))
    def get(self, request):
        paginator = Pagination()
        page = paginator.paginate_queryset(selectors.lesson_list(), request, view=self)
        return paginator.get_paginated_response(LessonApiSerializer(page, many=True).data)

    @extend_schema(operation_id="lessons_post", request=LessonApiSerializer,
                   responses={201: LessonApiSerializer})  # fmt: skip
    def post(self, request):
        body = LessonApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        lesson = services.lesson_post(actor=request.user, data=body.validated_data)
        return Response(LessonApiSerializer(lesson).data, status=201)
