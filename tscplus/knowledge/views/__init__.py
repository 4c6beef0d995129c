"""Knowledge hub pages: three front doors, topics, items, one search box, the self-check, and the
editors' desk (drafts, review, publishing, revisions, checklist items still without knowledge,
the search synonym dictionary).

One module per family of pages; this package names the views that `urls` routes to, so a reader
finds every page from here."""

from tscplus.knowledge.views.editor import (
    action,
    editor,
    item_edit,
    item_new,
    manage,
    revision_diff,
)
from tscplus.knowledge.views.hub import door, hub, topic
from tscplus.knowledge.views.items import item_detail, item_feedback, item_file, item_url
from tscplus.knowledge.views.search import KnowledgeHit, search, suggest
from tscplus.knowledge.views.selfcheck import SELF_CHECK_SESSION, self_check, self_check_result
from tscplus.knowledge.views.synonyms import synonym_delete, synonym_edit, synonyms

__all__ = [
    "SELF_CHECK_SESSION",
    "KnowledgeHit",
    "action",
    "door",
    "editor",
    "hub",
    "item_detail",
    "item_edit",
    "item_feedback",
    "item_file",
    "item_new",
    "item_url",
    "manage",
    "revision_diff",
    "search",
    "self_check",
    "self_check_result",
    "suggest",
    "synonym_delete",
    "synonym_edit",
    "synonyms",
    "topic",
]
