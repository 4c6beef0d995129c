"""Officers' exports: every download audited; a large one built in the job queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tscplus.core.audit import audit_record
from tscplus.core.notifications import notify
from tscplus.core.outbox import outbox_enqueue
from tscplus.oversight.models import ExportJob

if TYPE_CHECKING:
    from tscplus.accounts.models import User


def export_record(*, actor: User, dataset: str, fmt: str) -> None:
    """An officer downloaded data of their areas: who, what and when go in the audit log."""
    audit_record(
        actor=actor, verb="export.downloaded", obj=actor, after={"dataset": dataset, "format": fmt}
    )


@transaction.atomic
def export_job_create(*, actor: User, dataset: str) -> ExportJob:
    """Queue a large XLSX export; the page links to the file when it is ready."""
    job = ExportJob.objects.create(actor=actor, dataset=dataset)
    export_record(actor=actor, dataset=dataset, fmt="xlsx")
    outbox_enqueue("oversight.export", job_id=job.pk, language=translation.get_language())
    return job


def export_job_run(*, job: ExportJob, language: str | None = None) -> ExportJob:
    from django.core.files.base import ContentFile

    from tscplus.oversight import exports

    dataset = exports.DATASETS[job.dataset]
    language = language or getattr(job.actor, "preferred_language", None) or "th"
    with translation.override(language):
        data = exports.xlsx_bytes(dataset, job.actor)
    job.rows = dataset.rows(job.actor).count()
    job.file.save(
        exports.filename(job.dataset, "xlsx", language),
        ContentFile(data),
        save=False,
    )
    job.status, job.finished_at = "done", timezone.now()
    job.save()
    notify(
        user=job.actor,
        title=lambda: _("Your export is ready"),
        body=lambda: _("{rows} rows, in Excel format.").format(rows=job.rows),
        link=reverse("oversight:export_job", args=[job.pk]),
        email=False,
    )
    return job
