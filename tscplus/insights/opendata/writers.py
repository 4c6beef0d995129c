"""A dataset's rows written as CSV, XLSX or JSON by the same code, and its data dictionary.

Open data is machine data: its dates are ISO 8601 (2026-12-04) in every format and language, as
the data dictionary says, so programs in any country read them alike (`machine=True`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from tscplus.core import tabular
from tscplus.insights.opendata.dataset import LICENCE, OpenDataset


def _rows(dataset: OpenDataset, params: dict[str, str]) -> Iterator[list[object]]:
    """The header (each column's key, the same in every language), then the rows in chunks."""
    columns = tuple((c.key, c.get) for c in dataset.columns)
    return tabular.table_rows(columns, dataset.rows(params).iterator(chunk_size=2000))


def csv_stream(dataset: OpenDataset, params: dict[str, str]) -> Iterator[str]:
    return tabular.csv_lines(_rows(dataset, params), machine=True)


def xlsx_bytes(dataset: OpenDataset, params: dict[str, str]) -> bytes:
    sheet = tabular.Sheet(dataset.title, _rows(dataset, params), machine=True)
    return tabular.xlsx_bytes([sheet])


def json_stream(dataset: OpenDataset, params: dict[str, str]) -> Iterator[str]:
    """`{"dataset", "licence", "rows": [...]}`, a row at a time (any size, constant memory)."""
    yield (
        json.dumps({"dataset": dataset.slug, "title": str(dataset.title), "licence": LICENCE})[:-1]
        + ', "rows": ['
    )
    for i, row in enumerate(dataset.rows(params).iterator(chunk_size=2000)):
        yield ("," if i else "") + json.dumps(
            {c.key: c.get(row) for c in dataset.columns}, ensure_ascii=False
        )
    yield "]}"


def dictionary(dataset: OpenDataset) -> list[dict[str, str]]:
    return [
        {"column": c.key, "label": str(c.label), "type": c.type, "description": str(c.description)}
        for c in dataset.columns
    ]
