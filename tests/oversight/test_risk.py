"""The risk score (one formula, `oversight/risk.py`), its refresh from real data, and the
officers' work queue."""

import pytest
from django.urls import reverse

from tests.factories import certify, establishment, member
from tscplus.accounts.choices import Role
from tscplus.oversight import risk
from tscplus.oversight.models import RiskScore, RiskWeights
from tscplus.oversight.services import risk_refresh
from tscplus.standards.models import StandardVersion
from tscplus.voice import services as voice_services

pytestmark = pytest.mark.usefixtures("geo")


class TestFormula:
    def test_a_clean_recently_certified_place_scores_low(self):
        calm = risk.Facts(
            last_score=100,
            days_since_inspection=10,
            certification="certified",
            certificate_age_days=10,
            group="workplace",
        )
        worried = risk.Facts(
            essential_failed=3,
            last_score=40,
            open_complaints=3,
            certification="none",
            group="entertainment",
        )
        low, _ = risk.score(calm, risk.DEFAULT_WEIGHTS, enough_ratings=5)
        high, reasons = risk.score(worried, risk.DEFAULT_WEIGHTS, enough_ratings=5)
        assert 0 <= low < 15 < 70 < high <= 100
        assert reasons == ["essential_failed", "complaints", "certificate"]

    def test_ratings_count_only_when_there_are_enough(self):
        few = risk.Facts(rating_count=2, rating_average=1.0)
        many = risk.Facts(rating_count=20, rating_average=1.0)
        assert risk.factors(few, enough_ratings=5)["low_ratings"] == 0
        assert risk.factors(many, enough_ratings=5)["low_ratings"] == 1

    def test_weights_decide(self):
        facts = risk.Facts(
            open_complaints=3,
            certification="certified",
            certificate_age_days=0,
            days_since_inspection=0,
            group="workplace",
        )
        only_complaints = dict.fromkeys(risk.FACTORS, 0.0) | {"complaints": 1.0}
        assert risk.score(facts, only_complaints, enough_ratings=5) == (100.0, ["complaints"])
        nothing = dict.fromkeys(risk.FACTORS, 0.0)
        assert risk.score(facts, nothing, enough_ratings=5) == (0.0, [])


def test_refresh_ranks_the_place_that_needs_a_visit_first(client):
    good = establishment(name_th="ร้านเรียบร้อย", subdistrict="500105")
    bad = establishment(name_th="ร้านมีปัญหา", subdistrict="500105")
    certify(good)
    version = StandardVersion.objects.get(standard__code="tsc-food", status="active")
    certify(bad, fail=(version.items.filter(essential=True).first().code,))
    for n in range(3):
        voice_services.complaint_file(
            establishment=bad, topic="crowding", description=f"แออัด {n}", ip="203.0.113.1"
        )
    assert risk_refresh() == 2
    scores = {r.establishment_id: r for r in RiskScore.objects.all()}
    assert scores[bad.pk].score > scores[good.pk].score
    assert {"essential_failed", "complaints"} <= set(scores[bad.pk].reasons)

    officer = member(Role.AREA_OFFICER, province="50")
    client.force_login(officer)
    html = client.get(reverse("oversight:queue")).content.decode()
    assert html.index("ร้านมีปัญหา") < html.index("ร้านเรียบร้อย")
    assert "ข้อสำคัญไม่ผ่าน" in html and "เรื่องร้องเรียนที่ยังเปิดอยู่" in html


def test_queue_is_for_officers_of_the_area_only(client, django_assert_max_num_queries):
    place = establishment(name_th="ร้านเชียงใหม่", subdistrict="500105")
    for n in range(30):
        establishment(name_th=f"ร้านที่ {n}", subdistrict="500105")
    risk_refresh()
    client.force_login(member(Role.AREA_OFFICER, province="83"))
    assert "ร้านเชียงใหม่" not in client.get(reverse("oversight:queue")).content.decode()
    client.force_login(place.owner)
    assert client.get(reverse("oversight:queue")).status_code == 404
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    with django_assert_max_num_queries(8):
        response = client.get(reverse("oversight:queue"))
    assert response.status_code == 200 and response.context["page"].paginator.count == 31


def test_changed_weights_take_effect_on_refresh():
    place = establishment(subdistrict="500105")
    risk_refresh()
    before = RiskScore.objects.get(pk=place.pk).score
    RiskWeights.objects.create(**(dict.fromkeys(risk.FACTORS, 0.0) | {"certificate": 1.0}))
    risk_refresh()
    after = RiskScore.objects.get(pk=place.pk)
    assert after.score == 100.0 != before and after.reasons == ["certificate"]


def test_a_place_edited_into_a_riskier_category_is_scored_again_after_the_commit(
    django_capture_on_commit_callbacks,
):
    from tscplus.places import services as place_services
    from tscplus.places.models import SettingCategory

    with django_capture_on_commit_callbacks(execute=True):
        place = establishment(category="restaurant")  # food: 0.7
    before = RiskScore.objects.get(establishment=place)
    assert before.factors["category"] == 0.7
    with django_capture_on_commit_callbacks(execute=True):
        place_services.establishment_update(
            actor=place.owner,
            establishment=place,
            category=SettingCategory.objects.get(code="nightlife"),
        )
    # places announced place_changed; oversight heard it and scored the place again.
    assert RiskScore.objects.get(establishment=place).factors["category"] == 1.0
