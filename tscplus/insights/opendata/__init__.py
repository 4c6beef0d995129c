"""The open datasets: what each holds (no personal data), its columns with their meaning (the data
dictionary), its licence, and its rows, written as CSV, XLSX or JSON by the same code. The DCAT
catalogue describes them all, with the public entries of the knowledge inventory.

One module per concern (what a dataset is, the datasets, their filters, the writers, the
catalogue); this package names what the pages and the API use, so a reader finds it all here."""

from tscplus.insights.opendata import lives
from tscplus.insights.opendata.dataset import FORMATS, LICENCE, Column, OpenDataset
from tscplus.insights.opendata.datasets import DATASETS
from tscplus.insights.opendata.dcat import catalog, download_url
from tscplus.insights.opendata.filters import UnknownAreaError, params_of
from tscplus.insights.opendata.writers import csv_stream, dictionary, json_stream, xlsx_bytes

__all__ = [
    "DATASETS",
    "FORMATS",
    "LICENCE",
    "Column",
    "OpenDataset",
    "UnknownAreaError",
    "catalog",
    "csv_stream",
    "dictionary",
    "download_url",
    "json_stream",
    "lives",
    "params_of",
    "xlsx_bytes",
]
