"""Every change to the knowledge hub: writing and editing items (with their revisions), the
editorial workflow, feedback and view counts, the self-check. Each change is audited; the search
index follows published items through a job run after the change is committed.

One module per part of the hub's work; this package names every service its callers use (the
pages, the API, the jobs, the selectors), so they import from here and need not know which."""

from tscplus.knowledge.services.items import (
    AUDITED,
    EDITABLE,
    fix_links_set,
    index_soon,
    item_create,
    item_update,
)
from tscplus.knowledge.services.readers import (
    BOTS,
    FEEDBACK_LIMIT,
    SELF_CHECK_LIMIT,
    feedback_submit,
    item_viewed,
    search_counted,
    selfcheck_submit,
)
from tscplus.knowledge.services.workflow import (
    item_archive,
    item_mark_reviewed,
    item_restore,
    item_review,
    item_submit,
    publish_due,
    review_due_before,
    review_due_notify,
)

__all__ = [
    "AUDITED",
    "BOTS",
    "EDITABLE",
    "FEEDBACK_LIMIT",
    "SELF_CHECK_LIMIT",
    "feedback_submit",
    "fix_links_set",
    "index_soon",
    "item_archive",
    "item_create",
    "item_mark_reviewed",
    "item_restore",
    "item_review",
    "item_submit",
    "item_update",
    "item_viewed",
    "publish_due",
    "review_due_before",
    "review_due_notify",
    "search_counted",
    "selfcheck_submit",
]
