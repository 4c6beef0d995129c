from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from tscplus.accounts.models import ConsentRecord, Membership, User
from tscplus.core.admin import AuditedAdminMixin


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    fields = ["role", "level", "region", "province", "district", "started_at", "ended_at"]
    autocomplete_fields = ["province", "district"]


@admin.register(User)
class UserAdmin(AuditedAdminMixin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff", "date_joined"]
    list_filter = ["is_active", "is_staff", "is_superuser", "memberships__role"]
    search_fields = ["email", "full_name", "phone"]
    inlines = [MembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal data"), {"fields": ("full_name", "phone", "preferred_language")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Dates"), {"fields": ("last_login", "date_joined", "deleted_at")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),
    )
    readonly_fields = ["last_login", "date_joined", "deleted_at"]

    def save_formset(self, request, form, formset, change):
        # Membership edits in the inline are audited like the user's own fields.
        from tscplus.core.audit import audit_record, snapshot

        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            audit_record(actor=request.user, verb="membership.deleted_in_admin", obj=obj)
            obj.delete()
        fields = ("role", "level", "region", "province", "district", "ended_at")
        for obj in instances:
            verb = "membership.changed_in_admin" if obj.pk else "membership.granted_in_admin"
            obj.save()
            audit_record(actor=request.user, verb=verb, obj=obj, after=snapshot(obj, fields))
        formset.save_m2m()


@admin.register(ConsentRecord)
class ConsentRecordAdmin(admin.ModelAdmin):
    list_display = ["user", "purpose", "notice_version", "given_at", "withdrawn_at"]
    list_filter = ["purpose", "notice_version"]
    readonly_fields = ["user", "purpose", "notice_version", "given_at", "withdrawn_at", "ip"]

    def has_add_permission(self, request):
        return False
