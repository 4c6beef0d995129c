"""Reports of QR codes the registry does not know: the service (the area's officers hear, no one
else; audited; consent and area rules), the page reached from the unknown code's 404, the API, the
shared rate limit, and the officers' list."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import member, operator
from tscplus.accounts.choices import Role
from tscplus.core.models import AuditEvent, District, Notification, Province
from tscplus.voice import services
from tscplus.voice.models import QrReport

pytestmark = pytest.mark.usefixtures("geo")

TOKEN = "forged-code-0123456789abcdef"
WHERE = {"province": "50", "district": "5001"}  # เมืองเชียงใหม่


def report(**extra):
    kwargs = {
        "token": TOKEN,
        "province": Province.objects.get(code="50"),
        "district": District.objects.get(code="5001"),
        "ip": "203.0.113.7",
        **extra,
    }
    return services.qr_report_file(**kwargs)


def page_url(token=TOKEN, language="th"):
    prefix = "/en" if language == "en" else ""
    return f"{prefix}/qr-codes/{token}/report/"


class TestQrReportFile:
    def test_the_officers_of_that_area_hear_and_no_one_else(self):
        district_officer = member(Role.AREA_OFFICER, district="5001")
        province_officer = member(Role.AREA_OFFICER, province="50")
        next_district = member(Role.AREA_OFFICER, district="5002")
        elsewhere = member(Role.AREA_OFFICER, province="83")
        filed = report(place_name="ร้านก๋วยเตี๋ยวริมทาง", note="สติกเกอร์แปะทับของเดิม")
        for officer in (district_officer, province_officer):
            told = Notification.objects.get(user=officer)
            assert "อ.เมืองเชียงใหม่ จ.เชียงใหม่" in told.title
            assert "ร้านก๋วยเตี๋ยวริมทาง" in told.body
            assert told.link == f"/officer/qr-reports/#report-{filed.pk}"
        assert not Notification.objects.filter(user__in=[next_district, elsewhere]).exists()

    def test_an_english_reader_hears_in_english(self):
        officer = member(Role.AREA_OFFICER, province="50")
        officer.preferred_language = "en"
        officer.save()
        report()
        told = Notification.objects.get(user=officer)
        assert (
            told.title
            == "A QR code not in the registry was reported in Mueang Chiang Mai, Chiang Mai"
        )
        assert "not named" not in told.body and "in Mueang Chiang Mai" in told.body

    def test_audited_with_the_code_and_the_area_never_the_address(self):
        filed = report()
        row = AuditEvent.objects.get(verb="qr_report.filed", object_id=str(filed.pk))
        assert row.actor is None
        assert row.after == {"token": TOKEN, "province": "50", "district": "5001"}
        assert filed.client and "203.0.113.7" not in filed.client

    def test_a_district_outside_the_province_is_refused_and_nothing_kept(self):
        with pytest.raises(ValidationError) as exc:
            report(district=District.objects.get(code="8301"))
        assert "district" in exc.value.message_dict
        assert (
            not QrReport.objects.exists()
            and not AuditEvent.objects.filter(verb="qr_report.filed").exists()
        )

    def test_contact_needs_consent(self):
        with pytest.raises(ValidationError) as exc:
            report(contact_phone="0812345678")
        assert "consent" in exc.value.message_dict and not QrReport.objects.exists()
        with pytest.raises(ValidationError) as exc:
            report(contact_phone="12", consent=True)
        assert "contact_phone" in exc.value.message_dict
        kept = report(contact_phone="081 234 5678", consent=True)
        assert kept.contact_consent and kept.consent_version == services.QR_REPORT_CONSENT_VERSION
        # Consent with nothing to keep is no consent.
        assert not report(consent=True).contact_consent


class TestPage:
    def test_the_unknown_codes_page_leads_to_the_form(self, client):
        missing = client.get(f"/v/{TOKEN}")
        assert missing.status_code == 404
        html = missing.content.decode()
        assert f'href="{page_url()}"' in html and "แจ้งเรื่อง QR code นี้" in html
        form = client.get(page_url())
        assert form.status_code == 200
        page = form.content.decode()
        assert "<h1>แจ้งเรื่อง QR code นี้</h1>" in page
        assert "จังหวัดที่พบ" in page and "อำเภอ/เขตที่พบ" in page and "เชียงใหม่" in page
        assert 'name="subdistrict"' not in page

    def test_in_english(self, client):
        missing = client.get(f"/v/{TOKEN}?lang=en").content.decode()
        assert f'href="{page_url(language="en")}"' in missing and "Report this QR code" in missing
        page = client.get(page_url(language="en")).content.decode()
        assert "Province where you saw it" in page and "Send the report" in page

    def test_a_report_reaches_the_officers_and_thanks_the_visitor(self, client):
        officer = member(Role.AREA_OFFICER, province="50")
        response = client.post(page_url(), {**WHERE, "place_name": "ร้านริมทาง"})
        assert response.status_code == 302 and response["Location"] == f"{page_url()}?sent=1"
        filed = QrReport.objects.get()
        assert (filed.token, filed.district_id, filed.place_name) == (TOKEN, "5001", "ร้านริมทาง")
        assert Notification.objects.filter(user=officer).count() == 1
        thanks = client.get(response["Location"]).content.decode()
        assert 'data-testid="qr-report-sent"' in thanks and "<form" not in thanks.split("<main")[1]

    def test_bad_input_comes_back_with_errors_and_everything_typed(self, client):
        data = {
            "province": "50",
            "place_name": "ร้านริมทาง",
            "note": "แปะทับ",
            "contact_phone": "0812345678",
        }
        response = client.post(page_url(), data)
        assert response.status_code == 200 and not QrReport.objects.exists()
        assert {"district", "consent"} <= set(response.context["form"].errors)
        html = response.content.decode()
        assert 'value="ร้านริมทาง"' in html and "แปะทับ" in html and 'value="0812345678"' in html
        # The province chosen stays chosen, and its districts are offered.
        assert '<option value="50" selected>' in html and '<option value="5001">' in html

    def test_without_javascript_the_lists_are_updated_and_nothing_sent(self, client):
        response = client.post(page_url(), {"province": "83", "_refresh": "1"})
        html = response.content.decode()
        assert '<option value="8301">' in html and '<option value="5001">' not in html
        assert not QrReport.objects.exists()

    def test_the_district_picker_stops_at_the_district(self, client):
        options = client.get(
            reverse("core:address_options"), {"level": "district", "province": "50", "last": "1"}
        ).content.decode()
        assert '<option value="5001">' in options and "id_subdistrict" not in options

    def test_honeypot_keeps_nothing(self, client):
        response = client.post(page_url(), {**WHERE, "website": "http://spam.example"})
        assert response.status_code == 302 and not QrReport.objects.exists()

    def test_a_code_too_long_to_be_ours_is_not_found(self, client):
        assert client.get(page_url("x" * 101)).status_code == 404


class TestLimit:
    def test_page_and_api_share_one_limit_with_the_too_many_page(self, client, settings):
        settings.QR_REPORT_LIMIT_PER_HOUR = 2
        address = "198.51.100.40"
        assert client.post(page_url(), WHERE, REMOTE_ADDR=address).status_code == 302
        api = f"/api/v1/qr-codes/{TOKEN}/reports/"
        sent = client.post(api, WHERE, content_type="application/json", REMOTE_ADDR=address)
        assert sent.status_code == 201
        refused = client.post(page_url(), WHERE, REMOTE_ADDR=address)
        assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
        assert "<h1>ส่งคำขอมากเกินไป</h1>" in refused.content.decode()  # the too-many page
        refused_api = client.post(api, WHERE, content_type="application/json", REMOTE_ADDR=address)
        assert refused_api.status_code == 429 and "errors" in refused_api.json()
        assert QrReport.objects.count() == 2
        # Another address has its own count.
        assert client.post(page_url(), WHERE, REMOTE_ADDR="198.51.100.41").status_code == 302


class TestApi:
    def test_a_report_and_its_errors(self, client):
        api = f"/api/v1/qr-codes/{TOKEN}/reports/"
        officer = member(Role.AREA_OFFICER, district="5001")
        response = client.post(
            api, {**WHERE, "place_name": "ร้านริมทาง"}, content_type="application/json"
        )
        assert response.status_code == 201
        assert response.json()["district"] == "5001" and "contact_phone" not in response.json()
        assert Notification.objects.filter(user=officer).count() == 1
        bad = client.post(
            api, {"province": "50", "district": "8301"}, content_type="application/json"
        )
        assert bad.status_code == 400 and "district" in bad.json()["errors"]
        missing = client.post(
            api, {"province": "50"}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
        )
        assert missing.status_code == 400 and "district" in missing.json()["errors"]
        no_consent = client.post(
            api, {**WHERE, "contact_name": "ก"}, content_type="application/json"
        )
        assert no_consent.status_code == 400 and "consent" in no_consent.json()["errors"]
        too_long = client.post(
            f"/api/v1/qr-codes/{'x' * 101}/reports/", WHERE, content_type="application/json"
        )
        assert too_long.status_code == 404
        assert QrReport.objects.count() == 1


class TestOfficers:
    def test_officers_of_the_area_read_the_reports_no_one_else(self, client):
        filed = report(
            place_name="ร้านริมทาง", note="แปะทับ", contact_phone="0812345678", consent=True
        )
        url = reverse("voice:officer_qr_reports")
        client.force_login(member(Role.AREA_OFFICER, district="5001"))
        html = client.get(url).content.decode()
        assert f'id="report-{filed.pk}"' in html and "ร้านริมทาง" in html
        assert "แปะทับ" in html and "0812345678" in html and TOKEN in html
        client.force_login(member(Role.AREA_OFFICER, province="83"))
        assert "ร้านริมทาง" not in client.get(url).content.decode()
        client.force_login(operator())
        assert client.get(url).status_code == 404

    def test_the_complaints_page_leads_to_them(self, client):
        client.force_login(member(Role.AREA_OFFICER, province="50"))
        html = client.get(reverse("voice:officer_complaints")).content.decode()
        assert f'href="{reverse("voice:officer_qr_reports")}"' in html
