"""An item's history in the API, for editors: its revisions and what each one changed."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tscplus.core.rest import PageFilters, paged, paginated
from tscplus.knowledge import selectors
from tscplus.knowledge.api.items import editor_or_403
from tscplus.knowledge.models import Revision


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

    @extend_schema(
        summary="An item's revisions, newest first (editors)",
        operation_id="knowledge_items_revisions",
        parameters=[PageFilters],
        responses={200: paginated(RevisionSerializer)},
    )
    def get(self, request: Request, pk: int) -> Response:
        editor_or_403(request)
        item = selectors.item_get_for_editor(pk)
        revisions = item.revisions.select_related("editor").order_by("-number")
        return paged(request, revisions, RevisionSerializer)


@extend_schema(tags=["knowledge"])
class RevisionDiffView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        summary="What a revision changed, line by line (editors)",
        operation_id="knowledge_items_revision_diff",
        responses={200: RevisionDiffSerializer},
    )
    def get(self, request: Request, pk: int, number: int) -> Response:
        editor_or_403(request)
        revision, previous, rows = selectors.revision_diff(
            selectors.item_get_for_editor(pk), number
        )
        diff = {"revision": revision, "previous": previous, "lines": [list(r) for r in rows]}
        return Response(RevisionDiffSerializer(diff).data)
