"""The wizard, the result page, certificate documents and the verification page."""

import datetime
import io
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import answer_all, image_upload, member, operator
from tscplus.accounts.choices import Role
from tscplus.assessments import services
from tscplus.assessments.models import Answer, Assessment, Certificate, VerificationMiss
from tscplus.core import clock
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")

AT_14_05 = datetime.datetime(2026, 12, 6, 14, 5, tzinfo=zoneinfo.ZoneInfo("Asia/Bangkok"))


def visible_text(html: str) -> str:
    """What a reader sees of a page's main part: no tags, no addresses."""
    return re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1])


def start(client, place, code="tsc-food"):
    version = StandardVersion.objects.get(standard__code=code, status="active")
    response = client.post(
        reverse("assessments:start", args=[place.public_id]), {"version": version.pk}
    )
    return Assessment.objects.get(), response


def step_data(assessment, number, value="pass", **extra):
    section = assessment.version.sections.get(order=number)
    data = {f"value_{i.pk}": value for i in section.items.all()}
    data.update(extra)
    return data


def test_start_page_lists_the_standards_of_the_group(client, place):
    client.force_login(place.owner)
    html = client.get(reverse("assessments:start", args=[place.public_id])).content.decode()
    assert "มาตรฐาน TSC+ ป้องกันโควิด 19: ร้านอาหารและบริการอาหาร" in html
    assert "COVID Free Setting" in html and "ตลาด" not in html.split("<main")[1].split("</main>")[0]


def test_start_page_describes_each_standard_and_resumes_a_draft(client, place):
    client.force_login(place.owner)
    url = reverse("assessments:start", args=[place.public_id])
    html = client.get(url).content.decode()
    assert "มาตรการป้องกันโควิด 19 ของกรมอนามัยสำหรับกลุ่มร้านอาหารและบริการอาหาร" in html
    assert "ต่อจากฉบับร่าง" not in html
    assessment, _ = start(client, place)
    html = client.get(url).content.decode()
    assert html.count("ต่อจากฉบับร่าง") == 1  # the draft's standard only; the other says Start
    # The place's page leads with the draft, and starting the same standard again resumes it.
    page = client.get(reverse("places:mine_detail", args=[place.public_id])).content.decode()
    review = reverse("assessments:review", args=[assessment.pk])
    assert f'<a class="button" href="{review}">ต่อจากฉบับร่าง</a>' in page
    again, _ = start(client, place)
    assert again.pk == assessment.pk and Assessment.objects.count() == 1


def test_wizard_saves_each_step_and_goes_on(client, place):
    client.force_login(place.owner)
    assessment, response = start(client, place)
    assert response["Location"] == reverse("assessments:step", args=[assessment.pk, 1])
    response = client.post(
        reverse("assessments:step", args=[assessment.pk, 1]), step_data(assessment, 1)
    )
    assert response["Location"] == reverse("assessments:step", args=[assessment.pk, 2])
    section = assessment.version.sections.get(order=1)
    assert (
        Answer.objects.filter(assessment=assessment, item__section=section).count()
        == section.items.count()
    )
    # Coming back shows what was saved.
    html = client.get(reverse("assessments:step", args=[assessment.pk, 1])).content.decode()
    assert (
        html.count('value="pass" checked') == section.items.count()
        or html.count("checked") >= section.items.count()
    )


