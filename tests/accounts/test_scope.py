"""One place decides what a user may see: area scopes on pages and API alike; outside is 404."""

import pytest
from django.http import Http404
from django.urls import reverse

from tests.factories import UserFactory, member, operator
from tscplus.accounts.choices import Role
from tscplus.accounts.models import Membership
from tscplus.core.permissions import get_visible_or_404

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def people():
    return {
        "cm_officer": member(Role.AREA_OFFICER, province="50"),  # Chiang Mai, region 1
        "cm_district_officer": member(Role.AREA_OFFICER, district="5001"),
        "lp_officer": member(Role.AREA_OFFICER, province="52"),  # Lampang, region 1
        "hkt_officer": member(Role.AREA_OFFICER, province="83"),  # Phuket, region 11
        "region1": member(Role.REGIONAL_OFFICER, region=1),
        "admin": member(Role.ADMINISTRATOR),
        "operator": operator(),
    }


def visible_users(user):
    return set(Membership.objects.visible_to(user).values_list("user__email", flat=True))


def test_province_officer_sees_province_and_its_districts(people):
    seen = visible_users(people["cm_officer"])
    assert people["cm_district_officer"].email in seen
    assert people["lp_officer"].email not in seen
    assert people["hkt_officer"].email not in seen


def test_regional_officer_sees_the_whole_region_only(people):
    seen = visible_users(people["region1"])
    assert {
        people["cm_officer"].email,
        people["lp_officer"].email,
        people["cm_district_officer"].email,
    } <= seen
    assert people["hkt_officer"].email not in seen


def test_administrator_sees_everything(people):
    assert Membership.objects.visible_to(people["admin"]).count() == Membership.objects.count()


def test_operator_and_anonymous_see_only_their_own(people):
    from django.contrib.auth.models import AnonymousUser

    assert visible_users(people["operator"]) == {people["operator"].email}
    assert Membership.objects.visible_to(AnonymousUser()).count() == 0


def test_superuser_sees_everything(people):
    su = UserFactory(is_superuser=True)
    assert su.area_scope().everything


def test_outside_the_scope_is_not_found(people):
    hkt = people["hkt_officer"].memberships.get()
    with pytest.raises(Http404):
        get_visible_or_404(Membership.objects.all(), people["cm_officer"], pk=hkt.pk)
    with pytest.raises(Http404):
        get_visible_or_404(Membership.objects.all(), people["cm_officer"], pk=10**9)
    own = people["cm_district_officer"].memberships.get()
    assert get_visible_or_404(Membership.objects.all(), people["cm_officer"], pk=own.pk) == own


def test_area_team_page_lists_the_area(client, people):
    client.force_login(people["cm_officer"])
    html = client.get(reverse("accounts:area_team")).content.decode()
    assert people["cm_district_officer"].full_name in html
    assert people["hkt_officer"].full_name not in html


def test_area_team_page_is_404_for_operators(client, people):
    client.force_login(people["operator"])
    assert client.get(reverse("accounts:area_team")).status_code == 404


def test_area_team_query_count_is_pinned(client, people, django_assert_max_num_queries):
    for n in range(10):
        member(Role.AREA_OFFICER, district=f"50{n + 1:02d}")
    client.force_login(people["cm_officer"])
    with django_assert_max_num_queries(8):
        client.get(reverse("accounts:area_team"))


def test_memberships_api_uses_the_same_scope(client, people):
    client.force_login(people["hkt_officer"])
    body = client.get("/api/v1/memberships/").json()
    assert {m["user_name"] for m in body["results"]} == {people["hkt_officer"].full_name}


def test_memberships_api_needs_login(client):
    response = client.get("/api/v1/memberships/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert "detail" in response.json()["errors"]
