"""People Voice in the API: rate a place, read its summary, file and follow a complaint. Public
(no account), throttled per client, the same services and rules as the pages."""

from __future__ import annotations

from django.utils import translation
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.middleware import client_ip
from tscplus.places.selectors import establishment_get_public
from tscplus.voice import selectors, services
from tscplus.voice.choices import Aspect, ComplaintTopic
from tscplus.voice.models import Complaint, Evaluation
from tscplus.voice.visits import visit_token_valid


class RatingInSerializer(serializers.Serializer):
    cleanliness = serializers.IntegerField(min_value=1, max_value=5)
    distancing = serializers.IntegerField(min_value=1, max_value=5)
    hygiene = serializers.IntegerField(min_value=1, max_value=5)
    staff = serializers.IntegerField(min_value=1, max_value=5)
    overall = serializers.IntegerField(min_value=1, max_value=5)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    photo = serializers.FileField(required=False)
    visit = serializers.CharField(required=False, allow_blank=True,
                                  help_text="The signed visit token of a QR scan, if any.")  # fmt: skip


class RatingOutSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evaluation
        fields = ["id", *Aspect.values, "comment", "verified_visit", "moderation", "created_at",
                  "reply", "replied_at"]  # fmt: skip


class SummarySerializer(serializers.Serializer):
    count = serializers.IntegerField()
    verified_share = serializers.FloatField()
    averages = serializers.DictField(child=serializers.FloatField())
    ranking_score = serializers.FloatField()
    recent = RatingOutSerializer(many=True)


class ComplaintInSerializer(serializers.Serializer):
    topic = serializers.ChoiceField(choices=ComplaintTopic.choices)
    description = serializers.CharField(max_length=2000)
    photo = serializers.FileField(required=False)
    contact_name = serializers.CharField(required=False, allow_blank=True, max_length=120)
    contact_phone = serializers.CharField(required=False, allow_blank=True, max_length=20)
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    consent = serializers.BooleanField(required=False, default=False)


class ComplaintStatusSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id")
    establishment_name = serializers.CharField(source="establishment.name")

    class Meta:
        model = Complaint
        fields = ["tracking_code", "establishment", "establishment_name", "topic", "status",
                  "resolution", "created_at", "updated_at"]  # fmt: skip


def _device(request) -> str:
    # A mobile app sends its installation id; otherwise the client address stands in for it.
    return (request.headers.get("X-Device-Id", "")[:64]) or services.client_key(client_ip(request))


@extend_schema(tags=["people voice"])
class RatingsView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    throttle_scope = "voice"

    def get_throttles(self):
        # Reading the summary is as cheap as any page; writing is what the scope limits.
        return super().get_throttles() if self.request.method == "POST" else []

    @extend_schema(summary="A place's rating summary (last 90 days) and recent comments",
                   responses={200: SummarySerializer})  # fmt: skip
    def get(self, request, public_id):
        place = establishment_get_public(public_id)
        summary = selectors.rating_summary(establishment_id=place.pk)
        data = {"count": summary.count, "verified_share": summary.verified_share,
                "averages": summary.averages, "ranking_score": summary.ranking_score,
                "recent": selectors.evaluation_list_public(place)}  # fmt: skip
        return Response(SummarySerializer(data).data)

    @extend_schema(summary="Rate a place (public; one rating per place per device a day)",
                   request=RatingInSerializer, responses={201: RatingOutSerializer})  # fmt: skip
    def post(self, request, public_id):
        place = establishment_get_public(public_id)
        body = RatingInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        evaluation = services.evaluation_submit(
            establishment=place, ratings={a: data[a] for a in Aspect.values},
            comment=data.get("comment", ""), photo=data.get("photo"), device=_device(request),
            ip=client_ip(request), verified_visit=visit_token_valid(data.get("visit", ""), place.public_id),
            language=translation.get_language() or "th",
        )  # fmt: skip
        return Response(RatingOutSerializer(evaluation).data, status=status.HTTP_201_CREATED)


@extend_schema(tags=["people voice"], summary="File a complaint about a place (public)",
               request=ComplaintInSerializer, responses={201: ComplaintStatusSerializer})  # fmt: skip
class ComplaintCreateView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    throttle_scope = "voice"

    def post(self, request, public_id):
        place = establishment_get_public(public_id)
        body = ComplaintInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        complaint = services.complaint_file(establishment=place, ip=client_ip(request),
                                            **body.validated_data)  # fmt: skip
        return Response(ComplaintStatusSerializer(complaint).data, status=status.HTTP_201_CREATED)


@extend_schema(tags=["people voice"], summary="Follow a complaint by its tracking code (public)",
               responses={200: ComplaintStatusSerializer})  # fmt: skip
class ComplaintTrackView(APIView):
    permission_classes = [permissions.AllowAny]
    throttle_scope = "tracking"

    def get(self, request, code):
        complaint = selectors.complaint_get_by_tracking_code(code)
        if complaint is None:
            raise NotFound(translation.gettext("No complaint has this tracking code."))
        return Response(ComplaintStatusSerializer(complaint).data)
