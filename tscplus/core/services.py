"""Writes every app shares. `model_update` is the styleguide's (HackSoft) model_update with the
platform's audit trail built in: a service that changes some fields of a row does it in one call,
so the change and its audit row can never drift apart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from django.db import models

from tscplus.core.audit import audit_record, snapshot

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser

M = TypeVar("M", bound=models.Model)


def model_update(
    *,
    instance: M,
    data: Mapping[str, object],
    actor: AbstractBaseUser | AnonymousUser | None,
    verb: str,
    audited: Sequence[str],
    clean: bool = True,
) -> M:
    """Set `data` on `instance`, validate it (`full_clean`, unless `clean` is False: a change
    the service has already checked, made to a row whose other fields it must not judge), save
    only those fields (and any `auto_now` ones, so "updated at" moves) and record `verb` in the
    audit log with the `audited` fields before and after. Call it inside the service's
    transaction. `actor` is the acting user, None for a job (as `audit_record` takes it)."""
    before = snapshot(instance, audited)
    for name, value in data.items():
        setattr(instance, name, value)
    if clean:
        instance.full_clean()
    update_fields = list(data)
    update_fields += [
        f.name
        for f in instance._meta.concrete_fields
        if getattr(f, "auto_now", False) and f.name not in update_fields
    ]
    instance.save(update_fields=update_fields)
    audit_record(
        actor=actor, verb=verb, obj=instance, before=before, after=snapshot(instance, audited)
    )
    return instance
