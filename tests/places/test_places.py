import pytest
from django.urls import reverse

from tests.factories import establishment, member, operator
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent, Subdistrict
from tscplus.places import services
from tscplus.places.models import Establishment, SettingCategory, SettingGroup

pytestmark = pytest.mark.usefixtures("geo")

FORM = {
    "name_th": "ร้านข้าวมันไก่ป้าแดง",
    "name_en": "",
    "category": "",
    "address": "12 ถนนนิมมานเหมินท์",
    "province": "50",
    "district": "5001",
    "subdistrict": "500105",
    "phone": "053000000",
    "opening_hours": "",
    "latitude": "",
    "longitude": "",
}


def form(**changes):
    data = {**FORM, "category": str(SettingCategory.objects.get(code="restaurant").pk)}
    data.update(changes)
    return data


def test_seeded_categories_cover_the_issue():
    assert SettingCategory.objects.count() >= 20
    assert SettingGroup.objects.count() == 11
    names = set(SettingCategory.objects.values_list("name_en", flat=True))
    assert {
        "Restaurants and eateries",
        "Fresh markets",
        "Public toilets",
        "Hotels and accommodation",
    } <= names
    assert all(c.name_th for c in SettingCategory.objects.all())


class TestServices:
    def test_register_derives_the_area_and_audits(self):
        place = establishment(subdistrict="500105")
        assert (place.district_id, place.province_id, place.postcode) == ("5001", "50", "50100")
        assert len(place.public_id) == 10 and not place.public_id.isdigit()
        assert AuditEvent.objects.filter(
            verb="establishment.registered", object_id=str(place.pk)
        ).exists()

    def test_update_moves_the_place(self):
        place = establishment(subdistrict="500105")
        phuket = Subdistrict.objects.get(code="830101")
        services.establishment_update(actor=place.owner, establishment=place, subdistrict=phuket)
        place.refresh_from_db()
        assert (place.province_id, place.district_id) == ("83", "8301")
        event = AuditEvent.objects.get(verb="establishment.updated")
        assert event.before["province"] == "50" and event.after["province"] == "83"

    def test_transfer_is_audited(self):
        place = establishment()
        new_owner = operator()
        admin = member(Role.ADMINISTRATOR)
        services.establishment_transfer(actor=admin, establishment=place, new_owner=new_owner)
        place.refresh_from_db()
        assert place.owner == new_owner
        assert AuditEvent.objects.get(verb="establishment.transferred").actor == admin

    def test_point_outside_thailand_is_refused(self):
        from django.core.exceptions import ValidationError

        with pytest.raises(ValidationError):
            establishment(latitude=51.5, longitude=-0.1)
        assert not Establishment.objects.exists()


