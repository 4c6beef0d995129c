"""Authoring standards in the admin: copy the active version, edit the draft, activate it."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tscplus.core.admin import AuditedAdminMixin
from tscplus.standards import services
from tscplus.standards.choices import VersionStatus
from tscplus.standards.models import ITEM_CONTENT, Item, Section, Standard, StandardVersion


@admin.register(Standard)
class StandardAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en"]
    filter_horizontal = ["groups"]
    search_fields = ["code", "name_th", "name_en"]


class ItemInline(admin.TabularInline):
    model: type[models.Model] = Item  # SectionInline below shares its rule for another model
    extra = 0
    fields = ["section", "order", *ITEM_CONTENT]

    def has_change_permission(self, request, obj=None):
        return obj is None or obj.status == VersionStatus.DRAFT

    has_add_permission = has_delete_permission = has_change_permission


class SectionInline(ItemInline):
    model = Section
    fields = ["order", "title_th", "title_en"]


@admin.register(StandardVersion)
class StandardVersionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["standard", "number", "status", "effective_date", "pass_threshold"]
    list_filter = ["status", "standard"]
    inlines = [SectionInline, ItemInline]
    actions = ["copy_to_draft", "activate"]

    def get_readonly_fields(self, request, obj=None):
        # A version in force or retired is history: only a draft can change.
        if obj is not None and obj.status != VersionStatus.DRAFT:
            return ["standard", "number", "status", "effective_date", "pass_threshold"]
        return ["status", "number"] if obj else ["status"]

    @admin.action(description=_("Copy into a new draft version"))
    def copy_to_draft(self, request, queryset):
        for version in queryset:
            try:
                draft = services.version_copy(actor=request.user, version=version)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
            else:
                self.message_user(request, _("Draft version {n} created.").format(n=draft.number))

    @admin.action(
        description=_("Activate (certificates of the old version become re-assessment due)")
    )
    def activate(self, request, queryset):
        for version in queryset:
            try:
                services.version_activate(actor=request.user, version=version)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
            else:
                self.message_user(
                    request, _("Version {n} is now in force.").format(n=version.number)
                )
