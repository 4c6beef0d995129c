"""The knowledge hub's jobs (run from the outbox, see core/outbox.py)."""

from tscplus.core.outbox import job


@job("knowledge.index")
def knowledge_index(*, item_id: int) -> bool:
    """A knowledge item was published, edited or archived: its search entry follows."""
    from tscplus.knowledge.indexing import index_item

    return index_item(item_id)


def knowledge_publish_due() -> int:
    """Approved items whose publishing time has come are published (and indexed)."""
    from tscplus.knowledge.services import publish_due

    return publish_due()


def knowledge_review_due() -> int:
    """Editors hear once about each published item that is due for review."""
    from tscplus.knowledge.services import review_due_notify

    return review_due_notify()
