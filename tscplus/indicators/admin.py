"""Administrators set up fiscal years, indicators, their levels and plan steps here; progress and
reports change only through the pages and the API (their services audit every change)."""

from django.contrib import admin

from tscplus.indicators.models import FiscalYear, Indicator, IndicatorLevel, PlanStep, Report


class LevelInline(admin.TabularInline):
    model = IndicatorLevel
    extra = 0


class StepInline(admin.TabularInline):
    model = PlanStep
    extra = 0
    fields = [
        "order",
        "activity_th",
        "activity_en",
        "control_point_th",
        "responsible_th",
        "starts_on",
        "ends_on",
    ]


@admin.register(FiscalYear)
class FiscalYearAdmin(admin.ModelAdmin):
    list_display = ["year", "reports_from", "reports_to"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "fiscal_year", "kind", "weight"]
    list_filter = ["fiscal_year", "kind"]
    search_fields = ["code", "name_th", "name_en"]
    filter_horizontal = ["responsible"]
    inlines = [LevelInline, StepInline]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["kind", "period", "due_on", "first_published_at"]
    list_filter = ["kind", "fiscal_year"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
