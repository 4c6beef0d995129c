"""The header's navigation, by role: one list, so every page shows the same menu."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tscplus.accounts.choices import AREA_SCOPED_ROLES, Role
from tscplus.accounts.permissions import is_staff_reader


def navigation(request: HttpRequest) -> dict:
    items = [
        (reverse("home"), _("Home")),
        (reverse("places:registry"), _("Registered places")),
        (reverse("knowledge:hub"), _("Health knowledge")),
        (reverse("core:area_lookup"), _("Health areas")),
        (reverse("insights:dashboard"), _("Dashboard")),
        (reverse("insights:open_data"), _("Open data")),
        (reverse("indicators:public_list"), _("Progress reports")),
        (reverse("learning:innovations"), _("Innovations")),
        (reverse("api-docs"), _("For developers (API)")),
    ]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if user.has_role(Role.OPERATOR):
            items.append((reverse("places:mine"), _("My places")))
            items.append((reverse("voice:my_ratings"), _("Ratings of my places")))
        if user.has_role(*AREA_SCOPED_ROLES):
            items.append((reverse("oversight:queue"), _("Work queue")))
            items.append((reverse("insights:officer_home"), _("My area's dashboard")))
            items.append((reverse("oversight:inspections"), _("My inspections")))
            items.append((reverse("oversight:field"), _("Field work")))
            items.append((reverse("oversight:appeals"), _("Appeals and replies")))
            items.append((reverse("places:import"), _("Import places")))
            items.append((reverse("oversight:exports"), _("Export data")))
            items.append((reverse("voice:officer_complaints"), _("Complaints")))
            items.append((reverse("voice:moderation"), _("Moderation")))
            items.append((reverse("accounts:area_team"), _("Area team")))
        if user.has_role(Role.INDICATOR_REPORTER, Role.REPORT_APPROVER, Role.ADMINISTRATOR):
            items.append((reverse("indicators:home"), _("Indicators")))
            items.append((reverse("learning:inventory"), _("Knowledge inventory")))
        if is_staff_reader(user):
            items.append((reverse("learning:lessons"), _("Lessons")))
        if user.has_role(Role.KNOWLEDGE_EDITOR, Role.ADMINISTRATOR):
            items.append((reverse("knowledge:editor"), _("Editors' desk")))
        if user.is_staff or user.has_role(Role.ADMINISTRATOR):
            items.append((reverse("admin:index"), _("Administration")))
    unread = 0
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at__isnull=True).count()
    return {"nav_items": items, "unread_notifications": unread}
