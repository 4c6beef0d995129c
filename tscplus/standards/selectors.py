"""Reads of standards that other pillars need."""

from __future__ import annotations

from tscplus.standards.models import StandardVersion


def version_get(pk: int) -> StandardVersion:
    """One version of a standard, with its standard."""
    return StandardVersion.objects.select_related("standard").get(pk=pk)
