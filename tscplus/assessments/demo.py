"""Demo establishments in every state a certificate can be in: certified, failed, expired,
suspended, and one still in draft. Idempotent: nothing is added if the demo places exist."""

import datetime
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from tscplus.accounts.selectors import user_by_email
from tscplus.assessments import services
from tscplus.assessments.models import Certificate
from tscplus.core.models import Subdistrict
from tscplus.core.pdf import FONT_DIR
from tscplus.places import services as place_services
from tscplus.places.selectors import category_get, establishment_list_for_owner

# (name, category, subdistrict, outcome)
PLACES = (
    ("ร้านข้าวซอยแม่สาย", "restaurant", "500105", "certified"),
    ("ตลาดสดเมืองภูเก็ต", "fresh-market", "830101", "certified"),
    ("โรงแรมริมโขง", "hotel", "430101", "certified"),
    ("ร้านเสริมสวยบ้านสวย", "salon", "100101", "failed"),
    ("ร้านกาแฟหน้าวัด", "restaurant", "900101", "expired"),
    ("คาราโอเกะเสียงใส", "nightlife", "200101", "suspended"),
    ("ร้านสะดวกซื้อปากซอย", "convenience-store", "400101", "draft"),
)


def _answers(version, *, fail_essential: bool):
    items = list(version.items.all())
    first_essential = next(i for i in items if i.essential)
    return {
        i.pk: {"value": "fail" if (fail_essential and i == first_essential) else "pass"}
        for i in items
    }


def sample_photo(code: str) -> SimpleUploadedFile:
    """A picture that says plainly it is a demo sample, never passed off as real evidence."""
    img = Image.new("RGB", (800, 600), (0, 107, 63))
    font = ImageFont.truetype(str(FONT_DIR / "Sarabun-Bold.ttf"), 56)
    ImageDraw.Draw(img).text((60, 250), f"ภาพตัวอย่าง {code} (demo)", fill="white", font=font)
    out = BytesIO()
    img.save(out, "JPEG", quality=80)
    return SimpleUploadedFile(f"demo-{code}.jpg", out.getvalue(), content_type="image/jpeg")


@transaction.atomic
def load() -> int:
    owner = user_by_email("operator@demo.tscplus.test")
    assert owner is not None  # the accounts' demo data, loaded first, has this operator
    if establishment_list_for_owner(owner).exists():
        return 0
    for name, category, subdistrict, outcome in PLACES:
        place = place_services.establishment_register(
            owner=owner,
            name_th=name,
            category=category_get(category),
            address="99 หมู่ 1",
            subdistrict=Subdistrict.objects.get(code=subdistrict),
            phone="021234567",
        )
        version = services.versions_for(place).exclude(standard__code="covid-free-setting").get()
        assessment = services.assessment_start(actor=owner, establishment=place, version=version)
        if outcome == "draft":
            continue
        answers = _answers(version, fail_essential=outcome == "failed")
        photos = {
            item.pk: sample_photo(item.code)
            for item in version.items.filter(evidence_required=True)
            if answers[item.pk]["value"] == "pass"
        }
        services.assessment_save_answers(
            actor=owner, assessment=assessment, answers=answers, photos=photos
        )
        services.assessment_submit(actor=owner, assessment=assessment)
        certificate = Certificate.objects.filter(assessment=assessment).first()
        if certificate is None:
            continue
        if outcome == "expired":
            Certificate.objects.filter(pk=certificate.pk).update(
                issued_at=certificate.issued_at - datetime.timedelta(days=400),
                expires_on=certificate.expires_on - datetime.timedelta(days=400),
            )
            services.certificates_run_lifecycle()
        elif outcome == "suspended":
            services.certificate_set_status(
                actor=None,
                certificate=certificate,
                status="suspended",
                reason="ตรวจพบการรวมกลุ่มแออัด รอการตรวจซ้ำ",
            )
    return len(PLACES)
