"""Copying the uploaded files between the disk (`MEDIA_ROOT`) and the object store
(`OBJECT_STORE_URL`), both ways: what `tscplus media_move` runs.

The files to copy are the ones the database names (every file field of every model), so nothing
stray is copied and nothing named is forgotten. Each keeps its name, so no row changes. A run can
stop anywhere (a lost connection, a deploy) and be started again: a file already at the
destination with the same size is skipped, one of another size (cut off mid-copy on the disk) is
copied again. The source is left as it was unless `remove_source` is set, and then each file is
removed only after its copy was checked."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import Storage, storages
from django.db.models import FileField

from tscplus.core.storage import disk, object_store

logger = logging.getLogger(__name__)
DIRECTIONS = ("store", "disk")


@dataclass
class Moved:
    copied: int = 0
    already_there: int = 0
    removed: int = 0
    missing: list[str] = field(default_factory=list)  # "model pk field: name", not at the source


def media_stores(to: str) -> tuple[Storage, Storage]:
    """(source, destination) for copying `to` "store" or "disk"; ImproperlyConfigured when no
    store is configured."""
    if to not in DIRECTIONS:
        raise ImproperlyConfigured(f"copy to one of {', '.join(DIRECTIONS)}, not {to!r}")
    if not settings.OBJECT_STORE_URL:
        raise ImproperlyConfigured("OBJECT_STORE_URL is not set: there is no object store")
    store = storages.create_storage(object_store(settings.OBJECT_STORE_URL))
    on_disk = storages.create_storage({**disk(), "OPTIONS": {"location": str(settings.MEDIA_ROOT)}})
    return (on_disk, store) if to == "store" else (store, on_disk)


def named_files() -> Iterator[tuple[str, str]]:
    """(where, name) of every file a row names: where is "app.Model pk field"."""
    for model in apps.get_models():
        for column in model._meta.get_fields():
            if not isinstance(column, FileField):
                continue
            rows = (
                model._default_manager.exclude(**{column.name: ""})
                .exclude(**{f"{column.name}__isnull": True})
                .values_list("pk", column.name)
                .order_by("pk")
            )
            for pk, name in rows.iterator(chunk_size=2000):
                yield f"{model._meta.label} {pk} {column.name}", name


def media_move(
    to: str, *, remove_source: bool = False, progress: Callable[[Moved], None] | None = None
) -> Moved:
    source, destination = media_stores(to)
    moved = Moved()
    for count, (where, name) in enumerate(named_files(), start=1):
        if not source.exists(name):
            if not destination.exists(name):
                moved.missing.append(f"{where}: {name}")
            continue  # moved by an earlier run that removed the source
        size = source.size(name)
        if destination.exists(name) and destination.size(name) == size:
            moved.already_there += 1
        else:
            if destination.exists(name):
                destination.delete(name)  # cut off in an earlier run
            with source.open(name, "rb") as handle:
                saved = destination.save(name, handle)
            if saved != name or destination.size(name) != size:
                raise OSError(f"{name} was not copied whole to the {to}")
            moved.copied += 1
        if remove_source:
            source.delete(name)
            moved.removed += 1
        if progress and count % 1000 == 0:
            progress(moved)
    return moved
