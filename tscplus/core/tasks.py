"""The core's jobs: delivering the outbox, and sending mail after a commit."""

from __future__ import annotations

from django.core.mail import send_mail
from huey.contrib.djhuey import HUEY, db_task

from tscplus.core import outbox


@db_task()
def outbox_deliver(message_id: int) -> str:
    """The one queued task: run an outbox message's job (see core/outbox.py)."""
    return outbox.outbox_run(message_id)


@HUEY.on_startup("tscplus-outbox-relay")
def _start_relay() -> None:
    outbox.relay_start()


@outbox.job("core.mail")
def mail_send(*, subject: str, message: str, to: list[str]) -> int:
    """One e-mail (a notification); a failure to reach the mail server is retried."""
    return send_mail(subject, message, None, to, fail_silently=False)
