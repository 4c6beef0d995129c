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


def area_officers_of(*, province_id: str, district_id: str) -> QuerySet[User]:
    """The active area officers whose area holds this district: of the district itself or of its
    province (regional officers and administrators watch their lists; they are not paged)."""
    from django.db.models import Q

    from tscplus.accounts.choices import Role

    memberships = Membership.objects.active().filter(
        Q(province_id=province_id) | Q(district_id=district_id), role=Role.AREA_OFFICER
    )
    return User.objects.filter(is_active=True, pk__in=memberships.values("user_id"))


def officers_overseeing(
    *, region_id: int | None, province_id: str | None, district_id: str | None
) -> QuerySet[User]:
    """The active area and regional officers whose area holds this place's: the whole country, its
    health region, its province or its district (the scoping rule's areas; administrators are not
    counted, they watch every list)."""
    from django.db.models import Q

    from tscplus.accounts.choices import AreaLevel, Role

    area = Q(level=AreaLevel.COUNTRY)
    if region_id is not None:
        area |= Q(level=AreaLevel.REGION, region_id=region_id)
    if province_id:
        area |= Q(level=AreaLevel.PROVINCE, province_id=province_id)
    if district_id:
        area |= Q(level=AreaLevel.DISTRICT, district_id=district_id)
    memberships = Membership.objects.active().filter(
        area, role__in=[Role.AREA_OFFICER, Role.REGIONAL_OFFICER]
    )
    return User.objects.filter(is_active=True, pk__in=memberships.values("user_id"))


def users_with_role(role: str) -> QuerySet[User]:
    """Active people holding an active membership with this role (anywhere)."""
    memberships = Membership.objects.active().filter(role=role)
    return User.objects.filter(is_active=True, pk__in=memberships.values("user_id"))


def user_by_email(email: str) -> User | None:
    """The account with this address, if any (the demo data and imports find people by it)."""
    return User.objects.filter(email=email).first()


def operator_ids_by_email(emails: set[str]) -> dict[str, int]:
    """Active operators' account ids by address, case-folded: an import hands places only to
    operators, never to a staff account, and tells the officer nothing of staff addresses."""
    from tscplus.accounts.choices import Role

    if not emails:
        return {}
    operators = User.objects.filter(
        email__in=emails,
        is_active=True,
        memberships__role=Role.OPERATOR,
        memberships__ended_at__isnull=True,
    )
    return {e.casefold(): pk for pk, e in operators.values_list("pk", "email")}
