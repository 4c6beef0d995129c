"""Oversight's jobs (run from the outbox, see core/outbox.py)."""

from tscplus.core.outbox import job


@job("oversight.risk_refresh")
def risk_refresh_place(*, establishment_id: int) -> int:
    """One place's risk score, after something that moves it was committed."""
    from tscplus.oversight.services import risk_refresh

    return risk_refresh(establishment_ids=[establishment_id])


@job("oversight.risk_score_unscored")
def risk_refresh_unscored() -> int:
    """The scores of places that have none yet (after a bulk import)."""
    from tscplus.oversight.services import risk_refresh_unscored as refresh

    return refresh()


@job("oversight.export")
def oversight_export(*, job_id: int, language: str | None = None) -> int:
    """A large spreadsheet export, built in the background, in the language it was asked in;
    an export already made is not made again."""
    from tscplus.oversight.models import ExportJob
    from tscplus.oversight.services import export_job_run

    found = ExportJob.objects.select_related("actor").get(pk=job_id)
    if found.status == "done":
        return found.rows
    return export_job_run(job=found, language=language).rows


def risk_refresh_all() -> int:
    """Every place's risk score, as time since inspection and certificate age move on their
    own."""
    from tscplus.oversight.services import risk_refresh

    return risk_refresh()


def records_refresh_all() -> int:
    """Every inspected place's public record drawn again: its words follow the translations of
    the day and "due by" dates move into the past."""
    from tscplus.oversight.services import record_refresh_all

    return record_refresh_all()


def corrections_remind() -> dict[str, int]:
    """Corrections cases, daily: owners reminded before the deadline, cases past it marked
    overdue (each once; a missed day is caught up on the next run)."""
    from tscplus.oversight.services import cases_remind

    return cases_remind()
