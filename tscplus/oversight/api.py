"""Area oversight in the API: the risk queue and inspections, for officers, with the same services
and the same area scope as the pages (anything outside it: 404)."""

from __future__ import annotations

from django.http import Http404, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.rest import (
    OfficerOnlyMixin,
    PageFilters,
    days_from_today,
    paged,
    paginated,
    request_example,
)
from tscplus.oversight import exports, selectors, services
from tscplus.oversight.choices import Decision
from tscplus.oversight.models import Inspection
from tscplus.places.api import PlaceSummarySerializer
from tscplus.places.selectors import establishment_get_overseen


class QueueRowSerializer(PlaceSummarySerializer):
    score = serializers.FloatField(source="risk.score", default=None)
    reasons = serializers.ListField(
        source="risk.reasons", default=list, child=serializers.CharField()
    )

    class Meta(PlaceSummarySerializer.Meta):
        fields = [*PlaceSummarySerializer.Meta.fields, "score", "reasons"]


class InspectionSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id", read_only=True)
    officer = serializers.EmailField(source="officer.email", read_only=True)

    class Meta:
        model = Inspection
        fields = [
            "id",
            "establishment",
            "officer",
            "planned_for",
            "status",
            "assessment",
            "decision",
            "reason",
            "corrections_due",
            "decided_at",
        ]
        read_only_fields = fields


@request_example("Plan a visit", {"establishment": "P7K2M9QX", "planned_for": days_from_today(7)})
class PlanSerializer(serializers.Serializer):
    establishment = serializers.CharField()
    planned_for = serializers.DateField()


@request_example(
    "Corrections needed",
    {
        "decision": "corrections",
        "reason": "ยังไม่มีจุดล้างมือหน้าร้าน",
        "corrections_due": days_from_today(14),
    },
)
class DecideSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=Decision.choices)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    corrections_due = serializers.DateField(required=False, allow_null=True)


@extend_schema(
    tags=["oversight"],
    summary="Your area's places, riskiest first, with the reasons",
    parameters=[PageFilters],
    responses={200: paginated(QueueRowSerializer)},
)
class QueueView(OfficerOnlyMixin, APIView):
    def get(self, request):
        return paged(request, selectors.risk_queue(request.user), QueueRowSerializer)


@extend_schema(tags=["oversight"])
class InspectionsView(OfficerOnlyMixin, APIView):
    @extend_schema(
        summary="Your inspections",
        parameters=[PageFilters],
        responses={200: paginated(InspectionSerializer)},
    )
    def get(self, request):
        rows = selectors.inspection_list_for_officer(request.user).filter(officer=request.user)
        return paged(request, rows, InspectionSerializer)

    @extend_schema(
        summary="Plan a visit (you are the officer)",
        request=PlanSerializer,
        responses={201: InspectionSerializer},
    )
    def post(self, request):
        body = PlanSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        place = establishment_get_overseen(request.user, body.validated_data["establishment"])
        visit = services.inspection_plan(
            actor=request.user,
            establishment=place,
            officer=request.user,
            planned_for=body.validated_data["planned_for"],
        )
        return Response(InspectionSerializer(visit).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["oversight"],
    summary="Open the visit's checklist (an assessment of kind "
    "inspection; answer it through the assessments API)",
    request=None,
    responses={200: InspectionSerializer},
)
class InspectionStartView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        visit = selectors.inspection_get_for_officer(request.user, pk)
        if visit.officer_id != request.user.pk:
            raise Http404
        services.inspection_start(actor=request.user, inspection=visit)
        return Response(InspectionSerializer(visit).data)


@extend_schema(
    tags=["oversight"],
    summary="Decide after a recorded visit",
    request=DecideSerializer,
    responses={200: InspectionSerializer},
)
class InspectionDecideView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        visit = selectors.inspection_get_for_officer(request.user, pk)
        body = DecideSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.inspection_decide(actor=request.user, inspection=visit, **body.validated_data)
        return Response(InspectionSerializer(visit).data)


@extend_schema(
    tags=["oversight"],
    summary="Your areas' data as CSV (establishments, assessments, "
    "inspections, complaints without contact details); audited",
    responses={(200, "text/csv"): OpenApiTypes.BINARY},
)
class ExportView(OfficerOnlyMixin, APIView):
    def get(self, request, dataset):
        chosen = exports.DATASETS.get(dataset)
        if chosen is None:
            raise Http404
        services.export_record(actor=request.user, dataset=dataset, fmt="csv")
        response = StreamingHttpResponse(
            exports.csv_stream(chosen, request.user, machine=True),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="tscplus-{dataset}.csv"'
        return response
