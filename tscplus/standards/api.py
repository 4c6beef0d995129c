"""Standards and their active versions, with every item: public and read-only."""

from typing import TYPE_CHECKING

from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers

from tscplus.standards.models import ITEM_CONTENT, Item, Section, Standard, StandardVersion

if TYPE_CHECKING:
    from django.db.models import Model


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", *ITEM_CONTENT]


class SectionSerializer(serializers.ModelSerializer):
    items = ItemSerializer(many=True, read_only=True)

    class Meta:
        model = Section
        fields = ["order", "title_th", "title_en", "items"]


class VersionSerializer(serializers.ModelSerializer):
    sections = SectionSerializer(many=True, read_only=True)

    class Meta:
        model = StandardVersion
        fields = ["id", "number", "status", "effective_date", "pass_threshold", "sections"]


class StandardSerializer(serializers.ModelSerializer):
    groups: "serializers.SlugRelatedField[Model]" = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    active_version = serializers.SerializerMethodField()

    class Meta:
        model = Standard
        fields = ["code", "name_th", "name_en", "groups", "active_version"]

    def get_active_version(self, obj) -> int | None:
        active = [v for v in obj.versions.all() if v.status == "active"]
        return active[0].id if active else None


@extend_schema(tags=["standards"], summary="Standards, each with its active version id")
class StandardListView(generics.ListAPIView):
    serializer_class = StandardSerializer
    permission_classes = [permissions.AllowAny]
    filter_backends: list = []

    def get_queryset(self):
        return Standard.objects.prefetch_related("groups", "versions")


@extend_schema(tags=["standards"], summary="A standard version with its sections and items")
class VersionDetailView(generics.RetrieveAPIView):
    serializer_class = VersionSerializer
    permission_classes = [permissions.AllowAny]
    queryset = StandardVersion.objects.exclude(status="draft").prefetch_related("sections__items")
