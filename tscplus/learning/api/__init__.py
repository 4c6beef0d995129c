"""The learning registers in the API, with the pages' services and rules: innovations are read by
everyone and kept by the keepers; the knowledge inventory is read by staff and kept by the keepers;
lessons and their comments are read and written by staff.

One module per resource; this package names the views that `api_urls` routes to, so a reader
finds every endpoint from here."""

from tscplus.learning.api.innovations import InnovationListView, InnovationView
from tscplus.learning.api.inventory import InventoryEntryView, InventoryListView
from tscplus.learning.api.lessons import LessonCommentView, LessonListView, LessonView

__all__ = [
    "InnovationListView",
    "InnovationView",
    "InventoryEntryView",
    "InventoryListView",
    "LessonCommentView",
    "LessonListView",
    "LessonView",
]
