from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tscplus.core.audit import audit_record
from tscplus.core.choices import OutboxState
from tscplus.core.models import (
    AuditEvent,
    District,
    HealthRegion,
    OutboxMessage,
    Province,
    Subdistrict,
)


class AuditedAdminMixin:
    """Admin edits are changes like any other: each save and delete writes an audit row, with the
    changed fields before and after."""

    def save_model(self, request, obj, form, change):
        changed = list(form.changed_data) if change else []
        before = {}
        if change and changed:
            old = type(obj).objects.get(pk=obj.pk)
            before = {f: form.initial.get(f, getattr(old, f, None)) for f in changed}
        super().save_model(request, obj, form, change)
        after = {f: form.cleaned_data.get(f) for f in (changed or form.changed_data)}
        after = {k: v for k, v in after.items() if "password" not in k}
        verb = f"{obj._meta.model_name}.{'changed' if change else 'created'}_in_admin"
        audit_record(actor=request.user, verb=verb, obj=obj, before=before, after=after)

    def delete_model(self, request, obj):
        audit_record(actor=request.user, verb=f"{obj._meta.model_name}.deleted_in_admin", obj=obj)
        super().delete_model(request, obj)


class ReadOnlyAdminMixin:
    """For records that only services write (the audit log, people's ratings and complaints):
    administrators may look, not add, change or delete."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["at", "actor", "verb", "object_type", "object_repr", "ip"]
    list_filter = ["verb", "object_type", ("at", admin.DateFieldListFilter)]
    search_fields = ["object_repr", "object_id", "actor__email", "actor__full_name", "verb"]
    date_hierarchy = "at"
    list_select_related = ["actor"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]


@admin.register(HealthRegion)
class HealthRegionAdmin(admin.ModelAdmin):
    list_display = ["number", "name_th", "name_en", "centre_th"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "region"]
    list_filter = ["region"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "province"]
    list_select_related = ["province"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(Subdistrict)
class SubdistrictAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "district", "postcodes"]
    list_select_related = ["district"]
    search_fields = ["code", "name_th", "name_en", "postcodes"]


admin.site.site_header = _("TSC+ administration")
admin.site.site_title = _("TSC+ administration")


@admin.register(OutboxMessage)
class OutboxMessageAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Jobs promised after a commit: failed ones wait here for an administrator."""

    list_display = (
        "id",
        "name",
        "state",
        "attempts",
        "created_at",
        "next_attempt_at",
        "last_error",
    )
    list_filter = ("state", "name")
    ordering = ("-id",)
    actions = ["retry"]

    @admin.action(description=_("Try the selected failed jobs again"))
    def retry(self, request, queryset):
        from tscplus.core.outbox import outbox_retry

        for message in queryset.filter(state=OutboxState.FAILED):
            outbox_retry(message=message)
            audit_record(actor=request.user, verb="job.retried", obj=message)
