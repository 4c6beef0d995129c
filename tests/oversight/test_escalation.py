"""Repeat breaches escalate by a documented rule (oversight/escalation.py): the record counts the
decisions that stand in the last 12 months, the officer sees what the next one brings before
deciding, and a third suspension revokes."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import certify, establishment, member, recorded_visit
from tscplus.accounts.choices import Role
from tscplus.assessments.models import Certificate
from tscplus.core import clock
from tscplus.oversight import escalation, selectors, services
from tscplus.oversight.choices import AppealStatus, Decision
from tscplus.oversight.models import Appeal, Inspection

pytestmark = pytest.mark.usefixtures("geo")


@pytest.fixture
def certificate():
    certify(establishment(name_th="ร้านซ้ำ", subdistrict="500105"))
    return Certificate.objects.get()


@pytest.fixture
def officer():
    return member(Role.AREA_OFFICER, province="50")


def _decide(place, officer, decision):
    visit = recorded_visit(place, officer)
    due = clock.today() + datetime.timedelta(days=30) if decision == Decision.CORRECTIONS else None
    return services.inspection_decide(
        actor=officer,
        inspection=visit,
        decision=decision,
        reason="เหตุผลของการตรวจ",
        corrections_due=due,
    )


def test_the_rule_counts_and_warns():
    assert escalation.effects_of(Decision.SUSPEND, []) == set()
    assert escalation.effects_of(Decision.SUSPEND, [Decision.SUSPEND]) == {escalation.VISIT}
    two = [Decision.SUSPEND, Decision.SUSPEND]
    assert escalation.applied(Decision.SUSPEND, two) == Decision.REVOKE
    assert escalation.applied(Decision.SUSPEND, [Decision.CORRECTIONS] * 5) == Decision.SUSPEND
    warned = [w.rule.nth for w in escalation.warnings([Decision.SUSPEND])]
    assert warned == [2, 3]


def test_configured_rules_replace_the_default(settings):
    settings.OVERSIGHT_ESCALATION = [["corrections", 3, "visit"]]
    assert escalation.effects_of(Decision.CORRECTIONS, ["corrections"]) == set()
    assert escalation.effects_of(Decision.CORRECTIONS, ["corrections"] * 2) == {"visit"}
    assert escalation.applied(Decision.SUSPEND, ["suspend"] * 5) == Decision.SUSPEND


def test_third_suspension_in_a_year_revokes_and_the_officer_was_told(client, certificate, officer):
    place = certificate.establishment
    _decide(place, officer, Decision.SUSPEND)
    _decide(place, officer, Decision.REINSTATE)
    _decide(place, officer, Decision.SUSPEND)
    _decide(place, officer, Decision.REINSTATE)
    visit = recorded_visit(place, officer)
    client.force_login(officer)
    page = client.get(reverse("oversight:inspection", args=[visit.pk])).content.decode()
    assert 'data-testid="repeat-breaches"' in page and "12" in page
    services.inspection_decide(
        actor=officer, inspection=visit, decision=Decision.SUSPEND, reason="แออัดอีกครั้ง"
    )
    visit.refresh_from_db()
    certificate.refresh_from_db()
    assert visit.decision == Decision.REVOKE and certificate.status == "revoked"
    assert "แออัดอีกครั้ง" in visit.reason and len(visit.reason.splitlines()) == 2


def test_an_overturned_decision_does_not_count(certificate, officer):
    place = certificate.establishment
    first = _decide(place, officer, Decision.SUSPEND)
    Appeal.objects.create(
        inspection=first,
        establishment=place,
        appellant=place.owner,
        reasons="ไม่ได้แออัด",
        respond_by=clock.today(),
        status=AppealStatus.OVERTURNED,
        outcome_reason="หลักฐานแสดงว่าไม่แออัด",
    )
    _decide(place, officer, Decision.CORRECTIONS)
    standing = selectors.standing_decisions(place.pk, clock.today())
    assert sorted(standing) == [Decision.CONFIRM, Decision.CORRECTIONS]
    assert Inspection.objects.count() == 2
