"""Administrators keep the communities of practice here; the registers change through their pages
(whose services audit every change)."""

from django.contrib import admin

from tscplus.learning.models import Community


@admin.register(Community)
class CommunityAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]