class TestPages:
    def test_register_journey(self, client):
        user = operator()
        client.force_login(user)
        response = client.post(reverse("places:register"), form())
        place = Establishment.objects.get()
        assert response["Location"] == reverse("places:mine_detail", args=[place.public_id])
        assert place.owner == user
        assert "ร้านข้าวมันไก่ป้าแดง" in client.get(reverse("places:mine")).content.decode()

    def test_my_places_says_where_each_place_stands(self, client):
        # Issue 15: the operator's list tags each place with its certification, in words.
        from tests.factories import certify

        user = operator()
        certified = establishment(user, name_th="ร้านผ่านแล้ว")
        certify(certified)
        establishment(user, name_th="ร้านยังไม่ประเมิน")
        client.force_login(user)
        html = client.get(reverse("places:mine")).content.decode()
        assert 'class="cert cert-certified">ได้รับการรับรอง' in html
        assert 'class="cert cert-none">ยังไม่ได้รับการรับรอง' in html

    def test_bad_input_keeps_everything_and_saves_nothing(self, client):
        client.force_login(operator())
        response = client.post(
            "/en/my/places/new/", form(name_th="", subdistrict="830101", latitude="18.7")
        )
        errors = response.context["form"].errors
        assert {"name_th", "subdistrict", "longitude"} <= set(errors)
        assert 'value="12 ถนนนิมมานเหมินท์"' in response.content.decode()
        assert not Establishment.objects.exists()

    def test_same_name_in_the_same_subdistrict_warns(self, client):
        establishment(name_th="ร้านข้าวมันไก่ป้าแดง", subdistrict="500105")
        client.force_login(operator())
        # The "different place" box is not offered before there is a reason for it.
        blank = client.get(reverse("places:register")).content.decode()
        assert 'type="hidden" name="not_duplicate"' in blank and 'type="checkbox"' not in blank
        response = client.post(reverse("places:register"), form(name_th="  ร้านข้าวมันไก่ป้าแดง "))
        assert "not_duplicate" in response.context["form"].errors
        assert 'type="checkbox" name="not_duplicate"' in response.content.decode()
        assert Establishment.objects.count() == 1
        client.post(reverse("places:register"), form(not_duplicate="on"))
        assert Establishment.objects.count() == 2

    def test_refresh_without_javascript_saves_nothing(self, client):
        client.force_login(operator())
        response = client.post(
            reverse("places:register"), form(_refresh="1", district="", subdistrict="")
        )
        assert response.status_code == 200 and not Establishment.objects.exists()
        assert 'value="5001"' in response.content.decode()

    def test_someone_elses_place_is_404(self, client):
        place = establishment()
        client.force_login(operator())
        assert client.get(reverse("places:mine_detail", args=[place.public_id])).status_code == 404
        assert client.get(reverse("places:edit", args=[place.public_id])).status_code == 404

    def test_area_officer_sees_places_of_the_area_only(self, client):
        cm = establishment(subdistrict="500105")
        hkt = establishment(subdistrict="830101")
        client.force_login(member(Role.AREA_OFFICER, province="50"))
        assert client.get(reverse("places:mine_detail", args=[cm.public_id])).status_code == 200
        assert client.get(reverse("places:mine_detail", args=[hkt.public_id])).status_code == 404

    def test_public_registry_search_and_filters(self, client, django_assert_max_num_queries):
        establishment(name_th="ร้านก๋วยเตี๋ยวเรือ", subdistrict="500105")
        establishment(name_th="ตลาดสดภูเก็ต", category="fresh-market", subdistrict="830101")
        for n in range(25):
            establishment(name_th=f"ร้านที่ {n}", subdistrict="830101")
        html = client.get("/places/?q=ก๋วยเตี๋ยว").content.decode()
        assert "ร้านก๋วยเตี๋ยวเรือ" in html and "ตลาดสดภูเก็ต" not in html
        html = client.get("/places/?province=83&category=fresh-market").content.decode()
        assert "ตลาดสดภูเก็ต" in html and "ร้านที่ 1" not in html
        with django_assert_max_num_queries(6):
            response = client.get("/places/?province=83")
        # Picking a province refills the district list at once (HTMX), the chosen one kept.
        province = response.context["filter"].form["province"]
        assert 'hx-get="/areas/options/"' in str(province) and 'value="83" selected' in str(
            province
        )
        assert (
            response.context["page"].paginator.count == 26 and len(response.context["page"]) == 20
        )

    def test_public_page(self, client):
        place = establishment(name_th="ร้านสาธารณะ", phone="021111111")
        html = client.get(reverse("places:public_detail", args=[place.public_id])).content.decode()
        assert "ร้านสาธารณะ" in html
        assert client.get("/places/nope000000/").status_code == 404


def test_officers_see_but_do_not_edit_or_self_assess(client):
    place = establishment(subdistrict="500105")
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    assert client.get(reverse("places:mine_detail", args=[place.public_id])).status_code == 200
    assert client.get(reverse("places:edit", args=[place.public_id])).status_code == 404
    assert client.get(reverse("assessments:start", args=[place.public_id])).status_code == 404
    response = client.patch(
        f"/api/v1/establishments/{place.public_id}/",
        {"name_th": "เปลี่ยน"},
        content_type="application/json",
    )
    assert response.status_code == 404
    place.refresh_from_db()
    assert place.name_th == "ร้านทดสอบ"


def test_administrator_may_edit(client):
    place = establishment()
    client.force_login(member(Role.ADMINISTRATOR))
    assert client.get(reverse("places:edit", args=[place.public_id])).status_code == 200
