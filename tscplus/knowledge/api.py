"""The knowledge hub in the API: search and read for everyone (staff-only items for staff), write
and run the editorial workflow for editors, take the self-check. Same services and rules as the
pages."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied, Throttled
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.middleware import client_ip
from tscplus.core.models import Province
from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query, request_example
from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Audience, Kind, Language, Skill
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.models import HLQuestion, KnowledgeItem, Revision, Topic
from tscplus.knowledge.permissions import is_editor, is_staff_reader
from tscplus.knowledge.selfcheck import SKILL_TOPICS, weak_skills
from tscplus.search.backends import Filters
from tscplus.search.selectors import search
from tscplus.search.selectors import suggest as suggest_titles


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


@request_example(
    "An article",
    {
        "kind": "article",
        "title": "ล้างมือให้สะอาดใน 7 ขั้นตอน",
        "summary": "ล้างมือถูกวิธีลดการแพร่เชื้อ",
        "body": "## ทำไมต้องล้างมือ\n\nมือสัมผัสสิ่งของตลอดวัน...",
        "audiences": ["public", "establishments"],
        "topics": ["covid-prevention"],
        "tags": "ล้างมือ, สบู่",
    },
)
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


class KnowledgeFilters(serializers.Serializer):
    audience = serializers.ChoiceField(Audience.choices, required=False, allow_blank=True)
    topic = serializers.CharField(
        required=False, allow_blank=True, max_length=40, help_text="A topic's code."
    )
    kind = serializers.ChoiceField(Kind.choices, required=False, allow_blank=True)


class ItemFilters(KnowledgeFilters, PageFilters):
    """The published items list: the filters, paged by the common `Pagination`."""


class SearchFilters(KnowledgeFilters):
    """The search pages its own results (10 a page, its own envelope)."""

    q = serializers.CharField(
        required=False, allow_blank=True, max_length=1000, trim_whitespace=False,
        help_text="Any text, Thai or English; words are found inside compounds.",
    )  # fmt: skip
    page = serializers.IntegerField(required=False, min_value=1, max_value=1000, default=1)


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
        description="Ranked best first (BM25 with a title boost), 10 a page, with highlighted "
        "snippets and facet counts. Staff also find staff-only items.",
        parameters=[SearchFilters], responses={200: KnowledgeSearchResultSerializer},
    )  # fmt: skip
    def get(self, request):
        params = read_query(request, SearchFilters)
        filters = Filters(scope=SCOPE, include_restricted=is_staff_reader(request.user),
                          kind=params.get("kind", ""), audience=params.get("audience", ""),
                          topic=params.get("topic", ""))  # fmt: skip
        result = search(params.get("q", ""), filters, page=params["page"],
                        facets=selectors.search_facets())  # fmt: skip
        services.search_counted()
        return Response(KnowledgeSearchResultSerializer(result).data)


class SuggestFilters(serializers.Serializer):
    q = serializers.CharField(
        required=False, allow_blank=True, max_length=200, trim_whitespace=False,
        help_text="What has been typed so far.",
    )  # fmt: skip


@extend_schema(tags=["knowledge"])
class SuggestView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="Titles to suggest while someone types", operation_id="knowledge_suggest",
        description="The titles the search box offers, best first (at most 8).",
        parameters=[SuggestFilters], responses={200: {"type": "array", "items": {"type": "string"}}},
    )  # fmt: skip
    def get(self, request):
        q = read_query(request, SuggestFilters).get("q", "")
        titles = suggest_titles(q, SCOPE, include_restricted=is_staff_reader(request.user))
        return Response([str(t) for t in titles])


@extend_schema(tags=["knowledge"])
class ItemListView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="Published items (newest first), filtered by audience, topic or kind",
        operation_id="knowledge_items_list",
        parameters=[ItemFilters], responses={200: paginated(KnowledgeItemSerializer)},
    )  # fmt: skip
    def get(self, request):
        params = read_query(request, ItemFilters)
        items = selectors.item_list(request.user, audience=params.get("audience", ""),
                                    topic=params.get("topic", ""), kind=params.get("kind", ""))  # fmt: skip
        return paged(request, items.prefetch_related("faq"), KnowledgeItemSerializer)

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


@request_example("Approve (verb review)", {"approve": True, "note": ""})
class KnowledgeReviewSerializer(serializers.Serializer):
    approve = serializers.BooleanField()
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


@extend_schema(tags=["knowledge"])
class ItemActionView(APIView):
    """The editorial workflow: submit, review (approve or return), archive, restore, reviewed."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(summary="Move an item through the workflow (editors)",
                   operation_id="knowledge_items_action",
                   parameters=[OpenApiParameter("verb", str, OpenApiParameter.PATH, enum=[
                       "submit", "review", "archive", "restore", "reviewed"])],
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
            raise NotFound(
                _("There is no such action; use one of: {verbs}.").format(
                    verbs="submit, review, archive, restore, reviewed"
                )
            )
        return Response(KnowledgeItemSerializer(item, context={"request": request}).data)


class RevisionSerializer(serializers.ModelSerializer):
    editor = serializers.CharField(source="editor.full_name", read_only=True, default="")

    class Meta:
        model = Revision
        fields = ["number", "title", "editor", "note", "created_at"]


