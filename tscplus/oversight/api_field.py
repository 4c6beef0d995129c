"""Offline field work in the API: an officer's planned visits, the kit that takes one offline,
and the record a phone sends when the signal comes back (multipart: a `payload` JSON and
`photo_<item id>` files, with an `Idempotency-Key`). Conflicts answer 409 with each conflict,
what it means and whether the officer may record anyway (`oversight/conflicts.py`)."""

from __future__ import annotations

import json
from typing import Any

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.parsers import MultiPartParser
from tscplus.core.permissions import require_officer
from tscplus.oversight import conflicts, selectors, services
from tscplus.oversight.choices import Decision
from tscplus.oversight.models import Inspection
from tscplus.places.selectors import establishment_is_overseen_by
from tscplus.standards.choices import AnswerValue

CONFLICT_CODES = [
    conflicts.STANDARD_CHANGED,
    conflicts.CERTIFICATE_CHANGED,
    conflicts.RECORDED_BY_OTHER,
    conflicts.OUT_OF_AREA,
]


class FieldAnswerSerializer(serializers.Serializer):
    item = serializers.IntegerField(min_value=1)
    value = serializers.ChoiceField(choices=AnswerValue.choices)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class LocationSerializer(serializers.Serializer):
    lat = serializers.FloatField(min_value=-90, max_value=90)
    lng = serializers.FloatField(min_value=-180, max_value=180)
    accuracy = serializers.FloatField(min_value=0, required=False, allow_null=True)


class FieldRecordSerializer(serializers.Serializer):
    """The `payload` part of a field record."""

    answers = FieldAnswerSerializer(many=True, allow_empty=False)
    decision = serializers.ChoiceField(choices=Decision.choices, required=False, allow_blank=True)
    reason = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
    corrections_due = serializers.DateField(required=False, allow_null=True, default=None)
    visited_at = serializers.DateTimeField()
    recorded_offline_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    location = LocationSerializer(required=False, allow_null=True, default=None)
    basis = serializers.DictField()
    confirm = serializers.ListField(
        child=serializers.ChoiceField(choices=CONFLICT_CODES), required=False, default=list
    )

    def record(self, files: Any) -> services.FieldRecord:
        data = self.validated_data
        photos: dict[int, Any] = {}
        for name, upload in files.items():
            suffix = name.removeprefix("photo_")
            if not name.startswith("photo_") or not suffix.isdigit():
                raise serializers.ValidationError({name: [_("Name photos photo_<item id>.")]})
            photos[int(suffix)] = upload
        return services.FieldRecord(
            answers={a["item"]: {"value": a["value"], "note": a["note"]} for a in data["answers"]},
            photos=photos,
            decision=data.get("decision", ""),
            reason=data["reason"],
            corrections_due=data["corrections_due"],
            visited_at=data["visited_at"],
            recorded_offline_at=data["recorded_offline_at"],
            location=data["location"],
            basis=data["basis"],
            confirm=set(data["confirm"]),
        )


def _own_visit(user: Any, pk: int) -> Inspection:
    """The officer's own visit; another officer's is not found."""
    require_officer(user)
    return selectors.field_visit_get(user, pk)


def VISIT_FIELDS() -> dict[str, serializers.Field]:  # noqa: N802  # a schema, named as one
    """The fields of a visit in the schema (each use needs its own field objects)."""
    return {
        "id": serializers.IntegerField(),
        "planned_for": serializers.DateField(),
        "planned_for_display": serializers.CharField(),
        "place": serializers.DictField(),
        "kit_url": serializers.CharField(),
    }


@extend_schema(tags=["oversight"])
class FieldVisitsView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        summary="The signed-in officer's planned visits, to take offline",
        operation_id="field_visits_list",
        responses={
            200: inline_serializer(
                "FieldVisits",
                {"results": inline_serializer("FieldVisit", VISIT_FIELDS(), many=True)},
            )
        },
    )
    def get(self, request):
        require_officer(request.user)
        rows = selectors.field_visits(request.user)[:200]
        return Response({"results": [selectors.field_visit_summary(v) for v in rows]})


@extend_schema(tags=["oversight"])
class FieldKitView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        summary="Everything to record one visit offline: the place, the checklist of the right "
        "standard version, the last result, open corrections, the certificate and the basis "
        "to send back with the record",
        responses={
            200: inline_serializer(
                "FieldKit",
                {
                    "visit": inline_serializer("FieldKitVisit", VISIT_FIELDS()),
                    "basis": serializers.DictField(),
                },
            )
        },
    )
    def get(self, request, pk):
        visit = _own_visit(request.user, pk)
        if not establishment_is_overseen_by(request.user, visit.establishment):
            raise Http404  # a place that left the officer's area is not taken offline
        kit = selectors.field_kit(visit)
        if kit is None:
            return Response(
                {"errors": {"detail": _("No standard is in force for this type of place.")}},
                status=400,
            )
        return Response(kit)


RECORD_EXAMPLE = {
    "answers": [{"item": 1, "value": "pass", "note": ""}],
    "decision": "confirm",
    "reason": "",
    "corrections_due": None,
    "visited_at": "2026-12-06T09:30:00+07:00",
    "recorded_offline_at": "2026-12-06T09:45:00+07:00",
    "location": {"lat": 18.7883, "lng": 98.9853, "accuracy": 12},
    "basis": {"kit": 1, "visit": 1, "version_id": 1},
    "confirm": [],
}


@extend_schema(
    tags=["oversight"],
    summary="Send a visit recorded in the field (offline): checklist, photos, time, place and "
    "decision, written whole or not at all. Needs an Idempotency-Key header; a replay gets "
    "the first answer. 409 lists conflicts with what changed since the visit was taken offline",
    request={
        "multipart/form-data": inline_serializer(
            "FieldRecordUpload",
            {"payload": serializers.CharField(), "photo_1": serializers.FileField()},
        )
    },
    responses={
        201: inline_serializer(
            "FieldRecorded",
            {
                "inspection": serializers.IntegerField(),
                "decision_label": serializers.CharField(),
                "link": serializers.CharField(),
            },
        )
    },
    examples=[
        OpenApiExample(
            "A visit recorded offline, with a photo",
            request_only=True,
            media_type="multipart/form-data",
            value={"payload": json.dumps(RECORD_EXAMPLE), "photo_1": "photo.jpg"},
        )
    ],
)
class FieldRecordView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [MultiPartParser]

    def post(self, request, pk):
        visit = _own_visit(request.user, pk)
        try:
            payload = json.loads(request.data.get("payload") or "")
        except ValueError:
            return Response(
                {"errors": {"payload": [_("Send the record as JSON in the payload field.")]}},
                status=400,
            )
        body = FieldRecordSerializer(data=payload)
        body.is_valid(raise_exception=True)
        try:
            recorded = services.field_record(
                actor=request.user, visit=visit, record=body.record(request.FILES)
            )
        except services.FieldConflictError as exc:
            return Response(
                {
                    "errors": {
                        "detail": _("Things changed while you were offline: check them first."),
                        "conflicts": [c.as_dict() for c in exc.conflicts],
                    }
                },
                status=409,
            )
        return Response(
            {
                "inspection": recorded.pk,
                "decision_label": recorded.get_decision_display(),
                "link": reverse("oversight:inspection", args=[recorded.pk]),
            },
            status=201,
        )
