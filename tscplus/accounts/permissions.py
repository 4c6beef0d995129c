"""Role checks shared by every app: does this person hold one of these roles, are they health staff."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rest_framework.exceptions import NotFound
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from tscplus.accounts.choices import STAFF_ROLES

if TYPE_CHECKING:
    from tscplus.accounts.types import Viewer


def holds_role(user: Viewer, *roles: str) -> bool:
    """Logged in and holding one of `roles` (superusers hold every role)."""
    if user is None or not user.is_authenticated:  # None: no request at all (a job)
        return False
    return bool(user.is_superuser or user.has_role(*roles))


def holds_national_role(user: Viewer, *roles: str) -> bool:
    """For the country's own work (indicators and their reports, the knowledge hub, the learning
    registers): a role held over the whole country. An administrator of one province runs that
    province, not the national report."""
    if user is None or not user.is_authenticated:  # None: no request at all (a job)
        return False
    return bool(user.has_national_role(*roles))


def is_staff_reader(user: Viewer) -> bool:
    """Health staff (officers, editors, reporters, approvers, administrators)."""
    return holds_role(user, *STAFF_ROLES)


def staff_page_or_login(request: Any) -> Any:
    """For staff-only pages: a redirect to log in for a visitor, 404 for anyone who is not staff
    (as for anything outside one's scope), None for staff."""
    from urllib.parse import quote

    from django.http import Http404
    from django.shortcuts import redirect
    from django.urls import reverse

    if not request.user.is_authenticated:
        return redirect(f"{reverse('accounts:login')}?next={quote(request.get_full_path())}")
    if not is_staff_reader(request.user):
        raise Http404
    return None


class StaffOnlyApi(BasePermission):
    """DRF permission for staff-only API views: anyone else gets 404, as on the pages."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        if not is_staff_reader(request.user):
            raise NotFound
        return True

    def has_object_permission(self, request: Request, view: APIView, obj: Any) -> bool:
        return True
