"""What a check works with and gives back: the problems by row and column, the rows kept for
writing, the reference data loaded once per file, and the row being checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tscplus.core.scoping import AreaScope


@dataclass
class Problem:
    row: int
    column: str
    message: str


@dataclass
class Checked:
    total: int = 0
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def bad_rows(self) -> set[int]:
        return {p.row for p in self.errors}


@dataclass
class Reference:
    """What every row is checked against, loaded once for the whole file: a few queries, not one
    per row."""

    scope: AreaScope
    # One values() row per subdistrict code, with its district's and province's codes and names.
    subdistricts: Mapping[str, Mapping[str, Any]]
    categories: dict[str, int]
    existing: set[tuple[str, str]] = field(default_factory=set)
    owners: dict[str, int] = field(default_factory=dict)
    # (subdistrict, name) -> the first row that named it, for the "same as row n" warning.
    seen: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class Row:
    """One row being checked: its values, what they point to, and the problems found so far."""

    number: int
    values: dict[str, str]
    ref: Reference
    result: Checked
    coords: dict[str, Decimal] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    @cached_property
    def subdistrict(self) -> Mapping[str, Any] | None:
        return self.ref.subdistricts.get(self.get("subdistrict"))

    @cached_property
    def category(self) -> int | None:
        return self.ref.categories.get(self.get("category").casefold())

    @cached_property
    def owner(self) -> int | None:
        email = self.get("owner_email")
        return self.ref.owners.get(email.casefold()) if email else None

    def warn(self, column: str, message: str) -> None:
        self.result.warnings.append(Problem(self.number, column, message))
