"""Report a QR code the registry does not know, through the API: what the report page does, with
the same service, limit and rules (a mobile app that scans a code and finds nothing offers it)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound, Throttled
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.middleware import client_ip
from tscplus.core.models import District, Province
from tscplus.core.parsers import FormParser, JSONParser, MultiPartParser
from tscplus.core.rest import request_example
from tscplus.voice import services
from tscplus.voice.models import QR_TOKEN_MAX_LENGTH, QrReport


@request_example(
    "A QR code seen at a noodle shop",
    {
        "province": "50",
        "district": "5001",
        "place_name": "ร้านก๋วยเตี๋ยวริมทาง",
        "note": "สติกเกอร์ QR แปะทับโปสเตอร์เดิม",
    },
)
class QrReportInSerializer(serializers.Serializer):
    province = serializers.PrimaryKeyRelatedField(
        queryset=Province.objects.all(), help_text="Where it was seen: the province's code."
    )
    district = serializers.PrimaryKeyRelatedField(
        queryset=District.objects.all(), help_text="The district's code, in that province."
    )
    place_name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    note = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    contact_name = serializers.CharField(required=False, allow_blank=True, max_length=120)
    contact_phone = serializers.CharField(required=False, allow_blank=True, max_length=20)
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    consent = serializers.BooleanField(required=False, default=False)


class QrReportOutSerializer(serializers.ModelSerializer):
    """What the reporter gets back: the report as received (never the contact details)."""

    class Meta:
        model = QrReport
        fields = ["token", "province", "district", "place_name", "created_at"]


@extend_schema(
    tags=["people voice"],
    summary="Report a QR code that is not in the registry (public)",
    description="Goes to the area officers of the district where it was seen. 5 an hour from "
    "one address, counted with the page's (429 past that, with `Retry-After`).",
    request=QrReportInSerializer,
    responses={201: QrReportOutSerializer},
)
class QrReportCreateView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def post(self, request, token):
        if len(token) > QR_TOKEN_MAX_LENGTH:
            raise NotFound()
        body = QrReportInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        if wait := services.QR_REPORT_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        report = services.qr_report_file(token=token, ip=client_ip(request), **body.validated_data)
        return Response(QrReportOutSerializer(report).data, status=status.HTTP_201_CREATED)
