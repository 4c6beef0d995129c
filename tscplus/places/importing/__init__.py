"""Bulk import of establishments by officers, from CSV or XLSX, with Thai or English headers.

One pass reads and checks every row against reference data loaded once (subdistricts, categories,
the names already registered in those subdistricts), so a file of 100,000 rows costs a few queries,
not one per row. Each problem is reported by row number (as the spreadsheet numbers it, the header
being row 1) and column. The rows are written in one transaction, with PostgreSQL's COPY where
available: all or nothing by default, or only the valid rows when asked.

The package's modules: `columns` (the template), `files` (reading CSV and XLSX), `rows` and
`validators` (one validator per column), `checking` (the whole file), `writing`. This module names
what the rest of the app uses."""

from tscplus.places.importing.checking import check
from tscplus.places.importing.columns import (
    COLUMNS,
    LIMITS,
    MAX_ROWS,
    ImportFileError,
    column_label,
)
from tscplus.places.importing.files import (
    XLSX_MAX_RATIO,
    XLSX_MAX_UNPACKED,
    read_rows,
    xlsx_check_unpacked,
)
from tscplus.places.importing.rows import Checked, Problem
from tscplus.places.importing.validators import COLUMN_VALIDATORS
from tscplus.places.importing.writing import WRITE_COLUMNS, write

__all__ = [
    "COLUMNS",
    "COLUMN_VALIDATORS",
    "LIMITS",
    "MAX_ROWS",
    "WRITE_COLUMNS",
    "XLSX_MAX_RATIO",
    "XLSX_MAX_UNPACKED",
    "Checked",
    "ImportFileError",
    "Problem",
    "check",
    "column_label",
    "read_rows",
    "write",
    "xlsx_check_unpacked",
]
