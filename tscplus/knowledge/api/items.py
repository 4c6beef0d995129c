"""Knowledge items in the API: read what is published (editors read anything), write drafts and
move them through the editorial workflow (editors), and say whether an item helped (anyone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
)
from rest_framework import permissions, serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied, Throttled
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.middleware import client_ip
from tscplus.core.parsers import FormParser, JSONParser, MultiPartParser
from tscplus.core.rest import paged, paginated, read_query, request_example
from tscplus.knowledge import selectors, services
from tscplus.knowledge.api.filters import ItemFilters
from tscplus.knowledge.choices import Audience, Kind, Language
from tscplus.knowledge.models import KnowledgeItem, Topic
from tscplus.knowledge.permissions import is_editor

if TYPE_CHECKING:
    from tscplus.accounts.models import User


class KnowledgeTopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["code", "name_th", "name_en"]


class KnowledgeFaqSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=500)
    answer = serializers.CharField()


class OtherVersionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    language = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()


def item_address(item: KnowledgeItem, request: Request | None) -> str:
    """The item's page, absolute when there is a request to take the host from."""
    path = reverse("knowledge:item", args=[item.pk])
    return request.build_absolute_uri(path) if request else path


def other_version_out(other: KnowledgeItem | None, request: Request | None) -> dict | None:
    """The other language's version of an item, as the API names it (None when there is none)."""
    if other is None:
        return None
    return {
        "id": other.pk,
        "language": other.language,
        "title": other.title,
        "url": item_address(other, request),
    }


class KnowledgeItemSerializer(serializers.ModelSerializer):
    topics: serializers.SlugRelatedField[Topic] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    audiences = serializers.ListField(child=serializers.CharField(), read_only=True)
    faq = KnowledgeFaqSerializer(many=True, read_only=True)
    url = serializers.SerializerMethodField()
    other_version = serializers.SerializerMethodField(
        help_text="The item in the other language that the reader may read, when there is one."
    )

    class Meta:
        model = KnowledgeItem
        fields = [
            "id",
            "kind",
            "language",
            "translation_of",
            "title",
            "summary",
            "body",
            "body_html",
            "image_alt",
            "video_url",
            "audiences",
            "staff_only",
            "topics",
            "tags",
            "source",
            "faq",
            "status",
            "published_at",
            "reviewed_on",
            "view_count",
            "url",
            "other_version",
        ]

    @extend_schema_field(OtherVersionSerializer(allow_null=True))
    def get_other_version(self, item: KnowledgeItem) -> dict[str, Any] | None:
        return other_version_out(item.other_version, self.context.get("request"))

    def get_url(self, item: KnowledgeItem) -> str:
        return item_address(item, self.context.get("request"))


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
    body = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        help_text="Markdown; scripts, styles and event handlers are removed.",
    )
    image_alt = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    video_url = serializers.URLField(required=False, allow_blank=True, default="")
    audiences = serializers.MultipleChoiceField(choices=Audience.choices, allow_empty=False)
    staff_only = serializers.BooleanField(required=False, default=False)
    topics = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Topic.objects.all()
    )
    tags = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")
    # A field named `source`: DRF's metaclass takes declared fields off the class, so it does not
    # shadow Field.source at run time; the type checker cannot know that.
    source = serializers.CharField(  # type: ignore[assignment]
        max_length=300,
        required=False,
        allow_blank=True,
        default="",
        help_text="Where the advice comes from: the guideline, handbook or agency it follows.",
    )
    publish_at = serializers.DateTimeField(required=False, allow_null=True, default=None)
    faq = KnowledgeFaqSerializer(many=True, required=False)
    image = serializers.FileField(required=False)
    document = serializers.FileField(required=False)

    def to_service(self) -> dict:
        data = dict(self.validated_data)
        audiences = data.pop("audiences")
        data.update(
            for_public=Audience.PUBLIC in audiences,
            for_establishments=Audience.ESTABLISHMENTS in audiences,
            for_staff=Audience.STAFF in audiences,
        )
        topics = data.pop("topics")
        faq = [(e["question"], e["answer"]) for e in data.pop("faq", [])]
        image, document = data.pop("image", None), data.pop("document", None)
        return {
            "data": data,
            "topics": topics,
            "image": image,
            "document": document,
            "faq": faq if data["kind"] == Kind.FAQ else None,
        }


def editor_or_403(request: Request) -> User:
    """Every write of the hub is an editor's; readers who try it are refused, not misled.
    Returns the editor."""
    user = request.user
    if not user.is_authenticated or not is_editor(user):
        raise PermissionDenied()
    return user


def _item_out(item: KnowledgeItem, request: Request) -> dict[str, Any]:
    return KnowledgeItemSerializer(item, context={"request": request}).data


@extend_schema(tags=["knowledge"])
class TopicListView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="The topic taxonomy", responses={200: KnowledgeTopicSerializer(many=True)}
    )
    def get(self, request: Request) -> Response:
        return Response(KnowledgeTopicSerializer(Topic.objects.all(), many=True).data)


