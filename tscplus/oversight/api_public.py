"""The public record of a place's inspections in the API: what the place's page and the
verification page show, as data (no officer's name, nothing personal)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.oversight import selectors
from tscplus.places.selectors import establishment_get_public


class RecordEntrySerializer(serializers.Serializer):
    date = serializers.DateField(source="on")
    decision = serializers.CharField()
    outcome = serializers.CharField()
    appeal = serializers.CharField(source="appeal_status", allow_blank=True)
    appeal_varied_to = serializers.CharField(source="varied_to", allow_blank=True)
    appeal_reasons = serializers.CharField(source="appeal_reason", allow_blank=True)
    corrections_due = serializers.DateField(allow_null=True)
    corrections_closed_on = serializers.DateField(source="case_closed_on", allow_null=True)
    corrections_outcome = serializers.CharField(source="case_outcome", allow_blank=True)
    reply = serializers.CharField(allow_blank=True)


class FailedItemSerializer(serializers.Serializer):
    text_th = serializers.CharField()
    text_en = serializers.CharField()


class PublicRecordSerializer(serializers.Serializer):
    establishment = serializers.CharField()
    checked_by_officer = serializers.BooleanField()
    checked_on = serializers.DateField(allow_null=True)
    outcome = serializers.CharField(allow_blank=True)
    under_appeal = serializers.BooleanField()
    failed_items = FailedItemSerializer(many=True)
    history = RecordEntrySerializer(many=True)


@extend_schema(
    tags=["places"],
    summary="A place's inspections as the public reads them: self-assessed or checked by an "
    "officer, the last inspection's failed items and the history (public)",
    responses={200: PublicRecordSerializer},
)
class PublicRecordView(APIView):
    permission_classes = [permissions.AllowAny]

    def get(self, request, public_id):
        place = establishment_get_public(public_id)
        inspections = selectors.record_inspections(place.pk)
        entries = [selectors.record_entry(i) for i in inspections]
        failed = selectors.failed_items(inspections[0].assessment_id) if inspections else []
        data = {
            "establishment": place.public_id,
            "checked_by_officer": bool(entries),
            "checked_on": entries[0].on if entries else None,
            "outcome": entries[0].outcome if entries else "",
            "under_appeal": any(e.under_appeal for e in entries),
            "failed_items": [{"text_th": th, "text_en": en} for th, en in failed],
            "history": entries,
        }
        return Response(PublicRecordSerializer(data).data)
