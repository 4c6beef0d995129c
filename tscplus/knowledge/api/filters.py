"""The query strings of the knowledge endpoints, in one place because the item list, the search
and the self-check summary share their audience, topic and kind filters."""

from __future__ import annotations

from rest_framework import serializers

from tscplus.core.models import Province
from tscplus.core.rest import PageFilters
from tscplus.knowledge.choices import Audience, Kind


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
        required=False,
        allow_blank=True,
        max_length=1000,
        trim_whitespace=False,
        help_text="Any text, Thai or English; words are found inside compounds.",
    )
    page = serializers.IntegerField(required=False, min_value=1, max_value=1000, default=1)
    exact = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Search the words as typed: no spelling correction.",
    )


class SuggestFilters(serializers.Serializer):
    q = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        trim_whitespace=False,
        help_text="What has been typed so far.",
    )


class SummaryFilters(serializers.Serializer):
    audience = serializers.ChoiceField(Audience.choices, required=False, allow_blank=True)
    province = serializers.PrimaryKeyRelatedField(
        queryset=Province.objects.all(), required=False, help_text="Two-digit province code."
    )
