from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tscplus.assessments import services
from tscplus.assessments.choices import CertificateStatus
from tscplus.assessments.models import Assessment, Certificate, VerificationMiss


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["establishment", "version", "kind", "status", "score", "passed", "submitted_at"]
    list_filter = ["status", "kind", "passed", "version__standard"]
    list_select_related = ["establishment", "version__standard"]
    search_fields = ["establishment__name_th", "establishment__public_id"]

    def has_change_permission(self, request, obj=None):
        return False  # assessments change through the wizard and the API only


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ["number", "establishment", "version", "status", "issued_at", "expires_on"]
    list_filter = ["status", "version__standard"]
    search_fields = ["number", "establishment__name_th"]
    list_select_related = ["establishment", "version__standard"]
    actions = ["suspend", "revoke", "reinstate"]

    def has_change_permission(self, request, obj=None):
        return False  # status changes go through the actions below (audited services)

    def _move(self, request, queryset, status, reason):
        for certificate in queryset:
            try:
                services.certificate_set_status(
                    actor=request.user, certificate=certificate, status=status, reason=str(reason)
                )
            except ValidationError as exc:
                self.message_user(
                    request, f"{certificate.number}: {' '.join(exc.messages)}", messages.ERROR
                )

    @admin.action(description=_("Suspend"))
    def suspend(self, request, queryset):
        self._move(
            request, queryset, CertificateStatus.SUSPENDED, _("Suspended by an administrator")
        )

    @admin.action(description=_("Revoke"))
    def revoke(self, request, queryset):
        self._move(request, queryset, CertificateStatus.REVOKED, _("Revoked by an administrator"))

    @admin.action(description=_("Reinstate"))
    def reinstate(self, request, queryset):
        self._move(request, queryset, CertificateStatus.VALID, "")


@admin.register(VerificationMiss)
class VerificationMissAdmin(admin.ModelAdmin):
    list_display = ["day", "count"]

    def has_change_permission(self, request, obj=None):
        return False
