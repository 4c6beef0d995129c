"""Authoring standards: copy the active version into a draft, edit it, activate it.

Activation announces `standard_version_activated` (standards/events.py): the certificates issued
under the retired version belong to assessments, which listens and moves them on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from tscplus.core import clock
from tscplus.core.audit import audit_record, snapshot
from tscplus.core.events import announce
from tscplus.standards.choices import VersionStatus
from tscplus.standards.events import STANDARD_VERSION_ACTIVATED
from tscplus.standards.models import ITEM_CONTENT, Item, Section, StandardVersion

if TYPE_CHECKING:
    from tscplus.accounts.models import User

# What a draft copies of each item: its place in the section and its content.
ITEM_FIELDS = ("order", *ITEM_CONTENT)


@transaction.atomic
def version_copy(*, actor: User, version: StandardVersion) -> StandardVersion:
    """A new draft with the same sections and items, numbered after the last version."""
    if StandardVersion.objects.filter(
        standard=version.standard, status=VersionStatus.DRAFT
    ).exists():
        raise ValidationError(_("This standard already has a draft version. Edit that one."))
    last = StandardVersion.objects.filter(standard=version.standard).aggregate(n=Max("number"))["n"]
    draft = StandardVersion.objects.create(
        standard=version.standard, number=last + 1, pass_threshold=version.pass_threshold
    )
    for section in version.sections.prefetch_related("items"):
        new_section = Section.objects.create(
            version=draft, order=section.order, title_th=section.title_th, title_en=section.title_en
        )
        Item.objects.bulk_create(
            Item(section=new_section, version=draft, **{f: getattr(item, f) for f in ITEM_FIELDS})
            for item in section.items.all()
        )
    audit_record(
        actor=actor,
        verb="standard_version.copied",
        obj=draft,
        after={"from_version": version.number, "number": draft.number},
    )
    return draft


@transaction.atomic
def version_activate(*, actor: User, version: StandardVersion) -> StandardVersion | None:
    """Make a draft the active version; returns the version it replaced (retired), if any."""
    version = StandardVersion.objects.select_for_update().get(pk=version.pk)
    if version.status != VersionStatus.DRAFT:
        raise ValidationError(_("Only a draft version can be activated."))
    if not version.items.exists():
        raise ValidationError(_("A version needs at least one item before it can be activated."))
    previous = StandardVersion.objects.filter(
        standard=version.standard, status=VersionStatus.ACTIVE
    ).first()
    if previous is not None:
        previous.status = VersionStatus.RETIRED
        previous.save(update_fields=["status"])
        audit_record(
            actor=actor,
            verb="standard_version.retired",
            obj=previous,
            after=snapshot(previous, ("status",)),
        )
    version.status = VersionStatus.ACTIVE
    version.activated_at = clock.now()
    version.effective_date = version.effective_date or clock.today()
    version.save(update_fields=["status", "activated_at", "effective_date"])
    audit_record(
        actor=actor,
        verb="standard_version.activated",
        obj=version,
        after=snapshot(version, ("status", "effective_date")),
    )
    announce(
        STANDARD_VERSION_ACTIVATED,
        version_id=version.pk,
        previous_id=previous.pk if previous else None,
        actor_id=getattr(actor, "pk", None),
    )
    return previous
