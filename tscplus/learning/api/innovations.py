"""Innovations in the API: the register read by everyone (with the Thai search), kept by the
keepers of the registers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import generics, serializers, status
from rest_framework import permissions as drf_permissions
from rest_framework.request import Request
from rest_framework.response import Response

from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query
from tscplus.knowledge.selectors import items_public
from tscplus.learning import selectors, services
from tscplus.learning.models import Innovation

if TYPE_CHECKING:
    from django.db.models import QuerySet


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


def _save_innovation(request: Request, innovation: Innovation | None, *, partial: bool) -> Response:
    body = InnovationApiSerializer(instance=innovation, data=request.data, partial=partial)
    body.is_valid(raise_exception=True)
    data = dict(body.validated_data)
    items = data.pop("knowledge_items", None)
    if items is None:
        items = list(innovation.knowledge_items.all()) if innovation else []
    assert request.user.is_authenticated  # IsAuthenticatedOrReadOnly: never a visitor writes
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
    def get(self, request: Request) -> Response:
        q = read_query(request, InnovationFilters).get("q", "").strip()
        rows = selectors.innovation_list()
        found: QuerySet[Innovation] | list[Innovation] = rows
        if q:
            found = selectors.matched(selectors.innovation_search(q), rows)
        return paged(request, found, self.get_serializer_class())

    @extend_schema(
        operation_id="innovations_create",
        summary="Add an innovation",
        description="For the keepers of the registers (indicator reporters, report approvers, "
        "administrators); anyone else gets 403.",
        examples=[INNOVATION_EXAMPLE],
        responses={201: InnovationApiSerializer},
    )
    def post(self, request: Request) -> Response:
        return _save_innovation(request, None, partial=False)


@extend_schema(tags=["learning"])
class InnovationView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticatedOrReadOnly]
    parser_classes = [JSONParser]
    serializer_class = InnovationApiSerializer

    def get_object(self) -> Innovation:
        return get_object_or_404(selectors.innovation_list(), pk=self.kwargs["pk"])

    @extend_schema(operation_id="innovation_read", summary="One innovation (public)")
    def get(self, request: Request, pk: int) -> Response:
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        operation_id="innovation_update",
        summary="Edit an innovation (keepers)",
        description="Send only the fields to change; `knowledge_items`, when sent, replaces the list.",
        examples=[OpenApiExample("Move to scale-up", value={"stage": "scaled"}, request_only=True)],
    )
    def patch(self, request: Request, pk: int) -> Response:
        return _save_innovation(request, self.get_object(), partial=True)

    @extend_schema(
        operation_id="innovation_delete",
        summary="Delete an innovation (keepers)",
        responses={204: None},
    )
    def delete(self, request: Request, pk: int) -> Response:
        assert request.user.is_authenticated  # IsAuthenticatedOrReadOnly: never a visitor writes
        services.innovation_delete(actor=request.user, innovation=self.get_object())
        return Response(status=204)
