"""Finding knowledge in the API: the ranked search and the titles the search box suggests; staff
also find staff-only items."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.rest import read_query
from tscplus.knowledge import selectors, services
from tscplus.knowledge.api.filters import SearchFilters, SuggestFilters
from tscplus.knowledge.api.items import OtherVersionSerializer, other_version_out
from tscplus.knowledge.indexing import SCOPE
from tscplus.knowledge.permissions import is_staff_reader
from tscplus.search.selectors import Hit, SearchPage
from tscplus.search.selectors import suggest as suggest_titles


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
    other_version = serializers.SerializerMethodField(
        help_text="The item in the other language, when there is one."
    )

    @extend_schema_field(OtherVersionSerializer(allow_null=True))
    def get_other_version(self, hit: Hit) -> dict[str, Any] | None:
        other = self.context.get("other_versions", {}).get(hit.document.object_id)
        return other_version_out(other, self.context.get("request"))


class SynonymsFoundSerializer(serializers.Serializer):
    word = serializers.CharField(help_text="As typed.")
    synonyms = serializers.ListField(child=serializers.CharField())


class KnowledgeSearchResultSerializer(serializers.Serializer):
    query = serializers.CharField()
    total = serializers.IntegerField()
    any_word = serializers.BooleanField(help_text="True when no item had every word.")
    terms = serializers.ListField(
        child=serializers.CharField(), help_text="Every word searched for, synonyms included."
    )
    expanded = serializers.SerializerMethodField(
        help_text="The synonyms also searched for: each word typed with the other words found "
        "for it."
    )
    ignored = serializers.ListField(
        child=serializers.CharField(),
        help_text="Filler words of a question left out of the search (kept in double quotes).",
    )
    corrected = serializers.CharField(
        help_text="When what was typed found few items: the query searched instead, its slips "
        "mended (empty otherwise). Send `exact=true` to search what was typed."
    )
    nearest = serializers.ListField(
        child=serializers.CharField(),
        help_text="When nothing is found: words the index has that start as the unknown ones.",
    )
    facets = serializers.DictField()
    results = KnowledgeHitSerializer(many=True, source="hits")

    @extend_schema_field(SynonymsFoundSerializer(many=True))
    def get_expanded(self, result: SearchPage) -> list[dict[str, Any]]:
        return [{"word": word, "synonyms": list(others)} for word, others in result.expanded]


@extend_schema(tags=["knowledge"])
class SearchView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="Search published knowledge in Thai or English",
        description="Ranked best first (BM25 with a title boost), 10 a page, with highlighted "
        "snippets and facet counts. Staff also find staff-only items. The matches are in the "
        "caller's language (`Accept-Language`); only when none matches, in the other language.",
        parameters=[SearchFilters],
        responses={200: KnowledgeSearchResultSerializer},
    )
    def get(self, request: Request) -> Response:
        params = read_query(request, SearchFilters)
        result = selectors.item_search(
            request.user,
            params.get("q", ""),
            kind=params.get("kind", ""),
            audience=params.get("audience", ""),
            topic=params.get("topic", ""),
            page=params["page"],
            exact=params.get("exact", False),
        )
        services.search_counted()
        others = selectors.other_versions(request.user, [h.document.object_id for h in result.hits])
        return Response(
            KnowledgeSearchResultSerializer(
                result, context={"request": request, "other_versions": others}
            ).data
        )


@extend_schema(tags=["knowledge"])
class SuggestView(APIView):
    permission_classes = [permissions.AllowAny]

    @extend_schema(
        summary="Titles to suggest while someone types",
        operation_id="knowledge_suggest",
        description="The titles the search box offers, best first (at most 8).",
        parameters=[SuggestFilters],
        responses={200: {"type": "array", "items": {"type": "string"}}},
    )
    def get(self, request: Request) -> Response:
        q = read_query(request, SuggestFilters).get("q", "")
        titles = suggest_titles(q, SCOPE, include_restricted=is_staff_reader(request.user))
        return Response([str(t) for t in titles])
