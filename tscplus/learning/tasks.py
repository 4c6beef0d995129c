"""The learning registers' jobs (run from the outbox, see core/outbox.py)."""

from tscplus.core.outbox import job


@job("learning.index")
def learning_index(*, scope: str, object_id: int) -> bool:
    """An innovation or a lesson was saved: its search entry follows."""
    from tscplus.learning.indexing import index_one

    return index_one(scope, object_id)
