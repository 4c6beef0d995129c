"""The learning registers in the API: innovations for everyone; the knowledge inventory and the
lessons for staff. Same services and rules as the pages."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework import permissions as drf_permissions
from rest_framework.parsers import JSONParser

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.learning import inventory, selectors, services
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson


class InnovationApiSerializer(serializers.ModelSerializer):
    knowledge_items = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Innovation
        fields = ["id", "title", "problem", "solution", "unit", "stage", "started_on", "results",
                  "measures", "evidence_url", "knowledge_items", "updated_at"]  # fmt: skip


@extend_schema(tags=["learning"])
class InnovationListView(generics.ListAPIView):
    """The innovations register, newest first."""

    permission_classes = [drf_permissions.AllowAny]
    serializer_class = InnovationApiSerializer

    def get_queryset(self):
        return selectors.innovation_list()

    @extend_schema(operation_id="innovations_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


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
class InventoryListView(generics.ListAPIView):
    """The knowledge inventory, ranked by priority (importance x necessity) unless `sort` says
    otherwise; filters `kind`, `access`, `personal` (yes/no) and `q`. Staff only."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    serializer_class = AssetApiSerializer
    params = ("q", "kind", "access", "personal", "sort")

    def get_queryset(self):
        params = {k: self.request.query_params.get(k, "") for k in self.params}
        if params["sort"] and params["sort"] not in selectors.ASSET_SORTS:
            raise serializers.ValidationError(
                {"sort": [f"Use one of: {', '.join(selectors.ASSET_SORTS)}."]}
            )
        return selectors.asset_list(**params)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "figures": inventory.live_figures()}

    @extend_schema(operation_id="inventory_list",
                   parameters=[OpenApiParameter(name, str, required=False) for name in params])  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class LessonApiSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lesson
        fields = ["id", "community", "kind", "title", "body", "tags", "created_at"]
        read_only_fields = ["id", "created_at"]


@extend_schema(tags=["learning"])
class LessonListView(generics.ListCreateAPIView):
    """Lessons and good practices in the communities of practice: read and post. Staff only."""

    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = LessonApiSerializer

    def get_queryset(self):
        return selectors.lesson_list()

    def perform_create(self, serializer):
        serializer.instance = services.lesson_post(
            actor=self.request.user, data=serializer.validated_data
        )

    @extend_schema(operation_id="lessons_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(operation_id="lessons_post")
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)
