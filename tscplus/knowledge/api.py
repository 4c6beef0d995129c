"""The knowledge hub in the API: search and read for everyone (staff-only items for staff), write
and run the editorial workflow for editors, take the self-check. Same services and rules as the
pages."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.rest import Pagination, paginated
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Audience, Kind, Language, Skill
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.models import HLQuestion, KnowledgeItem, Topic
from tscplus.knowledge.permissions import is_editor, is_staff_reader
from tscplus.knowledge.selfcheck import SKILL_TOPICS, weak_skills
from tscplus.search.backends import Filters
from tscplus.search.selectors import search


class KnowledgeTopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["code", "name_th", "name_en"]


class KnowledgeFaqSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=500)
    answer = serializers.CharField()


class KnowledgeItemSerializer(serializers.ModelSerializer):
    topics = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    audiences = serializers.ListField(child=serializers.CharField(), read_only=True)
    faq = KnowledgeFaqSerializer(many=True, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = KnowledgeItem
        fields = ["id", "kind", "language", "translation_of", "title", "summary", "body",
                  "body_html", "image_alt", "video_url", "audiences", "staff_only", "topics",
                  "tags", "faq", "status", "published_at", "reviewed_on", "view_count", "url"]  # fmt: skip

    def get_url(self, item) -> str:
        request = self.context.get("request")
        from django.urls import reverse

        path = reverse("knowledge:item", args=[item.pk])
        return request.build_absolute_uri(path) if request else path


class KnowledgeItemWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Kind.choices)
    language = serializers.ChoiceField(choices=Language.choices, default=Language.THAI)
    translation_of = serializers.PrimaryKeyRelatedField(
        queryset=KnowledgeItem.objects.filter(language="th"), required=False, allow_null=True
    )
    title = serializers.CharField(max_length=300)
    summary = serializers.CharField(max_length=600, required=False, allow_blank=True, default="")
    body = serializers.CharField(required=False, allow_blank=True, default="",
                                 help_text="Markdown; scripts, styles and event handlers are removed.")  # fmt: skip
    image_alt = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    video_url = serializers.URLField(required=False, allow_blank=True, default="")
    audiences = serializers.MultipleChoiceField(choices=Audience.choices, allow_empty=False)
    staff_only = serializers.BooleanField(required=False, default=False)
    topics = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Topic.objects.all()
    )
    tags = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    publish_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    faq = KnowledgeFaqSerializer(many=True, required=False)
    image = serializers.FileField(required=False)
    document = serializers.FileField(required=False)

    def to_service(self) -> dict:
        data = dict(self.validated_data)
        audiences = data.pop("audiences")
        data.update(for_public=Audience.PUBLIC in audiences,
                    for_establishments=Audience.ESTABLISHMENTS in audiences,
                    for_staff=Audience.STAFF in audiences)  # fmt: skip
        topics = data.pop("topics")
        faq = [(e["question"], e["answer"]) for e in data.pop("faq", [])]
        image, document = data.pop("image", None), data.pop("document", None)
        return {"data": data, "topics": topics, "image": image, "document": document,
                "faq": faq if data["kind"] == Kind.FAQ else None}  # fmt: skip


class KnowledgeHitSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="document.object_id")
    title = serializers.CharField(source="document.title")
    kind = serializers.CharField(source="document.kind")
    language = serializers.CharField(source="document.language")
    score = serializers.FloatField()
    title_html = serializers.CharField(help_text="The title with matched words in <mark>.")
    snippet_html = serializers.CharField(
        help_text="A stretch of the text, matched words in <mark>."
    )


class KnowledgeSearchResultSerializer(serializers.Serializer):
    query = serializers.CharField()
    total = serializers.IntegerField()
    any_word = serializers.BooleanField(help_text="True when no item had every word.")
    terms = serializers.ListField(child=serializers.CharField())
    facets = serializers.DictField()
    results = KnowledgeHitSerializer(many=True, source="hits")


def _choice_errors(params, **allowed: list[str]) -> dict[str, list[str]]:
    """The parameters whose value is not one of their choices, as field errors."""
    return {name: [f"Expected one of {', '.join(values)}."] for name, values in allowed.items()
            if params.get(name) and params[name] not in values}  # fmt: skip


def _editor_or_403(request) -> None:
    if not is_editor(request.user):
        raise PermissionDenied()


@extend_schema(tags=["knowledge"])
class TopicListView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="The topic taxonomy", responses={200: KnowledgeTopicSerializer(many=True)}
    )
    def get(self, request):
        return Response(KnowledgeTopicSerializer(Topic.objects.all(), many=True).data)


@extend_schema(tags=["knowledge"])
class SearchView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="Search published knowledge in Thai or English",
        parameters=[
            OpenApiParameter("q", str, description="Any text; words are found inside compounds."),
            OpenApiParameter("audience", str, enum=Audience.values, required=False),
            OpenApiParameter("topic", str, required=False),
            OpenApiParameter("kind", str, enum=Kind.values, required=False),
            OpenApiParameter("page", int, required=False),
        ],
        responses={200: KnowledgeSearchResultSerializer},
    )  # fmt: skip
    def get(self, request):
        params = request.query_params
        page = params.get("page", "1")
        errors = _choice_errors(params, audience=Audience.values, kind=Kind.values)
        if not page.isdigit() or not 1 <= int(page) <= 1000:
            errors["page"] = ["Expected a whole number from 1 to 1000."]
        if errors:
            raise serializers.ValidationError(errors)
        filters = Filters(scope=SCOPE, include_restricted=is_staff_reader(request.user),
                          kind=params.get("kind", ""), audience=params.get("audience", ""),
                          topic=params.get("topic", "")[:40])  # fmt: skip
        result = search(params.get("q", "")[:1000], filters, page=int(page),
                        facets=selectors.search_facets())  # fmt: skip
        services.search_counted()
        return Response(KnowledgeSearchResultSerializer(result).data)


@extend_schema(tags=["knowledge"])
class ItemListView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="Published items (newest first), filtered by audience, topic or kind",
        operation_id="knowledge_items_list",
        parameters=[OpenApiParameter("audience", str, enum=Audience.values, required=False),
                    OpenApiParameter("topic", str, required=False),
                    OpenApiParameter("kind", str, enum=Kind.values, required=False)],
        responses={200: paginated(KnowledgeItemSerializer)},
    )  # fmt: skip
    def get(self, request):
        params = request.query_params
        if errors := _choice_errors(params, audience=Audience.values, kind=Kind.values):
            raise serializers.ValidationError(errors)
        items = selectors.item_list(request.user, audience=params.get("audience", ""),
                                    topic=params.get("topic", ""), kind=params.get("kind", ""))  # fmt: skip
        paginator = Pagination()
        page = paginator.paginate_queryset(items.prefetch_related("faq"), request, view=self)
        return paginator.get_paginated_response(
            KnowledgeItemSerializer(page, many=True, context={"request": request}).data
        )

    @extend_schema(summary="Write a new draft (editors)", request=KnowledgeItemWriteSerializer,
                   responses={201: KnowledgeItemSerializer})  # fmt: skip
    def post(self, request):
        _editor_or_403(request)
        body = KnowledgeItemWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = services.item_create(actor=request.user, **body.to_service())
        return Response(KnowledgeItemSerializer(item, context={"request": request}).data,
                        status=status.HTTP_201_CREATED)  # fmt: skip


@extend_schema(tags=["knowledge"])
class ItemView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def _item(self, request, pk):
        if is_editor(request.user):
            return selectors.item_get_for_editor(pk)
        return selectors.item_get_readable(request.user, pk)

    @extend_schema(
        summary="One item (published; editors see any)", responses={200: KnowledgeItemSerializer}
    )
    def get(self, request, pk):
        return Response(
            KnowledgeItemSerializer(self._item(request, pk), context={"request": request}).data
        )

    @extend_schema(summary="Edit an item (editors; every field is sent)",
                   request=KnowledgeItemWriteSerializer, responses={200: KnowledgeItemSerializer})  # fmt: skip
    def put(self, request, pk):
        _editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        body = KnowledgeItemWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = services.item_update(actor=request.user, item=item, **body.to_service())
        return Response(KnowledgeItemSerializer(item, context={"request": request}).data)


class KnowledgeReviewSerializer(serializers.Serializer):
    approve = serializers.BooleanField()
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


@extend_schema(tags=["knowledge"])
class ItemActionView(APIView):
    """The editorial workflow: submit, review (approve or return), archive, restore, reviewed."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(summary="Move an item through the workflow (editors)",
                   operation_id="knowledge_items_action",
                   request=KnowledgeReviewSerializer, responses={200: KnowledgeItemSerializer})  # fmt: skip
    def post(self, request, pk, verb):
        _editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        if verb == "review":
            body = KnowledgeReviewSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            item = services.item_review(actor=request.user, item=item, **body.validated_data)
        elif verb in {"submit", "archive", "restore", "reviewed"}:
            call = {"submit": services.item_submit, "archive": services.item_archive,
                    "restore": services.item_restore, "reviewed": services.item_mark_reviewed}  # fmt: skip
            item = call[verb](actor=request.user, item=item)
        else:
            raise NotFound("Unknown action; use submit, review, archive, restore or reviewed.")
        return Response(KnowledgeItemSerializer(item, context={"request": request}).data)


class SelfCheckQuestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = HLQuestion
        fields = ["id", "skill", "text_th", "text_en"]


class SelfCheckInSerializer(serializers.Serializer):
    audience = serializers.ChoiceField(choices=Audience.choices)
    province = serializers.CharField(required=False, allow_blank=True, max_length=2,
                                     help_text="Optional two-digit province code.")  # fmt: skip
    answers = serializers.DictField(child=serializers.IntegerField(min_value=1, max_value=5),
                                    help_text="Question id -> 1..5, every active question.")  # fmt: skip


class SelfCheckOutSerializer(serializers.Serializer):
    scores = serializers.DictField(child=serializers.IntegerField())
    overall = serializers.IntegerField()
    level = serializers.CharField()
    recommendations = serializers.DictField(
        child=serializers.ListField(child=serializers.IntegerField())
    )


@extend_schema(tags=["knowledge"])
class SelfCheckView(APIView):
    permission_classes = [permissions.AllowAny]
    throttle_scope = "voice"

    def get_throttles(self):
        return super().get_throttles() if self.request.method == "POST" else []

    @extend_schema(
        summary="The self-check's statements",
        responses={200: SelfCheckQuestionSerializer(many=True)},
    )
    def get(self, request):
        return Response(
            SelfCheckQuestionSerializer(HLQuestion.objects.filter(active=True), many=True).data
        )

    @extend_schema(summary="Take the self-check (anonymous)", request=SelfCheckInSerializer,
                   responses={201: SelfCheckOutSerializer})  # fmt: skip
    def post(self, request):
        from tscplus.core.models import Province

        body = SelfCheckInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        province = data.get("province") or None
        if province and not Province.objects.filter(pk=province).exists():
            raise serializers.ValidationError({"province": ["Unknown province code."]})
        answers = {}
        for key, value in data["answers"].items():
            if not str(key).isdigit():
                raise serializers.ValidationError({"answers": [f"Unknown question {key}."]})
            answers[int(key)] = value
        # Missing answers come back as field errors (400) through the API's exception handler.
        response = services.selfcheck_submit(audience=data["audience"], province_id=province,
                                             answers=answers)  # fmt: skip
        recommendations = {
            skill: list(selectors.item_list(request.user, topic=SKILL_TOPICS[Skill(skill)])
                        .values_list("pk", flat=True)[:3])
            for skill in weak_skills(response.scores)
        }  # fmt: skip
        return Response({"scores": response.scores, "overall": response.overall,
                         "level": response.level, "recommendations": recommendations},
                        status=status.HTTP_201_CREATED)  # fmt: skip


