"""What an open dataset is: its columns with their meaning (the data dictionary), where its rows
come from, and the licence and formats every dataset is published under."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import QuerySet

from tscplus.core import tabular

FORMATS = {"csv": "text/csv", "xlsx": tabular.XLSX_CONTENT_TYPE, "json": "application/json"}
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}


@dataclass(frozen=True)
class Column:
    key: str
    label: Any
    description: Any
    type: str  # string, integer, number, date
    get: Callable[[Any], Any]


@dataclass(frozen=True)
class OpenDataset:
    slug: str
    title: Any
    description: Any
    columns: tuple[Column, ...]
    rows: Callable[[dict[str, str]], QuerySet]
    area_filters: bool = False  # ?province=, ?district=


def iso(value: Any) -> str:
    """A date as ISO text, blank when there is none (a CSV cell has no null)."""
    return value.isoformat() if value else ""


def site_url(path: str) -> str:
    """An absolute address: the files and the catalogue are read away from the site."""
    return f"{settings.SITE_URL}{path}"