def test_autosave_of_one_item(client, place):
    client.force_login(place.owner)
    assessment, _ = start(client, place)
    item = assessment.version.items.get(code="1.2")
    response = client.post(
        reverse("assessments:step", args=[assessment.pk, 1]),
        {f"value_{item.pk}": "fail", f"note_{item.pk}": "กำลังแก้ไข", "_autosave": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and "✓" in response.content.decode()
    saved = Answer.objects.get(assessment=assessment, item=item)
    assert (saved.value, saved.note) == ("fail", "กำลังแก้ไข")


def test_wizard_photo_upload_and_bad_file(client, place):
    client.force_login(place.owner)
    assessment, _ = start(client, place)
    item = assessment.version.items.filter(evidence_required=True, section__order=1).first()
    response = client.post(
        reverse("assessments:step", args=[assessment.pk, 1]),
        step_data(assessment, 1, **{f"photo_{item.pk}": io.BytesIO(b"nope")}),
    )
    assert response.status_code == 400  # the step again, with the error
    assert (
        "not a photo" in response.content.decode()
        or "ไม่ใช่ภาพ" in response.content.decode()
        or response.context["form"].errors
    )
    assert not Answer.objects.exists()  # nothing of that step was saved
    response = client.post(
        reverse("assessments:step", args=[assessment.pk, 1]),
        step_data(assessment, 1, **{f"photo_{item.pk}": image_upload()}),
    )
    assert response.status_code == 302
    assert Answer.objects.get(item=item).evidence


def test_review_lists_what_is_missing(client, place):
    client.force_login(place.owner)
    assessment, _ = start(client, place)
    response = client.post(reverse("assessments:review", args=[assessment.pk]))
    assert response.status_code == 400
    html = response.content.decode()
    assert "1.1" in html and assessment.version.items.get(code="1.1").text_th in html
    assessment.refresh_from_db()
    assert assessment.status == "draft"


def test_failing_then_passing_journey(client, place):
    client.force_login(place.owner)
    assessment, _ = start(client, place)
    essential = assessment.version.items.filter(essential=True).first()
    answer_all(assessment, fail=(essential.code,))
    response = client.post(reverse("assessments:review", args=[assessment.pk]))
    assert response["Location"] == reverse("assessments:result", args=[assessment.pk])
    html = client.get(response["Location"]).content.decode()
    assert essential.fix_th in html and not Certificate.objects.exists()
    response = client.post(reverse("assessments:reassess", args=[assessment.pk]))
    again = Assessment.objects.exclude(pk=assessment.pk).get()
    answer_all(again)
    client.post(reverse("assessments:review", args=[again.pk]))
    certificate = Certificate.objects.get()
    html = client.get(reverse("assessments:result", args=[again.pk])).content.decode()
    assert certificate.number in html
    # Editing a submitted assessment: the step page sends the person to the result instead.
    assert client.get(reverse("assessments:step", args=[again.pk, 1]))["Location"].endswith(
        f"/my/assessments/{again.pk}/"
    )


def test_certificate_pdf_and_poster(client, certificate):
    client.force_login(certificate.establishment.owner)
    for kind in ("certificate", "poster"):
        response = client.get(reverse("assessments:document", args=[certificate.number, kind]))
        assert response["Content-Type"] == "application/pdf" and response.content.startswith(
            b"%PDF"
        )
    assert client.get(f"/my/certificates/{certificate.number}/x%22%3By%3D.pdf").status_code == 404
    client.force_login(operator())
    assert (
        client.get(
            reverse("assessments:document", args=[certificate.number, "certificate"])
        ).status_code
        == 404
    )


def test_a_certificate_not_in_force_is_not_printed(client, certificate):
    certificate.status = "revoked"
    certificate.save(update_fields=["status"])
    owner = certificate.establishment.owner
    client.force_login(owner)
    page = client.get(f"/my/places/{certificate.establishment.public_id}/").content.decode()
    assert (
        'data-testid="not-in-force"' in page
        and "/certificate" not in page.split("not-in-force")[1][:200]
    )
    response = client.get(reverse("assessments:document", args=[certificate.number, "poster"]))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "พิมพ์ไม่ได้" in page
    api = client.get(f"/api/v1/certificates/{certificate.number}/pdf")
    assert api.status_code == 400 and "เพิกถอน" in api.json()["errors"]["detail"]
    verify = client.get(f"/v/{certificate.verify_token}").content.decode()
    assert "สิ้นสุดอายุเดิม" in verify and "ใช้ได้ถึง" not in verify


def test_the_qr_code_in_the_pdf_opens_the_verify_page(client, certificate, settings):
    import pypdfium2
    import zxingcpp

    from tscplus.assessments.documents import certificate_pdf

    pdf = pypdfium2.PdfDocument(certificate_pdf(certificate))
    image = pdf[0].render(scale=2).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert len(codes) == 1
    url = codes[0].text
    assert url == f"{settings.SITE_URL}/v/{certificate.verify_token}"
    html = client.get(url.removeprefix(settings.SITE_URL)).content.decode()
    assert "ใช้ได้" in html and certificate.number in html


def test_pdf_text_is_thai_with_buddhist_era_dates(certificate):
    import pypdfium2

    from tscplus.assessments.documents import certificate_pdf
    from tscplus.core.thaidate import format_date

    text = pypdfium2.PdfDocument(certificate_pdf(certificate))[0].get_textpage().get_text_range()
    assert certificate.establishment.name_th in text
    assert format_date(certificate.expires_on, "long") in text


class TestVerify:
    def test_valid(self, client, certificate):
        response = client.get(f"/v/{certificate.verify_token}")
        html = response.content.decode()
        assert response.status_code == 200 and "ใช้ได้" in html and "✓" in html
        assert certificate.establishment.name_th in html and "<script" not in html
        assert len(response.content) < 50 * 1024

    def test_english(self, client, certificate):
        html = client.get(f"/v/{certificate.verify_token}?lang=en").content.decode()
        assert "Valid" in html and '<html lang="en">' in html

    def test_leads_with_the_place_then_status_checked_time_and_two_buttons(
        self, client, certificate
    ):
        place = certificate.establishment
        url = f"/v/{certificate.verify_token}"
        with clock.fixed_at(AT_14_05):
            html = client.get(url).content.decode()
        assert f"<h1>{place.name_th}</h1>" in html and html.count("<h1") == 1
        assert html.index("<h1>") < html.index('class="status valid"')
        assert '<span class="icon" aria-hidden="true">✓</span><span>ใช้ได้' in html
        assert "ตรวจสอบสถานะกับทะเบียนเมื่อ 6 ธ.ค. 2569 เวลา 14:05 น." in html
        seen = visible_text(html)
        assert "2569" in seen and "2026" not in seen  # B.E. years only, to a Thai reader
        rate = f'<a class="button" href="/v/{certificate.verify_token}/rate">ให้คะแนนสถานที่นี้</a>'
        complain = reverse("voice:complain", args=[place.public_id])
        assert rate in html
        assert f'<a class="button secondary" href="{complain}">แจ้งเรื่องร้องเรียน</a>' in html

    def test_checked_time_in_english(self, client, certificate):
        with clock.fixed_at(AT_14_05):
            html = client.get(f"/v/{certificate.verify_token}?lang=en").content.decode()
        assert f"<h1>{certificate.establishment.name_th}</h1>" in html  # no English name given
        assert "Status checked in the registry on 6 Dec 2026 at 14:05." in html
        assert ">Rate this place</a>" in html and ">File a complaint</a>" in html

    def test_a_cached_page_says_when_the_status_was_read_not_now(self, client, certificate):
        """The page is kept (and dropped the moment the certificate changes): a later scan that
        the cache answers says when the registry was read, which is what its words claim."""
        url = f"/v/{certificate.verify_token}"
        with clock.fixed_at(AT_14_05):
            first = client.get(url)
        with clock.fixed_at(AT_14_05 + datetime.timedelta(minutes=4)):
            later = client.get(url)
        assert later.content == first.content
        assert "เวลา 14:05 น." in later.content.decode()

    def test_suspended_reads_in_words(self, client, certificate):
        services.certificate_set_status(
            actor=None, certificate=certificate, status="suspended", reason="รอตรวจซ้ำ"
        )
        html = client.get(f"/v/{certificate.verify_token}").content.decode()
        assert "ระงับชั่วคราว" in html and "รอตรวจซ้ำ" in html
        assert '<p class="status suspended"><span class="icon" aria-hidden="true">!</span>' in html

    def test_revoked_reads_in_words_with_a_cross(self, client, certificate):
        services.certificate_set_status(
            actor=None, certificate=certificate, status="revoked", reason="ปลอมแปลงเอกสาร"
        )
        html = client.get(f"/v/{certificate.verify_token}").content.decode()
        cross = "\u00d7"  # the multiplication sign
        assert (
            f'<p class="status revoked"><span class="icon" aria-hidden="true">{cross}</span>'
            in html
        )
        assert "เพิกถอน" in html and "ปลอมแปลงเอกสาร" in html

    def test_expired_by_date_reads_expired(self, client, certificate):
        Certificate.objects.filter(pk=certificate.pk).update(expires_on=datetime.date(2020, 1, 1))
        assert "หมดอายุ" in client.get(f"/v/{certificate.verify_token}").content.decode()

    def test_unknown_token_is_404_counted_and_limited(self, client, settings):
        settings.VERIFY_MISS_LIMIT = 3
        codes = [client.get(f"/v/forged-token-{n}").status_code for n in range(2)]
        # The rating link takes a token too, and counts with the page.
        codes += [client.get(f"/v/forged-token-{n}/rate").status_code for n in range(2, 4)]
        assert codes == [404, 404, 404, 429]
        assert VerificationMiss.objects.get().count == 4  # every look-up of an unknown token counts
        # Another client is not held back by the guesser, and reads why the code failed.
        other = client.get("/v/forged-token-9", REMOTE_ADDR="198.51.100.1")
        assert other.status_code == 404 and "ไม่พบใบรับรองนี้ในทะเบียน" in other.content.decode()


@pytest.mark.parametrize(
    ("status", "words"),
    [("suspended", "ใบรับรองนี้ถูกเจ้าหน้าที่ระงับชั่วคราว"), ("revoked", "ใบรับรองนี้ถูกเพิกถอนแล้ว")],
)
def test_a_suspended_or_revoked_places_own_pages_say_why(client, certificate, status, words):
    place = certificate.establishment
    services.certificate_set_status(
        actor=None, certificate=certificate, status=status, reason="พบผู้ป่วยในร้าน"
    )
    client.force_login(place.owner)
    for name in ("places:public_detail", "places:mine_detail"):
        html = client.get(reverse(name, args=[place.public_id])).content.decode()
        why = html.split('data-testid="certificate-why"', 1)[1].split("</div>", 1)[0]
        assert words in why and "พบผู้ป่วยในร้าน" in why, name
    with translation.override("en"):
        english = client.get(reverse("places:mine_detail", args=[place.public_id]))
    assert "This certificate" in english.content.decode().split('data-testid="certificate-why"')[1]


def test_a_valid_certificate_needs_no_why(client, certificate):
    place = certificate.establishment
    client.force_login(place.owner)
    for name in ("places:public_detail", "places:mine_detail"):
        html = client.get(reverse(name, args=[place.public_id])).content.decode()
        assert "certificate-why" not in html


def test_public_place_page_shows_the_live_certificate(client, certificate):
    url = reverse("places:public_detail", args=[certificate.establishment.public_id])
    html = client.get(url).content.decode()
    assert certificate.number in html and "ใช้ได้" in html
    assert certificate.verify_token not in html  # the token is only on the door poster
    services.certificate_set_status(
        actor=None, certificate=certificate, status="suspended", reason="รอตรวจซ้ำ"
    )
    html = client.get(url).content.decode()
    assert "ระงับชั่วคราว" in html and "รอตรวจซ้ำ" in html


@pytest.mark.parametrize("language", ["th", "en"])
@pytest.mark.parametrize(
    ("status", "rated", "findings"),
    [
        ("valid", True, False),
        ("suspended", False, False),
        ("valid", False, True),
        ("suspended", True, True),
    ],
)
def test_fast_verify_page_equals_a_plain_render(certificate, language, status, rated, findings):
    from django.template.loader import render_to_string
    from django.utils import translation

    from tscplus.assessments.selectors import certificate_verification_page
    from tscplus.assessments.verify_page import verify_page_html

    # Words that must be escaped, and a reason only for the suspended one.
    place = certificate.establishment
    place.name_th = place.name_en = 'ร้าน <script>alert("x")</script> & ลูก'
    place.save()
    Certificate.objects.filter(pk=certificate.pk).update(
        status=status,
        status_reason="รอตรวจซ้ำ" if status == "suspended" else "",
        details=services.certificate_details(place, certificate.version),
    )
    if rated:
        from tscplus.voice.services import rating_submit

        for device, overall in (("a", 5), ("b", 4)):
            ratings = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff"), 4)
            rating_submit(
                establishment=place,
                ratings={**ratings, "overall": overall},
                device=device,
                ip="203.0.113.1",
            )
    if findings:
        # What oversight lends the page: its block drawn in each language, and an open appeal.
        from tscplus.oversight.models import PlaceRecord

        PlaceRecord.objects.create(
            establishment=place,
            outcome="suspended",
            under_appeal=status == "suspended",
            html_th='<section class="findings"><p>ตรวจแล้ว &amp; พบ</p></section>',
            html_en='<section class="findings"><p>Checked &amp; found</p></section>',
        )
    found = certificate_verification_page(certificate.verify_token)
    assert (found.rating is not None) == rated
    assert (found.findings is not None) == findings
    with translation.override(language):
        plain = render_to_string(
            "assessments/verify.html", {"certificate": found, "lang": language}
        )
    fast = verify_page_html(found, language)
    assert fast == plain and "&lt;script&gt;" in fast and "<script>" not in fast
    if findings:
        block = "Checked &amp; found" if language == "en" else "ตรวจแล้ว &amp; พบ"
        assert block in fast and ('class="appeal"' in fast) == (status == "suspended")
    else:
        assert 'class="self"' in fast
    if rated:
        words = "4.5 of 5, 2 ratings" if language == "en" else "4.5 จาก 5 (2 คะแนน"
        assert "★★★★" in fast and words in fast


def test_officer_sees_the_place_panel(client, certificate):
    client.force_login(member(Role.AREA_OFFICER, province="50"))
    html = client.get(
        reverse("places:mine_detail", args=[certificate.establishment.public_id])
    ).content.decode()
    assert certificate.number in html


def test_plain_http_is_redirected_even_when_the_page_is_cached(client, certificate, settings):
    settings.SECURE_SSL_REDIRECT = True
    url = f"/v/{certificate.verify_token}"
    assert client.get(url, secure=True).status_code == 200  # now cached
    assert client.get(url).status_code == 301
    assert client.get(url, secure=True).status_code == 200
