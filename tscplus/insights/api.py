"""Dashboards and open data in the API: the same figures and datasets as the pages, for everyone."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.insights import opendata, selectors

FIGURE_KEYS = ("registered", "certified", "reassessment_due", "expired", "suspended", "revoked",
               "assessed", "assessments", "passed", "ratings", "complaints")  # fmt: skip


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


class DashboardSerializer(serializers.Serializer):
    level = serializers.CharField()
    code = serializers.CharField(allow_blank=True)
    name = serializers.CharField()
    as_of = serializers.DateTimeField(allow_null=True)
    totals = serializers.DictField(child=serializers.IntegerField())
    pass_rate = serializers.FloatField(allow_null=True, help_text="Passed self-assessments, %")
    rating_average = serializers.FloatField(allow_null=True, help_text="Average overall stars")
    by_category = DashboardCategorySerializer(many=True)
    by_month = DashboardMonthSerializer(many=True)
    children = DashboardChildSerializer(many=True)


@extend_schema(tags=["insights"])
class DashboardView(APIView):
    """A dashboard's figures: the nation (`/dashboard/`), or a `region`, `province` or `district`
    by its code. Unknown levels and codes: 404."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(operation_id="dashboard_read", responses=DashboardSerializer)
    def get(self, request, level: str = "nation", code: str = ""):
        if level != "nation" and level not in selectors.PUBLIC_LEVELS:
            raise NotFound
        area = selectors.area_get(level, code)
        d = selectors.dashboard(area)
        return Response(DashboardSerializer({
            "level": area.level, "code": area.code, "name": area.name, "as_of": d["as_of"],
            "totals": {k: d["totals"][k] for k in FIGURE_KEYS}, "pass_rate": d["pass_rate"],
            "rating_average": d["rating_average"], "by_category": d["by_category"],
            "by_month": d["trend"], "children": d["children"],
        }).data)  # fmt: skip


class DatasetSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    licence = serializers.DictField(child=serializers.CharField())
    downloads = serializers.DictField(child=serializers.URLField())
    dictionary = serializers.ListField(child=serializers.DictField(child=serializers.CharField()))


@extend_schema(tags=["insights"])
class DatasetListView(APIView):
    """The open datasets: their licence, download addresses by format, and data dictionary."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(operation_id="open_data_list", responses=DatasetSerializer(many=True))
    def get(self, request):
        return Response(DatasetSerializer([{
            "slug": d.slug, "title": str(d.title), "description": str(d.description),
            "licence": opendata.LICENCE,
            "downloads": {fmt: opendata.download_url(d, fmt) for fmt in opendata.FORMATS},
            "dictionary": opendata.dictionary(d),
        } for d in opendata.DATASETS.values()], many=True).data)  # fmt: skip


@extend_schema(tags=["insights"])
class AreaDashboardView(DashboardView):
    """A region's, a province's or a district's dashboard figures, by its code."""

    @extend_schema(operation_id="dashboard_area_read", responses=DashboardSerializer)
    def get(self, request, level: str = "nation", code: str = ""):
        return super().get(request, level, code)
