"""After logging in, each person lands on their work (accounts/landing.py), in their own language
(Thai here, whatever the log-in page's): the pillars register
their pages for the roles they serve, and a person with no role lands on the profile."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import PASSWORD, member, operator
from tscplus.accounts.choices import Role
from tscplus.accounts.landing import LANDINGS

pytestmark = pytest.mark.usefixtures("geo")


def _thai(name):
    with translation.override("th"):
        return reverse(name)


def _log_in(client, user, **extra):
    return client.post(
        "/en/accounts/login/", {"username": user.email, "password": PASSWORD, **extra}
    )


@pytest.mark.parametrize(
    ("role", "page"),
    [
        (Role.AREA_OFFICER, "oversight:queue"),
        (Role.REGIONAL_OFFICER, "oversight:queue"),
        (Role.KNOWLEDGE_EDITOR, "knowledge:editor"),
        (Role.INDICATOR_REPORTER, "indicators:home"),
        (Role.REPORT_APPROVER, "indicators:home"),
    ],
)
def test_each_role_lands_on_its_work(client, role, page):
    response = _log_in(client, member(role))
    assert response.status_code == 302
    assert response["Location"] == _thai(page)
    assert client.get(response["Location"]).status_code == 200


def test_an_operator_lands_on_their_places(client):
    response = _log_in(client, operator())
    assert response["Location"] == _thai("places:mine")


def test_someone_with_no_role_lands_on_the_profile(client):
    from tscplus.accounts.models import User

    citizen = User.objects.create_user(email="citizen@example.org", password=PASSWORD)
    response = _log_in(client, citizen)
    assert response["Location"] == _thai("accounts:profile")


def test_a_page_asked_for_wins_over_the_landing(client):
    response = _log_in(client, member(Role.AREA_OFFICER), next="/en/knowledge/")
    assert response["Location"] == "/knowledge/"  # in the person's own language (Thai)


def test_the_officers_queue_comes_before_the_other_work():
    assert LANDINGS[Role.AREA_OFFICER].order < LANDINGS[Role.KNOWLEDGE_EDITOR].order
    assert LANDINGS[Role.REPORT_APPROVER].order < LANDINGS[Role.OPERATOR].order