@extend_schema(tags=["knowledge"])
class ItemListView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="Published items (newest first), filtered by audience, topic or kind",
        description="The items in the caller's language (`Accept-Language`), each with its "
        "`other_version`; only when the list has none in that language, the other language's.",
        operation_id="knowledge_items_list",
        parameters=[ItemFilters],
        responses={200: paginated(KnowledgeItemSerializer)},
    )
    def get(self, request: Request) -> Response:
        params = read_query(request, ItemFilters)
        items = selectors.items_for_reader(
            request.user,
            audience=params.get("audience", ""),
            topic=params.get("topic", ""),
            kind=params.get("kind", ""),
        )
        return paged(request, items.prefetch_related("faq"), KnowledgeItemSerializer)

    @extend_schema(
        summary="Write a new draft (editors)",
        request=KnowledgeItemWriteSerializer,
        responses={201: KnowledgeItemSerializer},
    )
    def post(self, request: Request) -> Response:
        editor = editor_or_403(request)
        body = KnowledgeItemWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = services.item_create(actor=editor, **body.to_service())
        return Response(_item_out(item, request), status=status.HTTP_201_CREATED)


@extend_schema(tags=["knowledge"])
class ItemView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def _item(self, request: Request, pk: int) -> KnowledgeItem:
        if is_editor(request.user):
            return selectors.item_get_for_editor(pk)
        return selectors.item_get_readable(request.user, pk)

    @extend_schema(
        summary="One item (published; editors see any)", responses={200: KnowledgeItemSerializer}
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(_item_out(self._item(request, pk), request))

    @extend_schema(
        summary="Edit an item (editors; every field is sent)",
        request=KnowledgeItemWriteSerializer,
        responses={200: KnowledgeItemSerializer},
    )
    def put(self, request: Request, pk: int) -> Response:
        editor = editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        body = KnowledgeItemWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = services.item_update(actor=editor, item=item, **body.to_service())
        return Response(_item_out(item, request))


@request_example("Approve (verb review)", {"approve": True, "note": ""})
class KnowledgeReviewSerializer(serializers.Serializer):
    approve = serializers.BooleanField()
    note = serializers.CharField(required=False, allow_blank=True, max_length=300, default="")


def _plain_actions() -> dict[str, Callable[..., KnowledgeItem]]:
    """The workflow's verbs that need nothing but the item (`review` also takes a decision);
    looked up at call time so that the services module stays the one place they live."""
    return {
        "submit": services.item_submit,
        "archive": services.item_archive,
        "restore": services.item_restore,
        "reviewed": services.item_mark_reviewed,
    }


@extend_schema(tags=["knowledge"])
class ItemActionView(APIView):
    """The editorial workflow: submit, review (approve or return), archive, restore, reviewed."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        summary="Move an item through the workflow (editors)",
        operation_id="knowledge_items_action",
        parameters=[
            OpenApiParameter(
                "verb",
                str,
                OpenApiParameter.PATH,
                enum=["submit", "review", "archive", "restore", "reviewed"],
            )
        ],
        request=KnowledgeReviewSerializer,
        responses={200: KnowledgeItemSerializer},
    )
    def post(self, request: Request, pk: int, verb: str) -> Response:
        editor = editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        if verb == "review":
            body = KnowledgeReviewSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            item = services.item_review(actor=editor, item=item, **body.validated_data)
        elif action := _plain_actions().get(verb):
            item = action(actor=editor, item=item)
        else:
            raise NotFound(
                _("There is no such action; use one of: {verbs}.").format(
                    verbs="submit, review, archive, restore, reviewed"
                )
            )
        return Response(_item_out(item, request))


class FeedbackSerializer(serializers.Serializer):
    helpful = serializers.BooleanField()
    comment = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


@extend_schema(tags=["knowledge"])
class FeedbackView(APIView):
    permission_classes = [permissions.AllowAny]
    parser_classes = [JSONParser]

    @extend_schema(
        summary="Was this item helpful?",
        operation_id="knowledge_items_feedback",
        description="Anyone may answer; nothing about the person is kept. 30 an hour from one "
        "address (429 past that, with `Retry-After`).",
        request=FeedbackSerializer,
        responses={201: FeedbackSerializer},
        examples=[
            OpenApiExample(
                "Helpful",
                request_only=True,
                value={"helpful": True, "comment": "อ่านง่าย ทำตามได้เลย"},
            )
        ],
    )
    def post(self, request: Request, pk: int) -> Response:
        item = selectors.item_get_readable(request.user, pk)
        if wait := services.FEEDBACK_LIMIT.wait(client_ip(request)):
            raise Throttled(wait=wait)
        body = FeedbackSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.feedback_submit(item=item, **body.validated_data)
        return Response(body.validated_data, status=status.HTTP_201_CREATED)
