"""Reads about people, scoped to the user who asks."""

from django.db.models import QuerySet

from tscplus.accounts.models import Membership, User


def membership_list_visible_to(user: User) -> QuerySet[Membership]:
    """Memberships inside the asking officer's area (and their own), for the area team page and API."""
    return (
        Membership.objects.visible_to(user)
        .active()
        .select_related("user", "region", "province", "district")
        .order_by("role", "user__full_name")
    )
