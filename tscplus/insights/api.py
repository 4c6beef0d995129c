"""Dashboards and open data in the API: the same figures and datasets as the pages, for everyone."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.insights import opendata, selectors
from tscplus.insights import permissions as area_permissions

FIGURE_KEYS = (
    "registered",
    "certified",
    "reassessment_due",
    "expired",
    "suspended",
    "revoked",
    "assessed",
    "assessments",
    "passed",
    "ratings",
    "complaints",
)


class DashboardCategorySerializer(serializers.Serializer):
    category = serializers.IntegerField(source="category_id")
    name = serializers.CharField()
    registered = serializers.IntegerField()
    certified = serializers.IntegerField()


class DashboardMonthSerializer(serializers.Serializer):
    month = serializers.DateField()
    registered = serializers.IntegerField()
    assessments = serializers.IntegerField()
    passed = serializers.IntegerField()
    certified = serializers.IntegerField()


class DashboardChildSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    registered = serializers.IntegerField()
    certified = serializers.IntegerField()


class DashboardSelfCheckSerializer(serializers.Serializer):
    level = serializers.CharField()
    # A field named "label": DRF reads declared fields; its stub sees Field.label (the caption).
    label = serializers.CharField()  # type: ignore[assignment]
    count = serializers.IntegerField()


class DashboardOfficerSerializer(serializers.Serializer):
    complaints_open = serializers.IntegerField()
    reassessment_due = serializers.IntegerField()
    inspections_overdue = serializers.IntegerField()


class DashboardSerializer(serializers.Serializer):
    level = serializers.CharField()
    code = serializers.CharField(allow_blank=True)
    name = serializers.CharField()
    as_of = serializers.DateTimeField(
        allow_null=True, help_text="When the figures were last computed (every 10 minutes)."
    )
    totals = serializers.DictField(child=serializers.IntegerField())
    pass_rate = serializers.FloatField(allow_null=True, help_text="Passed self-assessments, %")
    certified_share = serializers.FloatField(
        allow_null=True, help_text="Registered places holding a valid certificate, %"
    )
    rating_average = serializers.FloatField(allow_null=True, help_text="Average overall stars")
    by_category = DashboardCategorySerializer(many=True)
    by_month = DashboardMonthSerializer(many=True)
    children = DashboardChildSerializer(many=True)
    knowledge_reads = serializers.IntegerField(
        help_text="Views of knowledge items (bots left out)."
    )
    self_check = DashboardSelfCheckSerializer(
        many=True, help_text="Health-literacy self-checks by level."
    )
    officer = DashboardOfficerSerializer(
        allow_null=True,
        help_text="Figures that are not public; present only for officers whose area covers this one.",
    )


@extend_schema(tags=["insights"])
class DashboardView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="dashboard_read",
        summary="The national dashboard",
        description="Every figure of the public dashboard page, as of the last "
        "refresh; officers of the area also get `officer`.",
        responses=DashboardSerializer,
    )
    def get(self, request, level: str = "nation", code: str = ""):
        if level != "nation" and level not in selectors.PUBLIC_LEVELS:
            raise NotFound
        area = selectors.area_get(level, code)
        officer = area_permissions.covers(request.user, area.level, area.code, area.parents)
        d = selectors.dashboard(area, officer=officer)
        return Response(
            DashboardSerializer(
                {
                    "level": area.level,
                    "code": area.code,
                    "name": area.name,
                    "as_of": d["as_of"],
                    "totals": {k: d["totals"][k] for k in FIGURE_KEYS},
                    "pass_rate": d["pass_rate"],
                    "certified_share": d["certified_share"],
                    "rating_average": d["rating_average"],
                    "by_category": d["by_category"],
                    "by_month": d["trend"],
                    "children": d["children"],
                    "knowledge_reads": d["knowledge_reads"],
                    "self_check": [{**row, "label": str(row["label"])} for row in d["self_check"]],
                    "officer": d.get("officer"),
                }
            ).data
        )


class DatasetSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    licence = serializers.DictField(child=serializers.CharField())
    downloads = serializers.DictField(child=serializers.URLField())
    dictionary = serializers.ListField(child=serializers.DictField(child=serializers.CharField()))


@extend_schema(tags=["insights"])
class DatasetListView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="open_data_list",
        summary="The open datasets",
        description="Each with its licence, download addresses by format (CSV, XLSX, "
        "JSON) and data dictionary; no personal data. The DCAT catalogue of the same "
        "datasets is at `/catalog.jsonld`.",
        responses=DatasetSerializer(many=True),
    )
    def get(self, request):
        return Response(
            DatasetSerializer(
                [
                    {
                        "slug": d.slug,
                        "title": str(d.title),
                        "description": str(d.description),
                        "licence": opendata.LICENCE,
                        "downloads": {
                            fmt: opendata.download_url(d, fmt) for fmt in opendata.FORMATS
                        },
                        "dictionary": opendata.dictionary(d),
                    }
                    for d in opendata.DATASETS.values()
                ],
                many=True,
            ).data
        )


@extend_schema(tags=["insights"])
class AreaDashboardView(DashboardView):
    @extend_schema(
        operation_id="dashboard_area_read",
        summary="An area's dashboard",
        description="A `region` (its number, 1-13), `province` or `district` (its "
        "Interior Ministry code). An unknown level or code is a 404.",
        responses=DashboardSerializer,
    )
    def get(self, request, level: str = "nation", code: str = ""):
        return super().get(request, level, code)
