"""The knowledge hub in the API: search and read for everyone (staff-only items for staff), write
and run the editorial workflow for editors, keep the search synonym dictionary (editors), take
the self-check. Same services and rules as the pages.

One module per resource; this package names the views that `api_urls` routes to, so a reader
finds every endpoint from here."""

from tscplus.knowledge.api.items import (
    FeedbackView,
    ItemActionView,
    ItemListView,
    ItemView,
    TopicListView,
)
from tscplus.knowledge.api.revisions import RevisionDiffView, RevisionListView
from tscplus.knowledge.api.search import SearchView, SuggestView
from tscplus.knowledge.api.selfcheck import SelfCheckSummaryView, SelfCheckView
from tscplus.knowledge.api.synonyms import SynonymListView, SynonymView

__all__ = [
    "FeedbackView",
    "ItemActionView",
    "ItemListView",
    "ItemView",
    "RevisionDiffView",
    "RevisionListView",
    "SearchView",
    "SelfCheckSummaryView",
    "SelfCheckView",
    "SuggestView",
    "SynonymListView",
    "SynonymView",
    "TopicListView",
]
