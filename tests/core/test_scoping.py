"""Who may see what (core/scoping.py): by examples, by properties, and the query form of the rule
against the real geography."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tscplus.accounts.choices import AREA_SCOPED_ROLES, AreaLevel, Role
from tscplus.core import scoping
from tscplus.core.scoping import AreaScope, Held

regions = st.integers(min_value=1, max_value=13)
provinces = st.sampled_from(["10", "50", "52", "83", "90"])
districts = st.sampled_from(["1001", "5001", "5002", "5201", "8301"])
levels = st.sampled_from([scoping.COUNTRY, scoping.REGION, scoping.PROVINCE, scoping.DISTRICT])


@st.composite
def held(draw):
    level = draw(levels)
    return Held(
        scoped=draw(st.booleans()),
        level=level,
        region=draw(regions) if level == scoping.REGION else None,
        province=draw(provinces) if level == scoping.PROVINCE else None,
        district=draw(districts) if level == scoping.DISTRICT else None,
    )


scopes = st.builds(
    AreaScope,
    everything=st.booleans(),
    region_numbers=st.frozensets(regions, max_size=3),
    province_codes=st.frozensets(provinces, max_size=3),
    district_codes=st.frozensets(districts, max_size=3),
)


def test_the_levels_are_the_accounts_levels():
    assert {scoping.COUNTRY, scoping.REGION, scoping.PROVINCE, scoping.DISTRICT} == set(
        AreaLevel.values
    )
    assert Role.OPERATOR not in AREA_SCOPED_ROLES


def test_a_province_officer_oversees_the_province():
    scope = scoping.scope_of([Held(True, scoping.PROVINCE, province="50")])
    assert scope == AreaScope(province_codes=frozenset({"50"}))
    assert scoping.covers(scope, region=1, province="50", district="5001")
    assert not scoping.covers(scope, region=1, province="52", district="5201")
    assert not scoping.covers(scope, region=1)  # the region holds more than the province


def test_a_country_membership_or_a_superuser_is_everything():
    assert scoping.scope_of([Held(True, scoping.COUNTRY)]).everything
    assert scoping.scope_of([], superuser=True).everything
    assert scoping.covers(scoping.EVERYTHING)  # the whole country


def test_a_superusers_memberships_are_not_read():
    def never():
        raise AssertionError("read")
        yield

    assert scoping.scope_of(never(), superuser=True).everything


def test_a_role_without_an_area_oversees_nothing():
    scope = scoping.scope_of([Held(False, scoping.COUNTRY), Held(False, scoping.REGION, region=1)])
    assert scope.is_empty and not scoping.oversees_any(scope)


def test_a_visitor_has_no_scope():
    from django.contrib.auth.models import AnonymousUser

    assert scoping.area_scope_of(AnonymousUser()) is scoping.NO_SCOPE
    assert scoping.area_scope_of(None) is scoping.NO_SCOPE


@given(st.lists(held(), max_size=6))
def test_only_area_scoped_memberships_count(memberships):
    scoped = [m for m in memberships if m.scoped]
    assert scoping.scope_of(memberships) == scoping.scope_of(scoped)
    assert scoping.scope_of(memberships).is_empty == (not scoped)


@given(st.lists(held(), max_size=6), held())
def test_another_membership_never_narrows_the_scope(memberships, more):
    before = scoping.scope_of(memberships)
    after = scoping.scope_of([*memberships, more])
    if before.everything:
        assert after.everything
    else:
        assert after.everything or (
            before.region_numbers <= after.region_numbers
            and before.province_codes <= after.province_codes
            and before.district_codes <= after.district_codes
        )


@given(scopes, regions, provinces, districts)
def test_a_scope_that_holds_an_area_holds_what_is_inside_it(scope, region, province, district):
    if scoping.covers(scope, region=region):
        assert scoping.covers(scope, region=region, province=province)
    if scoping.covers(scope, region=region, province=province):
        assert scoping.covers(scope, region=region, province=province, district=district)


@given(scopes, regions, provinces, districts)
def test_everything_covers_all_and_nothing_covers_none(scope, region, province, district):
    where = {"region": region, "province": province, "district": district}
    assert scoping.covers(scoping.EVERYTHING, **where)
    assert not scoping.covers(scoping.NO_SCOPE, **where)
    if scope.is_empty:
        assert not scoping.covers(scope, **where)


def test_a_scope_with_no_area_filters_to_nothing_but_what_is_owned():
    from django.db.models import Q

    lookups = {"province": ("province",)}
    assert scoping.area_q(scoping.NO_SCOPE, lookups) is None
    assert scoping.visible_q(scoping.NO_SCOPE, lookups, None) is None
    owned = Q(owner=1)
    assert scoping.visible_q(scoping.NO_SCOPE, lookups, owned) == owned


SAMPLE_SCOPES = [
    AreaScope(region_numbers=frozenset({1})),
    AreaScope(province_codes=frozenset({"50", "83"})),
    AreaScope(district_codes=frozenset({"5001", "1001"})),
    AreaScope(region_numbers=frozenset({13}), district_codes=frozenset({"5001"})),
]


@pytest.mark.usefixtures("geo")
@pytest.mark.parametrize("scope", SAMPLE_SCOPES)
def test_the_query_finds_exactly_the_districts_the_scope_covers(scope):
    from tscplus.core.models import District

    lookups = {"region": ("province__region",), "province": ("province",), "district": ("code",)}
    found = set(
        District.objects.filter(scoping.area_q(scope, lookups)).values_list("code", flat=True)
    )
    expected = {
        code
        for code, province, region in District.objects.values_list(
            "code", "province_id", "province__region_id"
        )
        if scoping.covers(scope, region=region, province=province, district=code)
    }
    assert found == expected and found
