"""The learning registers in the API, with the pages' services and rules: innovations are read by
everyone and kept by the keepers; the knowledge inventory is read by staff and kept by the keepers;
lessons and their comments are read and written by staff."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import generics, serializers, status
from rest_framework import permissions as drf_permissions
from rest_framework.response import Response

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query
from tscplus.knowledge.selectors import items_public
from tscplus.learning import inventory, selectors, services
from tscplus.learning.choices import Access, AssetKind
from tscplus.learning.models import Innovation, KnowledgeAsset, Lesson, LessonComment


class InnovationApiSerializer(serializers.ModelSerializer):
    knowledge_items = serializers.PrimaryKeyRelatedField(
        many=True,
        required=False,
        queryset=items_public(),
        help_text="Ids of published public knowledge items that explain or came from the innovation.",
    )

    class Meta:
        model = Innovation
        fields = [
            "id",
            "title",
            "problem",
            "solution",
            "unit",
            "stage",
            "started_on",
            "results",
            "measures",
            "evidence_url",
            "knowledge_items",
            "updated_at",
        ]
        read_only_fields = ["id", "updated_at"]


INNOVATION_EXAMPLE = OpenApiExample(
    "An innovation",
    request_only=True,
    value={
        "title": "ตู้เจลล้างมือแบบเหยียบ",
        "problem": "ร้านค้าในตลาดใช้ขวดเจลร่วมกัน ทุกคนต้องจับหัวปั๊ม",
        "solution": "ตู้ไม้ราคาถูกที่กดเจลด้วยเท้า ไม่ต้องใช้มือ",
        "unit": "ศูนย์อนามัยที่ 5",
        "stage": "pilot",
        "started_on": "2026-10-01",
        "measures": "ตลาดที่ติดตั้ง: 12\nจุดล้างมือที่ไม่ต้องสัมผัส: 40",
        "knowledge_items": [],
    },
)


class InnovationFilters(PageFilters):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=1000,
        help_text="Words to search for (Thai search, best matches first, at most 50).",
    )


def _save_innovation(request, innovation: Innovation | None, *, partial: bool) -> Response:
    body = InnovationApiSerializer(instance=innovation, data=request.data, partial=partial)
    body.is_valid(raise_exception=True)
    data = dict(body.validated_data)
    items = data.pop("knowledge_items", None)
    if items is None:
        items = list(innovation.knowledge_items.all()) if innovation else []
    saved = services.innovation_save(
        actor=request.user, data=data, knowledge_items=items, innovation=innovation
    )
    return Response(
        InnovationApiSerializer(saved).data,
        status=status.HTTP_200_OK if innovation else status.HTTP_201_CREATED,
    )


@extend_schema(tags=["learning"])
class InnovationListView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticatedOrReadOnly]
    parser_classes = [JSONParser]
    serializer_class = InnovationApiSerializer

    @extend_schema(
        operation_id="innovations_list",
        summary="The innovations register",
        description="Newest first; with `q`, the best matches of the Thai search first. Public.",
        parameters=[InnovationFilters],
        responses=paginated(InnovationApiSerializer),
    )
    def get(self, request):
        q = read_query(request, InnovationFilters).get("q", "").strip()
        rows = selectors.innovation_list()
        if q:
            rows = selectors.matched(selectors.innovation_search(q), rows)
        return paged(request, rows, self.get_serializer_class())

    @extend_schema(
        operation_id="innovations_create",
        summary="Add an innovation",
        description="For the keepers of the registers (indicator reporters, report approvers, "
        "administrators); anyone else gets 403.",
        examples=[INNOVATION_EXAMPLE],
        responses={201: InnovationApiSerializer},
    )
    def post(self, request):
        return _save_innovation(request, None, partial=False)


@extend_schema(tags=["learning"])
class InnovationView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticatedOrReadOnly]
    parser_classes = [JSONParser]
    serializer_class = InnovationApiSerializer

    def get_object(self):
        return get_object_or_404(selectors.innovation_list(), pk=self.kwargs["pk"])

    @extend_schema(operation_id="innovation_read", summary="One innovation (public)")
    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        operation_id="innovation_update",
        summary="Edit an innovation (keepers)",
        description="Send only the fields to change; `knowledge_items`, when sent, replaces the list.",
        examples=[OpenApiExample("Move to scale-up", value={"stage": "scaled"}, request_only=True)],
    )
    def patch(self, request, pk: int):
        return _save_innovation(request, self.get_object(), partial=True)

    @extend_schema(
        operation_id="innovation_delete",
        summary="Delete an innovation (keepers)",
        responses={204: None},
    )
    def delete(self, request, pk: int):
        services.innovation_delete(actor=request.user, innovation=self.get_object())
        return Response(status=204)


class AssetApiSerializer(serializers.ModelSerializer):
    priority = serializers.IntegerField(
        read_only=True, help_text="importance x necessity (1-25); the inventory is ranked by it."
    )
    records = serializers.SerializerMethodField(
        help_text="For the platform's own datasets, how many records they hold now."
    )

    class Meta:
        model = KnowledgeAsset
        fields = [
            "id",
            "name",
            "kind",
            "description",
            "source",
            "owner",
            "format",
            "frequency",
            "last_updated",
            "access",
            "personal_data",
            "importance",
            "necessity",
            "priority",
            "platform_dataset",
            "records",
        ]
        read_only_fields = ["id", "priority", "platform_dataset"]

    def get_records(self, asset) -> int | None:
        figures = self.context.get("figures", {})
        return figures.get(asset.platform_dataset or "", {}).get("records")


class InventoryFilters(PageFilters):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="Words in the name, description, source or owner.",
    )
    kind = serializers.ChoiceField(AssetKind.choices, required=False, allow_blank=True)
    access = serializers.ChoiceField(Access.choices, required=False, allow_blank=True)
    personal = serializers.ChoiceField(
        ["yes", "no"], required=False, allow_blank=True, help_text="Holds personal data."
    )
    sort = serializers.ChoiceField(
        list(selectors.ASSET_SORTS),
        required=False,
        allow_blank=True,
        help_text="Order of the list; by priority unless said otherwise.",
    )


ASSET_EXAMPLE = OpenApiExample(
    "An inventory entry",
    request_only=True,
    value={
        "name": "ทะเบียนผลตรวจน้ำบริโภคของโรงเรียน",
        "kind": "data",
        "source": "กองประเมินผลกระทบต่อสุขภาพ",
        "owner": "กลุ่มพัฒนาระบบข้อมูล",
        "format": "Excel",
        "frequency": "quarterly",
        "access": "internal",
        "personal_data": False,
        "importance": 4,
        "necessity": 5,
    },
)


def _save_asset(request, asset: KnowledgeAsset | None, *, partial: bool) -> Response:
    body = AssetApiSerializer(instance=asset, data=request.data, partial=partial)
    body.is_valid(raise_exception=True)
    saved = services.asset_save(actor=request.user, data=dict(body.validated_data), asset=asset)
    return Response(
        AssetApiSerializer(saved, context={"figures": inventory.live_figures()}).data,
        status=status.HTTP_200_OK if asset else status.HTTP_201_CREATED,
    )


@extend_schema(tags=["learning"])
class InventoryListView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = AssetApiSerializer

    @extend_schema(
        operation_id="inventory_list",
        summary="The knowledge inventory (staff)",
        description="Ranked by priority (importance x necessity) unless `sort` says otherwise. "
        "The platform's own datasets carry their live record counts.",
        parameters=[InventoryFilters],
        responses=paginated(AssetApiSerializer),
    )
    def get(self, request):
        filters = read_query(request, InventoryFilters)
        return paged(
            request,
            selectors.asset_list(**filters),
            AssetApiSerializer,
            context={"figures": inventory.live_figures()},
        )

    @extend_schema(
        operation_id="inventory_create",
        summary="Add an inventory entry (keepers)",
        examples=[ASSET_EXAMPLE],
        responses={201: AssetApiSerializer},
    )
    def post(self, request):
        return _save_asset(request, None, partial=False)


@extend_schema(tags=["learning"])
class InventoryEntryView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = AssetApiSerializer

    def get_object(self):
        return get_object_or_404(KnowledgeAsset, pk=self.kwargs["pk"])

    @extend_schema(operation_id="inventory_read", summary="One inventory entry (staff)")
    def get(self, request, pk: int):
        context = {"figures": inventory.live_figures()}
        return Response(AssetApiSerializer(self.get_object(), context=context).data)

    @extend_schema(
        operation_id="inventory_update",
        summary="Edit an inventory entry (keepers)",
        description="Send only the fields to change. A platform dataset keeps its identity: only "
        "its description, owner, access and scores change.",
        examples=[
            OpenApiExample("Raise the importance", value={"importance": 5}, request_only=True)
        ],
    )
    def patch(self, request, pk: int):
        return _save_asset(request, self.get_object(), partial=True)

    @extend_schema(
        operation_id="inventory_delete",
        summary="Delete an inventory entry (keepers)",
        description="The platform's own datasets stay: deleting one is a 400.",
        responses={204: None},
    )
    def delete(self, request, pk: int):
        services.asset_delete(actor=request.user, asset=self.get_object())
        return Response(status=204)


class LessonApiSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.full_name", read_only=True, default="")
    comment_count = serializers.IntegerField(read_only=True, default=0)

    class Meta:
        model = Lesson
        fields = [
            "id",
            "community",
            "kind",
            "title",
            "body",
            "tags",
            "author",
            "created_at",
            "comment_count",
        ]
        read_only_fields = ["id", "created_at"]


class CommentApiSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.full_name", read_only=True, default="")

    class Meta:
        model = LessonComment
        fields = ["id", "body", "author", "created_at"]
        read_only_fields = ["id", "created_at"]
        extra_kwargs = {"body": {"max_length": 4000}}


class LessonDetailApiSerializer(LessonApiSerializer):
    comments = CommentApiSerializer(many=True, read_only=True)

    class Meta(LessonApiSerializer.Meta):
        fields = [*LessonApiSerializer.Meta.fields, "comments"]


class LessonFilters(PageFilters):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=1000,
        help_text="Words to search for (Thai search, best matches first, at most 50).",
    )
    community = serializers.IntegerField(
        required=False, min_value=1, max_value=2**31 - 1, help_text="Id of a community of practice."
    )
    tag = serializers.CharField(required=False, allow_blank=True, max_length=50)


@extend_schema(tags=["learning"])
class LessonListView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = LessonApiSerializer

    @extend_schema(
        operation_id="lessons_list",
        summary="Lessons in the communities of practice (staff)",
        description="Newest first; with `q`, the best matches of the Thai search first.",
        parameters=[LessonFilters],
        responses=paginated(LessonApiSerializer),
    )
    def get(self, request):
        filters = read_query(request, LessonFilters)
        rows = selectors.lesson_list(community=filters.get("community"), tag=filters.get("tag", ""))
        if q := filters.get("q", "").strip():
            rows = selectors.matched(
                selectors.lesson_search(q, community=filters.get("community")), rows
            )
        return paged(request, rows, self.get_serializer_class())

    @extend_schema(
        operation_id="lessons_post",
        summary="Post a lesson (staff)",
        examples=[
            OpenApiExample(
                "A lesson",
                request_only=True,
                value={
                    "community": 1,
                    "kind": "lesson",
                    "title": "นัดตรวจร้านอาหารช่วงบ่ายได้ผลกว่า",
                    "body": "ช่วงเที่ยงร้านยุ่ง เจ้าของไม่ว่างคุย นัดบ่ายสองโมงแล้วตรวจครบทุกข้อ",
                    "tags": "ร้านอาหาร, การตรวจ",
                },
            )
        ],
        responses={201: LessonApiSerializer},
    )
    def post(self, request):
        body = LessonApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        lesson = services.lesson_post(actor=request.user, data=dict(body.validated_data))
        return Response(LessonApiSerializer(lesson).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(operation_id="lesson_read", summary="A lesson with its comments (staff)")
)
@extend_schema(tags=["learning"])
class LessonView(generics.RetrieveAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    serializer_class = LessonDetailApiSerializer

    def get_queryset(self):
        return selectors.lesson_list().prefetch_related("comments__author")


@extend_schema(tags=["learning"])
class LessonCommentView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = CommentApiSerializer

    @extend_schema(
        operation_id="lesson_comment",
        summary="Comment on a lesson (staff)",
        examples=[
            OpenApiExample(
                "A comment", request_only=True, value={"body": "ที่อำเภอเราก็เจอเหมือนกัน ขอบคุณที่แบ่งปัน"}
            )
        ],
        responses={201: CommentApiSerializer},
    )
    def post(self, request, pk: int):
        lesson = get_object_or_404(Lesson, pk=pk)
        body = CommentApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        comment = services.comment_add(
            actor=request.user, lesson=lesson, body=body.validated_data["body"]
        )
        return Response(CommentApiSerializer(comment).data, status=status.HTTP_201_CREATED)
