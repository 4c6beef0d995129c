"""Writes to the search index. Apps hand over `Entry` values (see registry.py); the text is
segmented here, once, and the same terms go to whichever backend the database has."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice

from django.db import transaction

from tscplus.search.backends import backend
from tscplus.search.models import SearchDocument
from tscplus.search.registry import SOURCES, Entry
from tscplus.search.snippets import ZERO_WIDTH
from tscplus.search.thai import index_terms

BATCH = 500
FIELDS = ["language", "title", "text", "kind", "audiences", "topics", "restricted"]


def _bars(values: Sequence[str]) -> str:
    return "|" + "|".join(values) + "|" if values else ""


def index_entries(entries: Iterable[Entry]) -> int:
    """Add or replace documents in the index; returns how many."""
    count = 0
    iterator = iter(entries)
    while batch := list(islice(iterator, BATCH)):
        with transaction.atomic():
            # With update_conflicts, each document comes back with its id, new or existing.
            documents = SearchDocument.objects.bulk_create(
                [
                    SearchDocument(
                        scope=e.scope,
                        object_id=e.object_id,
                        language=e.language,
                        title=ZERO_WIDTH.sub("", e.title)[:300],
                        text=ZERO_WIDTH.sub("", e.text),
                        kind=e.kind,
                        audiences=_bars(e.audiences),
                        topics=_bars(e.topics),
                        restricted=e.restricted,
                    )
                    for e in batch
                ],
                update_conflicts=True,
                unique_fields=["scope", "object_id"],
                update_fields=FIELDS,
            )
            backend().add(
                (document.pk, index_terms(e.title), index_terms(e.text))
                for document, e in zip(documents, batch, strict=True)
            )
        count += len(batch)
    return count


def unindex(scope: str, object_ids: Sequence[int]) -> None:
    """Take documents out of the index (an item archived or deleted)."""
    with transaction.atomic():
        documents = SearchDocument.objects.filter(scope=scope, object_id__in=list(object_ids))
        backend().remove(list(documents.values_list("id", flat=True)))
        documents.delete()


def reindex(scopes: Sequence[str] | None = None) -> dict[str, int]:
    """Rebuild the index of the given scopes (all by default) from their owners' data."""
    done = {}
    for scope in scopes or sorted(SOURCES):
        with transaction.atomic():
            stale = SearchDocument.objects.filter(scope=scope)
            backend().remove(list(stale.values_list("id", flat=True)))
            stale.delete()
            done[scope] = index_entries(SOURCES[scope]())
    return done
