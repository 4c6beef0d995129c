"""Assessments' jobs: the daily certificate lifecycle, and what follows events of the pillars
below (run from the outbox, see core/outbox.py and core/events.py)."""

from __future__ import annotations

from tscplus.core.outbox import job


def certificates_lifecycle() -> dict:
    """Expire certificates, end grace periods, send expiry reminders (each step once a day)."""
    from tscplus.assessments.services import certificates_run_lifecycle

    return certificates_run_lifecycle()


@job("assessments.version_replaced")
def version_replaced(*, version_id: int, previous_id: int | None, actor_id: int | None) -> int:
    """After `standard_version_activated`: the retired version's certificates become
    re-assessment due (a standard's first version retires nothing)."""
    from django.contrib.auth import get_user_model

    from tscplus.assessments.services import certificates_version_replaced
    from tscplus.standards.selectors import version_get

    if previous_id is None:
        return 0
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    return certificates_version_replaced(
        actor=actor, version=version_get(version_id), previous=version_get(previous_id)
    )


def verify_pages_prepare() -> int:
    """Today's verification pages of the certificates in force, before the morning's scans."""
    from tscplus.assessments.verify_cache import verify_pages_prepare

    return verify_pages_prepare()
