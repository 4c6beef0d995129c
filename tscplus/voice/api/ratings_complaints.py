"""People Voice in the API: rate a place, read its summary, file and follow a complaint. Public
(no account), throttled per client, the same services and rules as the pages."""

from __future__ import annotations

from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound, Throttled
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.language import reader_language
from tscplus.core.middleware import client_ip, personal
from tscplus.core.parsers import FormParser, JSONParser, MultiPartParser
from tscplus.core.rest import (
    OfficerOnlyMixin,
    PageFilters,
    paged,
    paginated,
    read_query,
    request_example,
)
from tscplus.places.selectors import establishment_get_public
from tscplus.voice import selectors, services
from tscplus.voice.choices import Aspect, ComplaintStatus, ComplaintTopic, Moderation
from tscplus.voice.models import Complaint, Rating
from tscplus.voice.visits import visit_token_valid


@request_example(
    "A rating",
    {
        "cleanliness": 5,
        "distancing": 4,
        "hygiene": 5,
        "staff": 4,
        "overall": 5,
        "comment": "สะอาด มีเจลล้างมือทุกโต๊ะ",
    },
)
class RatingInSerializer(serializers.Serializer):
    cleanliness = serializers.IntegerField(min_value=1, max_value=5)
    distancing = serializers.IntegerField(min_value=1, max_value=5)
    hygiene = serializers.IntegerField(min_value=1, max_value=5)
    staff = serializers.IntegerField(min_value=1, max_value=5)
    overall = serializers.IntegerField(min_value=1, max_value=5)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    photo = serializers.FileField(required=False)
    visit = serializers.CharField(
        required=False, allow_blank=True, help_text="The signed visit token of a QR scan, if any."
    )


class RatingOutSerializer(serializers.ModelSerializer):
    # Any field: the owner's own view (OwnReplySerializer) reads the reply as it stands.
    reply: serializers.Field = serializers.SerializerMethodField(
        help_text="The place's reply once published (empty while an officer checks it)."
    )

    class Meta:
        model = Rating
        fields = [
            "id",
            *Aspect.values,
            "comment",
            "verified_visit",
            "moderation",
            "created_at",
            "reply",
            "replied_at",
        ]

    def get_reply(self, rating: Rating) -> str:
        return rating.reply if rating.reply_moderation == Moderation.PUBLISHED else ""


class OwnReplySerializer(RatingOutSerializer):
    """The rating with the owner's own reply, whatever its moderation."""

    reply = serializers.CharField(read_only=True)

    class Meta(RatingOutSerializer.Meta):
        fields = [*RatingOutSerializer.Meta.fields, "reply_moderation"]


class SummarySerializer(serializers.Serializer):
    count = serializers.IntegerField()
    verified_share = serializers.FloatField()
    averages = serializers.DictField(child=serializers.FloatField())
    ranking_score = serializers.FloatField()
    recent = RatingOutSerializer(many=True)


@request_example(
    "A complaint",
    {"topic": "no_masks", "description": "พนักงานไม่สวมหน้ากากขณะปรุงอาหาร", "consent": False},
)
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
        fields = [
            "tracking_code",
            "establishment",
            "establishment_name",
            "topic",
            "status",
            "resolution",
            "created_at",
            "updated_at",
        ]


def _device(request) -> str:
    # A mobile app sends its installation id; otherwise the client address stands in for it.
    return (request.headers.get("X-Device-Id", "")[:64]) or services.client_key(client_ip(request))


@extend_schema(tags=["people voice"])
class RatingsView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="A place's rating summary (last 90 days) and recent comments",
        responses={200: SummarySerializer},
    )
    def get(self, request, public_id):
        place = establishment_get_public(public_id)
        summary = selectors.rating_summary(establishment_id=place.pk)
        data = {
            "count": summary.count,
            "verified_share": summary.verified_share,
            "averages": summary.averages,
            "ranking_score": summary.ranking_score,
            "recent": selectors.rating_list_public(place),
        }
        return Response(SummarySerializer(data).data)

    @extend_schema(
        summary="Rate a place (public; one rating per place per device a day)",
        description="20 an hour from one address, counted with the page's (429 past "
        "that, with `Retry-After`).",
        request=RatingInSerializer,
        responses={201: RatingOutSerializer},
    )
    def post(self, request, public_id):
        place = establishment_get_public(public_id)
        body = RatingInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        if wait := services.RATING_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        data = body.validated_data
        rating = services.rating_submit(
            establishment=place,
            ratings={a: data[a] for a in Aspect.values},
            comment=data.get("comment", ""),
            photo=data.get("photo"),
            device=_device(request),
            ip=client_ip(request),
            verified_visit=visit_token_valid(data.get("visit", ""), place.public_id),
            language=reader_language(),
        )
        return Response(RatingOutSerializer(rating).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["people voice"],
    summary="File a complaint about a place (public)",
    description="5 an hour from one address, counted with the page's (429 past "
    "that, with `Retry-After`).",
    request=ComplaintInSerializer,
    responses={201: ComplaintStatusSerializer},
)
class ComplaintCreateView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def post(self, request, public_id):
        place = establishment_get_public(public_id)
        body = ComplaintInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        if wait := services.COMPLAINT_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        complaint = services.complaint_file(
            establishment=place, ip=client_ip(request), **body.validated_data
        )
        return Response(ComplaintStatusSerializer(complaint).data, status=status.HTTP_201_CREATED)


