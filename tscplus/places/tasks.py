"""Places' jobs (run from the outbox, see core/outbox.py)."""

from tscplus.core.outbox import job


@job("places.import")
def places_import(*, job_id: int) -> int:
    """A bulk import of establishments, checked and written in the background. An import that
    has already ended is not run again (its rows and its status commit together)."""
    from tscplus.places.choices import ImportStatus
    from tscplus.places.models import ImportJob
    from tscplus.places.services import import_job_run

    found = ImportJob.objects.select_related("actor").get(pk=job_id)
    if found.status not in (ImportStatus.QUEUED, ImportStatus.CHECKING):
        return found.created
    return import_job_run(job=found).created
