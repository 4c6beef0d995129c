"""Writes to the search index. Apps hand over `Entry` values (see registry.py); the text is
segmented here, once, and the same terms go to whichever backend the database has."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from tscplus.core.audit import audit_record, snapshot
from tscplus.search.backends import backend, forget_count
from tscplus.search.models import SearchDocument, SynonymSet
from tscplus.search.registry import SOURCES, Entry
from tscplus.search.snippets import ZERO_WIDTH
from tscplus.search.synonyms import MAX_TERM, forget, split_terms
from tscplus.search.thai import cut_texts

BATCH = 500
PARALLEL_AT = 4  # batches from which a second process cuts the texts (see `_cut`)
CUT_SECONDS = 60
Terms = list[tuple[list[str], list[str]]]  # of each entry: its title's and tags', its body's
FIELDS = ["language", "title", "text", "kind", "audiences", "topics", "restricted"]


def _bars(values: Sequence[str]) -> str:
    return "|" + "|".join(values) + "|" if values else ""


def index_entries(entries: Iterable[Entry]) -> int:
    """Add or replace documents in the index; returns how many."""
    count = 0
    for batch, terms in _cut(entries):
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
                (document.pk, title, body)
                for document, (title, body) in zip(documents, terms, strict=True)
            )
        count += len(batch)
    return count


def _cut(entries: Iterable[Entry]) -> Iterator[tuple[list[Entry], Terms]]:
    """The entries in batches, each with its terms (`thai.cut_texts`). Cutting Thai text is half
    the work of indexing and the database's writes the other half: on a long run (PARALLEL_AT
    batches or more: a reindex, a bulk load) a second process cuts the next batch while this one
    writes the last, so both run at once. The second process starts clean (forkserver): it holds
    nothing of this one's connections or threads."""
    iterator = iter(entries)
    batches = iter(lambda: list(islice(iterator, BATCH)), [])
    first = list(islice(batches, PARALLEL_AT))
    if len(first) < PARALLEL_AT:
        for batch in first:
            yield batch, cut_texts(_texts(batch))
        return
    queue = chain(first, batches)
    context = multiprocessing.get_context("forkserver")
    # The server the second process starts from loads what cutting needs.
    context.set_forkserver_preload(["tscplus.search.thai"])
    with context.Pool(1) as pool:
        current = next(queue)
        pending = pool.apply_async(cut_texts, (_texts(current),))
        for following in queue:
            terms = _collected(pending, current)
            pending = pool.apply_async(cut_texts, (_texts(following),))
            yield current, terms
            current = following
        yield current, _collected(pending, current)


def _collected(pending: Any, batch: list[Entry]) -> Terms:
    """The second process's terms for `batch`; cut here if it fails to answer within
    CUT_SECONDS (a batch takes it well under a second): the run goes on either way."""
    try:
        terms: Terms = pending.get(timeout=CUT_SECONDS)
        return terms
    except Exception:  # any failure of the second process: cut here instead
        return cut_texts(_texts(batch))


def _texts(batch: list[Entry]) -> list[tuple[str, str, str]]:
    return [(e.title, " ".join(e.keywords), e.text) for e in batch]


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
    refresh_vocabulary()
    return done


def refresh_vocabulary() -> None:
    """The words spelling suggestions are drawn from, up to date with the index (a table on
    PostgreSQL, rebuilt here, after a reindex and by a job every few minutes; SQLite reads its
    index's own list), and the index's size, which this process reads afresh."""
    with transaction.atomic():
        backend().refresh_vocabulary()
    forget_count()


def synonym_save(*, actor: Any, terms: str, synonym_set: SynonymSet | None = None) -> SynonymSet:
    """Add a synonym set, or change one (audited). Refused with the field's errors: fewer than two
    terms, a term too long, or a term that is already in another set (a word means one thing)."""
    words = split_terms(terms)
    errors = []
    if len(words) < 2:
        errors.append(_("Give at least two words that mean the same, separated by commas."))
    errors += [
        _("“%(term)s” is longer than %(max)s characters.") % {"term": w[:40], "max": MAX_TERM}
        for w in words
        if len(w) > MAX_TERM
    ]
    others = SynonymSet.objects.all()
    if synonym_set is not None:
        others = others.exclude(pk=synonym_set.pk)
    for other in others.filter(_any_term(words)):
        for word in set(words) & set(other.term_list):
            errors.append(
                _("“%(term)s” is already in another set: %(set)s.")
                % {"term": word, "set": ", ".join(other.term_list)}
            )
    if errors:
        raise ValidationError({"terms": errors})
    with transaction.atomic():
        before = snapshot(synonym_set, ["terms"]) if synonym_set else None
        synonym_set = synonym_set or SynonymSet()
        synonym_set.terms = ", ".join(words)
        synonym_set.save()
        verb = "synonyms.changed" if before else "synonyms.added"
        audit_record(
            actor=actor, verb=verb, obj=synonym_set, before=before,
            after=snapshot(synonym_set, ["terms"]),
        )  # fmt: skip
    forget()
    return synonym_set


def synonym_delete(*, actor: Any, synonym_set: SynonymSet) -> None:
    with transaction.atomic():
        audit_record(
            actor=actor, verb="synonyms.removed", obj=synonym_set,
            before=snapshot(synonym_set, ["terms"]),
        )  # fmt: skip
        synonym_set.delete()
    forget()


def _any_term(words: Sequence[str]) -> Q:
    """Sets whose text holds any of the words (narrowed here; compared term by term after)."""
    query = Q(pk__in=[])
    for word in words:
        query |= Q(terms__icontains=word)
    return query
