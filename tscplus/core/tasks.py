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


def consumer_heartbeat() -> float:
    """Tells `/healthz` that a consumer is running."""
    from tscplus.core import health

    return health.consumer_heartbeat_record()


def sessions_clear() -> None:
    """Drop expired sessions."""
    from django.core.management import call_command

    call_command("clearsessions")


def outbox_relay() -> int:
    """Besides each consumer's own relay loop: promised jobs that never reached the queue (Redis
    was down) or were lost with it are handed over again."""
    return outbox.outbox_relay()


def outbox_purge() -> int:
    """Forget jobs done more than a week ago."""
    return outbox.outbox_purge()


def idempotency_purge() -> int:
    """Forget request receipts past the time a phone may still replay its queue."""
    from tscplus.core.idempotency import receipts_purge

    return receipts_purge()
