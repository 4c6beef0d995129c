"""Dashboards and open data in the API: the same figures and datasets as the pages, for everyone."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
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
        "JSON) and data dictionary; no personal data. The officers' inspections in LIVES "
        "(five CSV files and a ZIP archive) are described at `/api/v1/open-data/lives/`. "
        "The DCAT catalogue of every dataset is at `/catalog.jsonld`.",
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


class LivesFieldSerializer(serializers.Serializer):
    file = serializers.CharField()
    column = serializers.CharField()
    type = serializers.CharField()
    # A field named "required": DRF reads declared fields; its stub sees Field.required.
    required = serializers.BooleanField()  # type: ignore[assignment]
    description = serializers.CharField()


class LivesFeedSerializer(serializers.Serializer):
    feed_date = serializers.CharField(help_text="YYYYMMDD: the day of the last statistics run.")
    feed_version = serializers.CharField(help_text="The version of LIVES the feed follows.")
    modified = serializers.DateTimeField(
        allow_null=True, help_text="When the statistics run last counted the feed."
    )
    rows = serializers.DictField(
        child=serializers.IntegerField(), help_text="Rows of each file at that run."
    )


class LivesSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField()
    licence = serializers.DictField(child=serializers.CharField())
    conforms_to = serializers.URLField()
    downloads = serializers.DictField(child=serializers.URLField())
    feed = LivesFeedSerializer()
    dictionary = LivesFieldSerializer(many=True)


def lives_description() -> dict:
    """The LIVES feed as the API describes it: its files' addresses and fields, and the facts the
    last statistics run recorded."""
    from tscplus.insights.opendata.dataset import site_url

    lives = opendata.lives
    downloads = {"lives.zip": site_url(reverse("insights:lives_zip"))}
    downloads |= {
        f"{name}.csv": site_url(reverse("insights:lives_file", args=[name])) for name in lives.NAMES
    }
    return {
        "slug": "lives",
        "title": str(_("Officers' inspections (LIVES)")),
        "description": str(
            _(
                "Decided inspections of open places, their scores, outcomes and failed items, "
                "in LIVES, the open format for inspection results."
            )
        ),
        "licence": opendata.LICENCE,
        "conforms_to": lives.SPEC_URL,
        "downloads": downloads,
        "feed": lives.feed_facts(),
        "dictionary": [
            {
                "file": f"{name}.csv",
                "column": f.name,
                "type": f.type,
                "required": f.required,
                "description": str(f.description),
            }
            for name, fields in lives.FILES.items()
            for f in fields
        ],
    }


@extend_schema(tags=["insights"])
class LivesView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="open_data_lives_read",
        summary="The officers' inspections in LIVES",
        description="The open inspection feed in LIVES 1.0 (Local Inspector Value-Entry "
        "Specification): the addresses of its five CSV files and of the ZIP archive of all of "
        "them, each file's fields in the specification's order, and the feed's date, version "
        "and rows as the last statistics run recorded them. No personal data.",
        responses=LivesSerializer,
    )
    def get(self, request):
        return Response(LivesSerializer(lives_description()).data)


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
