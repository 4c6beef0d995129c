import factory

from tscplus.accounts import services
from tscplus.accounts.choices import AreaLevel, Role
from tscplus.accounts.models import User
from tscplus.core.models import District, HealthRegion, Province

PASSWORD = "a-Str0ng-passphrase"


def _save_when_created(user: User, create: bool, extracted: object, **kwargs: object) -> None:
    """Saves the user once the password is hashed (`skip_postgeneration_save` leaves it to us)."""
    if create:
        user.save()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"ผู้ใช้ ทดสอบ{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)
    # factory_boy calls it with the user made (not a factory), after the password is set.
    _save = factory.PostGeneration(_save_when_created)


def member(
    role: str,
    *,
    region: int | None = None,
    province: str | None = None,
    district: str | None = None,
    user: User | None = None,
) -> User:
    """A user holding `role` over the given area (whole country when none is given)."""
    user = user or UserFactory()
    area: dict = {}
    level = AreaLevel.COUNTRY
    if region is not None:
        level, area = AreaLevel.REGION, {"region": HealthRegion.objects.get(number=region)}
    elif province is not None:
        level, area = AreaLevel.PROVINCE, {"province": Province.objects.get(code=province)}
    elif district is not None:
        level, area = AreaLevel.DISTRICT, {"district": District.objects.get(code=district)}
    services.membership_grant(actor=None, user=user, role=role, level=level, **area)
    user._membership_cache = None
    return user


def operator() -> User:
    return member(Role.OPERATOR)


def establishment(
    owner: User | None = None,
    *,
    name_th: str = "ร้านทดสอบ",
    category: str = "restaurant",
    subdistrict: str = "500105",
    **extra,
):
    """A registered establishment (through the service, as a person would register it)."""
    from tscplus.core.models import Subdistrict
    from tscplus.places import services as place_services
    from tscplus.places.models import SettingCategory

    return place_services.establishment_register(
        owner=owner or operator(),
        name_th=name_th,
        category=SettingCategory.objects.get(code=category),
        address="1 ถนนทดสอบ",
        subdistrict=Subdistrict.objects.get(code=subdistrict),
        **extra,
    )


def image_upload(name="photo.jpg", fmt="JPEG", size=(2400, 1800), exif_gps=False):
    """A real image file, as a phone would send it (optionally with GPS in its EXIF)."""
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    img = Image.new("RGB", size, (30, 120, 60))
    out = BytesIO()
    kwargs = {}
    if exif_gps:
        exif = Image.Exif()
        exif[0x8825] = {1: "N", 2: (13.0, 45.0, 0.0), 3: "E", 4: (100.0, 30.0, 0.0)}  # GPSInfo
        exif[0x010F] = "PhoneMaker"
        kwargs["exif"] = exif
    img.save(out, fmt, **kwargs)
    return SimpleUploadedFile(name, out.getvalue(), content_type=f"image/{fmt.lower()}")


def answer_all(assessment, *, fail: tuple[str, ...] = (), actor=None):
    """Answer every item: pass (with a photo where one is required), except the codes in `fail`."""
    from tscplus.assessments import services as assessment_services

    items = list(assessment.version.items.all())
    answers = {i.pk: {"value": "fail" if i.code in fail else "pass"} for i in items}
    photos = {
        i.pk: image_upload(size=(200, 150))
        for i in items
        if i.evidence_required and i.code not in fail
    }
    return assessment_services.assessment_save_answers(
        actor=actor or assessment.created_by, assessment=assessment, answers=answers, photos=photos
    )


def recorded_visit(place, officer, *, fail: tuple[str, ...] = ()):
    """An inspection of `place` planned for today, its checklist answered (failing the codes in
    `fail`) and sent by `officer`: ready for a decision."""
    from django.utils import timezone

    from tscplus.assessments import services as assessment_services
    from tscplus.oversight import services as oversight

    visit = oversight.inspection_plan(
        actor=officer, establishment=place, officer=officer, planned_for=timezone.localdate()
    )
    checklist = oversight.inspection_start(actor=officer, inspection=visit)
    answer_all(checklist, fail=fail)
    assessment_services.assessment_submit(actor=officer, assessment=checklist)
    visit.refresh_from_db()
    return visit


def certify(place, *, standard: str = "tsc-food", fail: tuple[str, ...] = ()):
    """Self-assess `place` against the active version of `standard` through the services and
    submit; returns the submitted assessment (certified unless `fail` names an essential item)."""
    from tscplus.assessments import services as assessment_services
    from tscplus.standards.models import StandardVersion

    version = StandardVersion.objects.get(standard__code=standard, status="active")
    assessment = assessment_services.assessment_start(
        actor=place.owner, establishment=place, version=version
    )
    answer_all(assessment, fail=fail)
    return assessment_services.assessment_submit(actor=place.owner, assessment=assessment)
