import pytest

from tscplus.standards.models import Item, Standard, StandardVersion

pytestmark = pytest.mark.django_db


def test_one_prevention_standard_per_group_and_covid_free():
    from tscplus.places.models import SettingGroup

    for group in SettingGroup.objects.all():
        assert group.standards.filter(code=f"tsc-{group.code}").exists(), group.code
        assert group.standards.filter(code="covid-free-setting").exists()


def test_each_seeded_standard_has_an_active_version_of_12_items_with_essentials():
    for standard in Standard.objects.all():
        version = standard.versions.get(status="active")
        assert version.items.count() >= 12, standard.code
        assert version.items.filter(essential=True).exists()
        assert all(item.text_th and item.text_en and item.fix_th for item in version.items.all())


def test_covid_free_has_three_parts():
    version = StandardVersion.objects.get(standard__code="covid-free-setting", status="active")
    titles = list(version.sections.values_list("title_en", flat=True))
    assert titles == ["COVID Free Environment", "COVID Free Personnel", "COVID Free Customer"]


def test_prevention_standard_covers_the_measures():
    text = " ".join(
        Item.objects.filter(version__standard__code="tsc-food").values_list("text_en", flat=True)
    )
    for words in [
        "1 metre",
        "mask",
        "alcohol gel",
        "every 1-2 hours",
        "ventilation",
        "Queues",
        "Contactless",
        "sick staff stay home",
        "Serving spoons",
        "single-use",
    ]:
        assert words in text, words


def test_only_one_active_version_per_standard():
    from django.db import IntegrityError, transaction

    standard = Standard.objects.get(code="tsc-food")
    with pytest.raises(IntegrityError), transaction.atomic():
        StandardVersion.objects.create(standard=standard, number=2, status="active")
