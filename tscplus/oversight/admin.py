from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from tscplus.core.admin import AuditedAdminMixin
from tscplus.oversight.models import RiskWeights


@admin.register(RiskWeights)
class RiskWeightsAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Administrators tune the risk score's weights (audited); scores follow at the nightly refresh
    or at once with the action below."""

    list_display = [
        "__str__",
        "essential_failed",
        "low_score",
        "low_ratings",
        "complaints",
        "inspection_age",
        "certificate",
        "category",
        "corrections_overdue",
        "updated_at",
    ]
    actions = ["refresh_now"]

    def has_add_permission(self, request):
        return not RiskWeights.objects.exists()

    @admin.action(description=_("Recompute every risk score now"))
    def refresh_now(self, request, queryset):
        from tscplus.oversight.services import risk_refresh

        self.message_user(request, _("{n} risk scores recomputed.").format(n=risk_refresh()))
