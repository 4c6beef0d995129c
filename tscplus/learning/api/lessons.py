"""Lessons of the communities of practice in the API, with their comments: read and written by
staff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import generics, serializers, status
from rest_framework import permissions as drf_permissions
from rest_framework.request import Request
from rest_framework.response import Response

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query
from tscplus.learning import selectors, services
from tscplus.learning.models import Lesson, LessonComment

if TYPE_CHECKING:
    from django.db.models import QuerySet


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
    def get(self, request: Request) -> Response:
        filters = read_query(request, LessonFilters)
        rows = selectors.lesson_list(community=filters.get("community"), tag=filters.get("tag", ""))
        found: QuerySet[Lesson] | list[Lesson] = rows
        if q := filters.get("q", "").strip():
            found = selectors.matched(
                selectors.lesson_search(q, community=filters.get("community")), rows
            )
        return paged(request, found, self.get_serializer_class())

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
    def post(self, request: Request) -> Response:
        body = LessonApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        lesson = services.lesson_post(actor=request.user, data=dict(body.validated_data))
        return Response(LessonApiSerializer(lesson).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    get=extend_schema(operation_id="lesson_read", summary="A lesson with its comments (staff)")
)
@extend_schema(tags=["learning"])
class LessonView(generics.RetrieveAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    serializer_class = LessonDetailApiSerializer

    def get_queryset(self) -> QuerySet[Lesson]:
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
    def post(self, request: Request, pk: int) -> Response:
        lesson = get_object_or_404(Lesson, pk=pk)
        body = CommentApiSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        comment = services.comment_add(
            actor=request.user, lesson=lesson, body=body.validated_data["body"]
        )
        return Response(CommentApiSerializer(comment).data, status=status.HTTP_201_CREATED)
