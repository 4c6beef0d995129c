import pytest


@pytest.fixture
def seeded(db, django_capture_on_commit_callbacks):
    """The hub's seeded items, published and indexed (as `tscplus seed_knowledge` leaves them)."""
    from tscplus.knowledge.seed import seed_knowledge

    with django_capture_on_commit_callbacks(execute=True):
        seed_knowledge()


@pytest.fixture
def editor(db):
    from tests.factories import member
    from tscplus.accounts.choices import Role

    return member(Role.KNOWLEDGE_EDITOR)


@pytest.fixture
def reviewer(db):
    from tests.factories import member
    from tscplus.accounts.choices import Role

    return member(Role.KNOWLEDGE_EDITOR)
