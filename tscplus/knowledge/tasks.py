"""The knowledge hub's jobs (run from the outbox, see core/outbox.py)."""

from tscplus.core.outbox import job


@job("knowledge.index")
def knowledge_index(*, item_id: int) -> bool:
    """A knowledge item was published, edited or archived: its search entry follows."""
    from tscplus.knowledge.indexing import index_item

    return index_item(item_id)