class SelfCheckSummarySerializer(serializers.Serializer):
    total = serializers.IntegerField()
    overall = serializers.FloatField(allow_null=True, help_text="Mean overall score, 0-100.")
    skills = serializers.DictField(child=serializers.FloatField(allow_null=True),
                                   help_text="Mean score of each skill, 0-100.")  # fmt: skip
    levels = serializers.DictField(
        child=serializers.IntegerField(), help_text="How many at each level."
    )


@extend_schema(tags=["knowledge"])
class SelfCheckSummaryView(APIView):
    """Counts and means only: no single response is ever shown."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="How the self-checks came out, by audience and province",
        parameters=[OpenApiParameter("audience", str, enum=Audience.values, required=False),
                    OpenApiParameter("province", str, required=False,
                                     description="Two-digit province code.")],
        responses={200: SelfCheckSummarySerializer},
    )  # fmt: skip
    def get(self, request):
        from tscplus.core.models import Province

        audience, province = (
            request.query_params.get("audience", ""),
            request.query_params.get("province", ""),
        )
        if errors := _choice_errors(request.query_params, audience=Audience.values):
            raise serializers.ValidationError(errors)
        if province and not Province.objects.filter(pk=province).exists():
            raise serializers.ValidationError({"province": ["Unknown province code."]})
        summary = selectors.selfcheck_summary(audience=audience, province_id=province)
        return Response(SelfCheckSummarySerializer(summary).data)
