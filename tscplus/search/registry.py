"""Which apps put what into the index: each registers, in its AppConfig.ready(), a function that
yields the `Entry` of every document it has (what `tscplus reindex` rebuilds from)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    scope: str
    object_id: int
    title: str
    text: str
    # Words that name what the document is about (an item's tags): ranked as its title is.
    keywords: tuple[str, ...] = field(default_factory=tuple)
    language: str = "th"
    kind: str = ""
    audiences: tuple[str, ...] = field(default_factory=tuple)
    topics: tuple[str, ...] = field(default_factory=tuple)
    restricted: bool = False


SOURCES: dict[str, Callable[[], Iterable[Entry]]] = {}


def register(scope: str, source: Callable[[], Iterable[Entry]]) -> None:
    SOURCES[scope] = source
