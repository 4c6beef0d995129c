from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Thai full-text search: segmentation, the index on SQLite FTS5 or PostgreSQL, and snippets."""

    name = "tscplus.search"
    label = "search"
    verbose_name = _("Search")
