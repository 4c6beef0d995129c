"""Thai dictionary order for lists of names."""

import pytest

from tscplus.core.thaisort import thai_sort_key


def test_a_leading_vowel_sorts_after_its_consonant():
    names = ["อ่างทอง", "เชียงใหม่", "ชลบุรี", "กรุงเทพมหานคร", "แพร่", "พะเยา", "อุบลราชธานี"]
    assert sorted(names, key=thai_sort_key) == [
        "กรุงเทพมหานคร",
        "ชลบุรี",
        "เชียงใหม่",
        "พะเยา",
        "แพร่",
        "อ่างทอง",
        "อุบลราชธานี",
    ]


@pytest.mark.django_db
def test_province_choices_in_thai_dictionary_order(client, geo):
    from tscplus.core.models import Province
    from tscplus.core.selectors import in_name_order

    names = [p.name_th for p in in_name_order(Province.objects.all())]
    assert names.index("เชียงใหม่") < names.index("ตาก") < names.index("อ่างทอง")
    page = client.get("/places/").content.decode()
    assert page.index("เชียงราย") < page.index("นครพนม") < page.index("อ่างทอง")
