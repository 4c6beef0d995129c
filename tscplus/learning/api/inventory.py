"""The knowledge inventory in the API: read by staff, ranked by priority, with the live record
counts of the platform's own datasets; kept by the keepers of the registers."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import generics, serializers, status
from rest_framework import permissions as drf_permissions
from rest_framework.request import Request
from rest_framework.response import Response

from tscplus.accounts.permissions import StaffOnlyApi
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query
from tscplus.learning import inventory, selectors, services
from tscplus.learning.choices import Access, AssetKind
from tscplus.learning.models import ASSET_FIELDS, KnowledgeAsset


class AssetApiSerializer(serializers.ModelSerializer):
    priority = serializers.IntegerField(
        read_only=True, help_text="importance x necessity (1-25); the inventory is ranked by it."
    )
    records = serializers.SerializerMethodField(
        help_text="For the platform's own datasets, how many records they hold now."
    )

    class Meta:
        model = KnowledgeAsset
        fields = ["id", *ASSET_FIELDS, "priority", "platform_dataset", "records"]
        read_only_fields = ["id", "priority", "platform_dataset"]

    def get_records(self, asset: KnowledgeAsset) -> int | None:
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


def _save_asset(request: Request, asset: KnowledgeAsset | None, *, partial: bool) -> Response:
    body = AssetApiSerializer(instance=asset, data=request.data, partial=partial)
    body.is_valid(raise_exception=True)
    assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
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
    def get(self, request: Request) -> Response:
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
    def post(self, request: Request) -> Response:
        return _save_asset(request, None, partial=False)


@extend_schema(tags=["learning"])
class InventoryEntryView(generics.GenericAPIView):
    permission_classes = [drf_permissions.IsAuthenticated, StaffOnlyApi]
    parser_classes = [JSONParser]
    serializer_class = AssetApiSerializer

    def get_object(self) -> KnowledgeAsset:
        return get_object_or_404(KnowledgeAsset, pk=self.kwargs["pk"])

    @extend_schema(operation_id="inventory_read", summary="One inventory entry (staff)")
    def get(self, request: Request, pk: int) -> Response:
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
    def patch(self, request: Request, pk: int) -> Response:
        return _save_asset(request, self.get_object(), partial=True)

    @extend_schema(
        operation_id="inventory_delete",
        summary="Delete an inventory entry (keepers)",
        description="The platform's own datasets stay: deleting one is a 400.",
        responses={204: None},
    )
    def delete(self, request: Request, pk: int) -> Response:
        assert request.user.is_authenticated  # IsAuthenticated: never a visitor here
        services.asset_delete(actor=request.user, asset=self.get_object())
        return Response(status=204)
