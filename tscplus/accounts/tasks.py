"""Accounts' jobs (their times are in tscplus/tasks.py, the schedule)."""

from __future__ import annotations

from django.core.management import call_command


def login_attempts_clean() -> None:
    """Forget failed log-ins older than the lockout window (PDPA: keep addresses no longer than
    needed)."""
    call_command("axes_reset_failure_logs", age=30)
