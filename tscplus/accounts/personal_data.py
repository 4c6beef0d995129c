"""What each part of the platform holds about a person, for the PDPA right of access
(`services.user_data_export`, the profile's "download my data" and `GET /api/v1/me/data/`).

Each app that keeps rows made by or about a person registers a reader here from its
`AppConfig.ready()`: `register("lessons", reader)`, the reader taking the user and returning
JSON-ready rows. Accounts never imports the other apps; an app added later adds its reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

READERS: dict[str, Callable[[Any], list[dict[str, Any]]]] = {}


def register(name: str, reader: Callable[[Any], list[dict[str, Any]]]) -> None:
    READERS[name] = reader


def collect(user: Any) -> dict[str, list[dict[str, Any]]]:
    return {name: reader(user) for name, reader in sorted(READERS.items())}


def iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