class RevisionDiffSerializer(serializers.Serializer):
    revision = RevisionSerializer()
    previous = RevisionSerializer(allow_null=True)
    lines = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(allow_blank=True)),
        help_text='[mark, text] per line: "+" added, "-" removed, " " unchanged.',
    )


@extend_schema(tags=["knowledge"])
class RevisionListView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(summary="An item's revisions, newest first (editors)",
                   operation_id="knowledge_items_revisions", parameters=[PageFilters],
                   responses={200: paginated(RevisionSerializer)})  # fmt: skip
    def get(self, request, pk):
        _editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        return paged(request, item.revisions.select_related("editor").order_by("-number"),
                     RevisionSerializer)  # fmt: skip


@extend_schema(tags=["knowledge"])
class RevisionDiffView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(summary="What a revision changed, line by line (editors)",
                   operation_id="knowledge_items_revision_diff",
                   responses={200: RevisionDiffSerializer})  # fmt: skip
    def get(self, request, pk, number):
        _editor_or_403(request)
        revision, previous, rows = selectors.revision_diff(
            selectors.item_get_for_editor(pk), number
        )
        return Response(RevisionDiffSerializer(
            {"revision": revision, "previous": previous, "lines": [list(r) for r in rows]}
        ).data)  # fmt: skip


class FeedbackSerializer(serializers.Serializer):
    helpful = serializers.BooleanField()
    comment = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


@extend_schema(tags=["knowledge"])
class FeedbackView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser]

    @extend_schema(
        summary="Was this item helpful?", operation_id="knowledge_items_feedback",
        description="Anyone may answer; nothing about the person is kept. 30 an hour from one "
        "address (429 past that, with `Retry-After`).",
        request=FeedbackSerializer, responses={201: FeedbackSerializer},
        examples=[OpenApiExample("Helpful", request_only=True,
                                 value={"helpful": True, "comment": "อ่านง่าย ทำตามได้เลย"})],
    )  # fmt: skip
    def post(self, request, pk):
        item = selectors.item_get_readable(request.user, pk)
        if wait := services.FEEDBACK_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        body = FeedbackSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.feedback_submit(item=item, **body.validated_data)
        return Response(body.validated_data, status=status.HTTP_201_CREATED)


class SelfCheckQuestionSerializer(serializers.ModelSerializer):
    class Meta:
        model = HLQuestion
        fields = ["id", "skill", "text_th", "text_en"]


@request_example(
    "Answers to every active question (ids from GET /api/v1/knowledge/self-check/)",
    {"audience": "public", "province": "50",
     "answers": {str(n): 1 + n % 5 for n in range(1, 19)}},
)  # fmt: skip
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

    @extend_schema(
        summary="The self-check's statements",
        responses={200: SelfCheckQuestionSerializer(many=True)},
    )
    def get(self, request):
        return Response(
            SelfCheckQuestionSerializer(HLQuestion.objects.filter(active=True), many=True).data
        )

    @extend_schema(summary="Take the self-check (anonymous)", request=SelfCheckInSerializer,
                   description="20 an hour from one address, counted with the page's (429 past "
                   "that, with `Retry-After`).",
                   responses={201: SelfCheckOutSerializer})  # fmt: skip
    def post(self, request):
        from tscplus.core.models import Province

        body = SelfCheckInSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        province = data.get("province") or None
        if province and not Province.objects.filter(pk=province).exists():
            raise serializers.ValidationError({"province": [_("Unknown province code.")]})
        answers = {}
        for key, value in data["answers"].items():
            if not str(key).isdigit():
                raise serializers.ValidationError(
                    {"answers": {str(key): [_("There is no such question.")]}}
                )
            answers[int(key)] = value
        if wait := services.SELF_CHECK_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        try:
            response = services.selfcheck_submit(audience=data["audience"], province_id=province,
                                                 answers=answers)  # fmt: skip
        except DjangoValidationError as exc:
            # The service names a missing answer as the page's field (q12); here it is answers.12.
            errors: dict = {}
            for key, messages in exc.message_dict.items():
                if key.startswith("q") and key[1:].isdigit():
                    errors.setdefault("answers", {})[key[1:]] = messages
                else:
                    errors[key] = messages
            raise serializers.ValidationError(errors) from None
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


class SummaryFilters(serializers.Serializer):
    audience = serializers.ChoiceField(Audience.choices, required=False, allow_blank=True)
    province = serializers.PrimaryKeyRelatedField(
        queryset=Province.objects.all(), required=False, help_text="Two-digit province code."
    )


@extend_schema(tags=["knowledge"])
class SelfCheckSummaryView(APIView):
    """Counts and means only: no single response is ever shown."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="How the self-checks came out, by audience and province",
        parameters=[SummaryFilters], responses={200: SelfCheckSummarySerializer},
    )  # fmt: skip
    def get(self, request):
        params = read_query(request, SummaryFilters)
        province = params.get("province")
        summary = selectors.selfcheck_summary(
            audience=params.get("audience", ""), province_id=province.pk if province else ""
        )
        return Response(SelfCheckSummarySerializer(summary).data)