@extend_schema(
    tags=["people voice"],
    summary="Follow a complaint by its tracking code (public)",
    responses={200: ComplaintStatusSerializer},
)
@method_decorator(personal, name="dispatch")  # the complainant's own complaint
class ComplaintTrackView(APIView):
    permission_classes = [permissions.AllowAny]
    throttle_scope = "tracking"

    def get(self, request, code):
        complaint = selectors.complaint_get_by_tracking_code(code)
        if complaint is None:
            raise NotFound(translation.gettext("No complaint has this tracking code."))
        return Response(ComplaintStatusSerializer(complaint).data)


# --- The place's operator and the area's officers ------------------------------------------------


@request_example("A reply", {"reply": "ขอบคุณค่ะ เราเช็ดโต๊ะทุกชั่วโมง"})
class ReplyInSerializer(serializers.Serializer):
    reply = serializers.CharField(max_length=1000)


@request_example("Publish a held rating", {"part": "rating", "decision": "approve"})
class ModerationInSerializer(serializers.Serializer):
    part = serializers.ChoiceField(choices=["rating", "reply"])
    decision = serializers.ChoiceField(choices=["approve", "reject"])
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)


class HeldSerializer(serializers.ModelSerializer):
    establishment = serializers.CharField(source="establishment.public_id")

    class Meta:
        model = Rating
        fields = [
            "id",
            "establishment",
            "comment",
            "moderation",
            "held_for",
            "reply",
            "reply_moderation",
            "created_at",
        ]


class OfficerComplaintSerializer(ComplaintStatusSerializer):
    assignee = serializers.EmailField(source="assignee.email", default=None)
    description = serializers.CharField()
    contact = serializers.SerializerMethodField()

    class Meta(ComplaintStatusSerializer.Meta):
        fields = [
            *ComplaintStatusSerializer.Meta.fields,
            "id",
            "description",
            "assignee",
            "contact",
        ]

    def get_contact(self, obj) -> dict | None:
        # Only the officer the complaint is assigned to reads the complainant's contact details.
        if not obj.has_contact or obj.assignee_id != self.context["request"].user.pk:
            return None
        return {"name": obj.contact_name, "phone": obj.contact_phone, "email": obj.contact_email}


@request_example("Resolved", {"status": "resolved", "resolution": "ตรวจแล้ว ร้านเพิ่มจุดล้างมือหน้าร้าน"})
class ComplaintStatusInSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ComplaintStatus.choices)
    resolution = serializers.CharField(required=False, allow_blank=True, max_length=2000)


@extend_schema(
    tags=["people voice"],
    summary="Reply once to a rating of your place",
    request=ReplyInSerializer,
    responses={200: OwnReplySerializer},
)
class ReplyView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, pk):
        rating = selectors.rating_get_for_owner(request.user, pk)
        body = ReplyInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.rating_reply(actor=request.user, rating=rating, text=body.validated_data["reply"])
        return Response(OwnReplySerializer(rating).data)


@extend_schema(
    tags=["people voice"],
    summary="Held ratings and replies in your area (officers)",
    parameters=[PageFilters],
    responses={200: paginated(HeldSerializer)},
)
class ModerationQueueView(OfficerOnlyMixin, APIView):
    def get(self, request):
        return paged(request, selectors.rating_moderation_queue(request.user), HeldSerializer)


@extend_schema(
    tags=["people voice"],
    summary="Publish or reject a held rating or reply",
    request=ModerationInSerializer,
    responses={200: HeldSerializer},
)
class ModerateView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        rating = selectors.rating_get_for_moderation(request.user, pk)
        body = ModerationInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        services.rating_moderate(
            actor=request.user,
            rating=rating,
            part=data["part"],
            approve=data["decision"] == "approve",
            reason=data.get("reason", ""),
        )
        return Response(HeldSerializer(rating).data)


class ComplaintFilters(PageFilters):
    status = serializers.ChoiceField(ComplaintStatus.choices, required=False, allow_blank=True)


@extend_schema(tags=["people voice"])
class OfficerComplaintListView(OfficerOnlyMixin, APIView):
    @extend_schema(
        summary="Complaints in your area (officers)",
        operation_id="complaints_list",
        parameters=[ComplaintFilters],
        responses={200: paginated(OfficerComplaintSerializer)},
    )
    def get(self, request):
        status_ = read_query(request, ComplaintFilters).get("status", "")
        return paged(
            request,
            selectors.complaint_list_for_officer(request.user, status_),
            OfficerComplaintSerializer,
        )


@extend_schema(
    tags=["people voice"],
    summary="A complaint in your area (officers)",
    responses={200: OfficerComplaintSerializer},
)
class OfficerComplaintView(OfficerOnlyMixin, APIView):
    def get(self, request, pk):
        complaint = selectors.complaint_get_for_officer(request.user, pk)
        return Response(OfficerComplaintSerializer(complaint, context={"request": request}).data)


@extend_schema(
    tags=["people voice"],
    summary="Take a complaint (assign it to yourself)",
    request=None,
    responses={200: OfficerComplaintSerializer},
)
class ComplaintTakeView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        complaint = selectors.complaint_get_for_officer(request.user, pk)
        services.complaint_assign(actor=request.user, complaint=complaint, assignee=request.user)
        return Response(OfficerComplaintSerializer(complaint, context={"request": request}).data)


@extend_schema(
    tags=["people voice"],
    summary="Move a complaint on (investigating, resolved, dismissed)",
    request=ComplaintStatusInSerializer,
    responses={200: OfficerComplaintSerializer},
)
class ComplaintStatusView(OfficerOnlyMixin, APIView):
    def post(self, request, pk):
        complaint = selectors.complaint_get_for_officer(request.user, pk)
        body = ComplaintStatusInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.complaint_set_status(
            actor=request.user, complaint=complaint, **body.validated_data
        )
        return Response(OfficerComplaintSerializer(complaint, context={"request": request}).data)
