from django.contrib import admin

from tscplus.core.admin import AuditedAdminMixin
from tscplus.places import services
from tscplus.places.models import Establishment, SettingCategory, SettingGroup


@admin.register(SettingGroup)
class SettingGroupAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "order"]


@admin.register(SettingCategory)
class SettingCategoryAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["code", "name_th", "name_en", "group", "order"]
    list_filter = ["group"]


@admin.register(Establishment)
class EstablishmentAdmin(admin.ModelAdmin):
    """Administrators correct details and transfer ownership; both go through the services."""

    list_display = ["name_th", "public_id", "category", "province", "owner", "status"]
    list_filter = ["category__group", "status", "province__region"]
    search_fields = ["name_th", "name_en", "public_id", "owner__email"]
    list_select_related = ["category", "province", "owner"]
    raw_id_fields = ["owner", "subdistrict"]
    readonly_fields = ["public_id", "district", "province", "postcode", "created_at"]

    def has_add_permission(self, request):
        return False  # places are registered by their operators

    def save_model(self, request, obj, form, change):
        old = Establishment.objects.get(pk=obj.pk)
        if "owner" in form.changed_data:
            services.establishment_transfer(
                actor=request.user, establishment=old, new_owner=obj.owner
            )
        fields = [f for f in form.changed_data if f in services.EDITABLE_FIELDS]
        if fields:
            services.establishment_update(
                actor=request.user,
                establishment=Establishment.objects.get(pk=obj.pk),
                **{f: form.cleaned_data[f] for f in fields},
            )
