"""The search synonym dictionary in the API, for knowledge editors: list the sets (filtered by a
word), add, change and remove one. Same service and rules as the editors' desk pages."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import permissions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.parsers import JSONParser
from tscplus.core.rest import PageFilters, paged, paginated, read_query, request_example
from tscplus.knowledge.api.items import editor_or_403
from tscplus.search import selectors as search_selectors
from tscplus.search import services as search_services

EDITORS_ONLY = "Knowledge editors and administrators; anyone else gets 403 (401 without a sign-in)."


class SynonymSetSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    terms = serializers.ListField(
        child=serializers.CharField(),
        source="term_list",
        read_only=True,
        help_text="The words of the set, in their order.",
    )
    updated_at = serializers.DateTimeField(read_only=True)


MAX_TEXT = 3000  # characters of a set's words, commas included
MAX_WORDS = 100


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "maxLength": MAX_TEXT},
            {"type": "array", "items": {"type": "string"}, "maxItems": MAX_WORDS},
        ]
    }
)
class TermsField(serializers.Field):
    """The words of a set: one text with commas between them, or a list of words."""

    default_error_messages = {
        "invalid": _("Send the words as one text separated by commas, or as a list of texts."),
        "too_many": _("Send at most {words} words."),
    }

    def to_internal_value(self, data: Any) -> str:
        if isinstance(data, list) and all(isinstance(t, str) for t in data):
            if len(data) > MAX_WORDS:
                self.fail("too_many", words=MAX_WORDS)
            data = ", ".join(data)
        if not isinstance(data, str):
            self.fail("invalid")
        # A text's own checks (not blank, no NUL character, its length), in DRF's words.
        text: str = serializers.CharField(max_length=MAX_TEXT).run_validation(data)
        return text

    def to_representation(self, value: Any) -> Any:
        return value


@request_example(
    "Three words for one thing",
    {"terms": ["เครื่องกดเจลแบบเท้าเหยียบ", "ที่กดเจลเท้าเหยียบ", "foot pump sanitizer"]},
)
class SynonymSetWriteSerializer(serializers.Serializer):
    terms = TermsField(
        help_text="Two words at least, each in no other set: a text with commas between the "
        'words ("หน้ากากอนามัย, มาสก์, mask") or a list of words.'
    )


class SynonymFilters(PageFilters):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=100,
        help_text="Only the sets with a word that contains this text.",
    )


def _set_out(synonym_set: Any) -> dict[str, Any]:
    return SynonymSetSerializer(synonym_set).data


@extend_schema(tags=["knowledge"])
class SynonymListView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [JSONParser]

    @extend_schema(
        summary="The search synonym dictionary (editors)",
        description=f"The sets in the order they were added. {EDITORS_ONLY}",
        operation_id="knowledge_synonyms_list",
        parameters=[SynonymFilters],
        responses={200: paginated(SynonymSetSerializer)},
    )
    def get(self, request: Request) -> Response:
        editor_or_403(request)
        q = read_query(request, SynonymFilters).get("q", "")
        return paged(request, search_selectors.synonym_sets(q), SynonymSetSerializer)

    @extend_schema(
        summary="Add a synonym set (editors)",
        description="A search for any word of the set also finds the others. Fewer than two "
        f"words, or a word already in another set, is a 400 on `terms`. {EDITORS_ONLY}",
        operation_id="knowledge_synonyms_create",
        request=SynonymSetWriteSerializer,
        responses={201: SynonymSetSerializer},
    )
    def post(self, request: Request) -> Response:
        editor = editor_or_403(request)
        body = SynonymSetWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        synonym_set = search_services.synonym_save(actor=editor, **body.validated_data)
        return Response(_set_out(synonym_set), status=status.HTTP_201_CREATED)


@extend_schema(tags=["knowledge"])
class SynonymView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [JSONParser]

    def _save(self, request: Request, pk: int, *, partial: bool) -> Response:
        editor = editor_or_403(request)
        synonym_set = search_selectors.synonym_set_get(pk)
        body = SynonymSetWriteSerializer(data=request.data, partial=partial)
        body.is_valid(raise_exception=True)
        if "terms" in body.validated_data:
            synonym_set = search_services.synonym_save(
                actor=editor, terms=body.validated_data["terms"], synonym_set=synonym_set
            )
        return Response(_set_out(synonym_set))

    @extend_schema(
        summary="One synonym set (editors)",
        description=EDITORS_ONLY,
        operation_id="knowledge_synonyms_retrieve",
        responses={200: SynonymSetSerializer},
    )
    def get(self, request: Request, pk: int) -> Response:
        editor_or_403(request)
        return Response(_set_out(search_selectors.synonym_set_get(pk)))

    @extend_schema(
        summary="Change a synonym set's words (editors)",
        description=f"The words sent replace the set's. {EDITORS_ONLY}",
        operation_id="knowledge_synonyms_update",
        request=SynonymSetWriteSerializer,
        responses={200: SynonymSetSerializer},
    )
    def put(self, request: Request, pk: int) -> Response:
        return self._save(request, pk, partial=False)

    @extend_schema(
        summary="Change a synonym set's words (editors; a body without `terms` changes nothing)",
        description=EDITORS_ONLY,
        operation_id="knowledge_synonyms_partial_update",
        request=SynonymSetWriteSerializer,
        responses={200: SynonymSetSerializer},
    )
    def patch(self, request: Request, pk: int) -> Response:
        return self._save(request, pk, partial=True)

    @extend_schema(
        summary="Remove a synonym set (editors)",
        description=EDITORS_ONLY,
        operation_id="knowledge_synonyms_destroy",
        responses={204: None},
    )
    def delete(self, request: Request, pk: int) -> Response:
        editor = editor_or_403(request)
        synonym_set = search_selectors.synonym_set_get(pk)
        search_services.synonym_delete(actor=editor, synonym_set=synonym_set)
        return Response(status=status.HTTP_204_NO_CONTENT)
