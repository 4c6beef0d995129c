"""System checks of the accounts app, run by `tscplus check --deploy`."""

from __future__ import annotations

from typing import Any

from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError, connection

from tscplus.accounts.demo import DEMO_DOMAIN, demo_emails_q


@register(Tags.security, deploy=True)
def demo_accounts_absent(app_configs: Any = None, **kwargs: Any) -> list[Any]:
    """A database that will be served must hold no demo account: their password is published. (They
    cannot log in with DEBUG off, but one switch of DJANGO_DEBUG would open them again.)"""
    from tscplus.accounts.models import User

    try:
        if User._meta.db_table not in connection.introspection.table_names():
            return []  # a database not migrated yet has no accounts at all
        emails = list(
            User.objects.filter(demo_emails_q()).order_by("email").values_list("email", flat=True)
        )
    except DatabaseError as exc:
        return [
            Warning(
                f"Could not look for demo accounts in the database: {exc}",
                hint="Run the check where the database can be reached.",
                id="accounts.W001",
            )
        ]
    if not emails:
        return []
    shown = ", ".join(emails[:5]) + (f" and {len(emails) - 5} more" if len(emails) > 5 else "")
    return [
        Error(
            f"{len(emails)} demo account(s) of @{DEMO_DOMAIN} exist in this database: {shown}. "
            "Their password is published in the README.",
            hint="Erase them with `tscplus demo --erase` (their rows stay, anonymised, for the "
            "audit log), or deploy a database that never held demo data.",
            id="accounts.E001",
        )
    ]
