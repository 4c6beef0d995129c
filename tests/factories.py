import factory

from tscplus.accounts import services
from tscplus.accounts.choices import AreaLevel, Role
from tscplus.accounts.models import User
from tscplus.core.models import District, HealthRegion, Province

PASSWORD = "a-Str0ng-passphrase"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Sequence(lambda n: f"ผู้ใช้ ทดสอบ{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


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
        owner=owner or operator(), name_th=name_th, category=SettingCategory.objects.get(code=category),
        address="1 ถนนทดสอบ", subdistrict=Subdistrict.objects.get(code=subdistrict), **extra,
    )  # fmt: skip
