"""People Voice in the admin: administrators look things up. Moderation and the complaint
workflow go through the services (the officers' pages), so rows are read-only here."""

from django.contrib import admin

from tscplus.core.admin import ReadOnlyAdminMixin
from tscplus.voice.models import Complaint, QrReport, Rating


@admin.register(Rating)
class RatingAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["establishment", "overall", "verified_visit", "moderation", "created_at"]
    list_filter = ["moderation", "verified_visit", "establishment__province__region"]
    search_fields = ["establishment__name_th", "establishment__public_id", "comment"]
    list_select_related = ["establishment"]
    exclude = ["device", "client"]


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["tracking_code", "establishment", "topic", "status", "created_at"]
    list_filter = ["status", "topic", "establishment__province__region"]
    search_fields = ["tracking_code", "establishment__name_th"]
    list_select_related = ["establishment"]
    # Complainants' contact details are for the assigned officer only (People Voice decisions).
    exclude = ["contact_name", "contact_phone", "contact_email", "client"]


@admin.register(QrReport)
class QrReportAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["token", "place_name", "district", "created_at"]
    list_filter = ["province__region"]
    search_fields = ["token", "place_name"]
    list_select_related = ["district"]
    # Contact details are for the officers of the area, given with the reporter's consent.
    exclude = ["contact_name", "contact_phone", "contact_email", "client"]
