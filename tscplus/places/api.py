"""Setting categories (public) and establishments (operators: their own; officers: their area)."""

from django.urls import reverse
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import generics, permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.language import reader_language
from tscplus.core.models import Subdistrict
from tscplus.core.parsers import FormParser, MultiPartParser
from tscplus.core.rest import OfficerOnlyMixin, request_example
from tscplus.places import selectors, services
from tscplus.places.choices import ImportMode
from tscplus.places.filters import RegistryFilter
from tscplus.places.models import Establishment, ImportJob, SettingCategory
from tscplus.places.permissions import require_manage


class CategorySerializer(serializers.ModelSerializer):
    group = serializers.CharField(source="group.code", read_only=True)
    group_name_th = serializers.CharField(source="group.name_th", read_only=True)
    group_name_en = serializers.CharField(source="group.name_en", read_only=True)

    class Meta:
        model = SettingCategory
        fields = ["code", "name_th", "name_en", "group", "group_name_th", "group_name_en"]


# A place in one line of a list; other pillars' lists extend it (the officers' queue). No
# docstring: drf-spectacular would give it to every subclass's schema as its description.
class PlaceSummarySerializer(serializers.ModelSerializer):
    category = serializers.CharField(source="category.code")

    class Meta:
        model = Establishment
        fields = [
            "public_id",
            "name_th",
            "name_en",
            "category",
            "province",
            "district",
            "certification",
        ]


class RegistryPlaceSerializer(PlaceSummarySerializer):
    class Meta(PlaceSummarySerializer.Meta):
        fields = [*PlaceSummarySerializer.Meta.fields, "officer_checked_on", "officer_outcome"]


@extend_schema(
    tags=["places"],
    summary="The public registry: every open place, with its certification and whether an "
    "officer checked it (filter checked=officer|self, outcome=meets|corrections|suspended|revoked)",
)
class RegistryView(generics.ListAPIView):
    serializer_class = RegistryPlaceSerializer
    permission_classes = [permissions.AllowAny]
    filterset_class = RegistryFilter

    def get_queryset(self):
        return selectors.registry_base().order_by("name_th", "pk")


@request_example(
    "Register a restaurant",
    {
        "name_th": "ร้านข้าวมันไก่ป้าแดง",
        "category": "restaurant",
        "address": "12 ถนนนิมมานเหมินท์",
        "subdistrict": "500101",
        "phone": "053123456",
        "opening_hours": "07:00-15:00",
    },
)
class EstablishmentSerializer(serializers.ModelSerializer):
    category = serializers.SlugRelatedField(
        slug_field="code", queryset=SettingCategory.objects.all()
    )
    subdistrict = serializers.SlugRelatedField(
        slug_field="code", queryset=Subdistrict.objects.all()
    )
    district = serializers.CharField(source="district_id", read_only=True)
    province = serializers.CharField(source="province_id", read_only=True)

    class Meta:
        model = Establishment
        fields = ["public_id", *services.EDITABLE_FIELDS, "created_at"]
        read_only_fields = ["public_id", "postcode", "status", "created_at"]


@extend_schema(tags=["places"], summary="Setting categories (types of place)")
class CategoryListView(generics.ListAPIView):
    serializer_class = CategorySerializer
    permission_classes = [permissions.AllowAny]
    filter_backends: list = []

    def get_queryset(self):
        return selectors.category_list()


@extend_schema(tags=["places"], summary="Establishments you own or oversee; POST registers one")
class EstablishmentListView(generics.ListCreateAPIView):
    serializer_class = EstablishmentSerializer
    permission_classes = [permissions.IsAuthenticated]
    filterset_fields = ["province", "district", "category__code", "status"]

    def get_queryset(self):
        return selectors.establishment_list_visible_to(self.request.user).order_by("name_th", "pk")

    def perform_create(self, serializer):
        serializer.instance = services.establishment_register(
            owner=self.request.user, **serializer.validated_data
        )


@extend_schema(tags=["places"], summary="One establishment you own or oversee; PATCH edits it")
class EstablishmentDetailView(generics.RetrieveUpdateAPIView):
    serializer_class = EstablishmentSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "patch", "head", "options"]

    def get_object(self):
        return selectors.establishment_get_for_user(self.request.user, self.kwargs["public_id"])

    def perform_update(self, serializer):
        require_manage(self.request.user, serializer.instance)
        serializer.instance = services.establishment_update(
            actor=self.request.user, establishment=serializer.instance, **serializer.validated_data
        )


class ImportJobSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True)
    report_url = serializers.SerializerMethodField()

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "filename",
            "mode",
            "status",
            "total",
            "processed",
            "percent",
            "created",
            "error_count",
            "warning_count",
            "problems",
            "message",
            "report_url",
            "created_at",
            "finished_at",
        ]
        read_only_fields = fields

    def get_report_url(self, obj) -> str | None:
        return reverse("places:import_report", args=[obj.pk]) if obj.report else None


class ImportInSerializer(serializers.Serializer):
    file = serializers.FileField()
    mode = serializers.ChoiceField(choices=ImportMode.choices, default=ImportMode.ALL_OR_NOTHING)


@extend_schema(
    tags=["places"],
    summary="Import establishments from CSV or XLSX (officers); "
    "the import runs as a job: follow it at the returned id",
    request=ImportInSerializer,
    responses={201: ImportJobSerializer},
    examples=[
        OpenApiExample(
            "A CSV file, all or nothing",
            request_only=True,
            media_type="multipart/form-data",
            value={"file": "places.csv", "mode": ImportMode.ALL_OR_NOTHING.value},
        )
    ],
)
class ImportCreateView(OfficerOnlyMixin, APIView):
    parser_classes = [MultiPartParser, FormParser]

    def post(self, request):
        body = ImportInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        job = services.import_job_create(
            actor=request.user,
            upload=body.validated_data["file"],
            mode=body.validated_data["mode"],
            language=reader_language(),
        )
        return Response(ImportJobSerializer(job).data, status=201)


@extend_schema(
    tags=["places"],
    summary="An import's progress and problems",
    responses={200: ImportJobSerializer},
)
class ImportJobView(OfficerOnlyMixin, APIView):
    def get(self, request, pk):
        return Response(
            ImportJobSerializer(selectors.import_job_get_for_user(request.user, pk)).data
        )
