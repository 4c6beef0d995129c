"""The search index's jobs."""

from __future__ import annotations


def search_vocabulary_refresh() -> bool:
    """Bring the spelling vocabulary up to date when the index changed since the last time
    (PostgreSQL keeps it as a table; items are indexed one by one as they are published)."""
    from django.core.cache import cache
    from django.db.models import Count, Max

    from tscplus.search.models import SearchDocument
    from tscplus.search.services import refresh_vocabulary

    stamp = SearchDocument.objects.aggregate(n=Count("id"), at=Max("indexed_at"))
    marker = f"{stamp['n']}:{stamp['at']}"
    if cache.get("search.vocabulary") == marker:
        return False
    refresh_vocabulary()
    cache.set("search.vocabulary", marker, 24 * 3600)
    return True
