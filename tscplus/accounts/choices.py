from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OPERATOR = "operator", _("Operator")
    AREA_OFFICER = "area_officer", _("Area officer")
    REGIONAL_OFFICER = "regional_officer", _("Regional officer")
    KNOWLEDGE_EDITOR = "knowledge_editor", _("Knowledge editor")
    INDICATOR_REPORTER = "indicator_reporter", _("Indicator reporter")
    REPORT_APPROVER = "report_approver", _("Report approver")
    ADMINISTRATOR = "administrator", _("Administrator")


# Health staff: they read staff-only knowledge and the indicators' internal pages.
STAFF_ROLES = (
    Role.AREA_OFFICER,
    Role.REGIONAL_OFFICER,
    Role.KNOWLEDGE_EDITOR,
    Role.INDICATOR_REPORTER,
    Role.REPORT_APPROVER,
    Role.ADMINISTRATOR,
)

# Roles whose membership area decides which places, complaints and people an officer oversees.
AREA_SCOPED_ROLES = frozenset({Role.AREA_OFFICER, Role.REGIONAL_OFFICER, Role.ADMINISTRATOR})


class AreaLevel(models.TextChoices):
    COUNTRY = "country", _("Whole country")
    REGION = "region", _("Health region")
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")


class ConsentPurpose(models.TextChoices):
    PRIVACY_NOTICE = "privacy_notice", _("Privacy notice for an account")
