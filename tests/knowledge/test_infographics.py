"""The seeded infographics are drawings, not placeholders: SVG images for assistive technology
(role, title, description), Thai captions in Sarabun, small, served inline; the hand-washing one
shows its seven steps."""

import pytest
from defusedxml import ElementTree

from tscplus.knowledge import infographics
from tscplus.knowledge.models import KnowledgeItem

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"
HAND_WASHING = "อินโฟกราฟิก: ล้างมือให้สะอาด 7 ขั้นตอน"


def parsed(item):
    with item.image.open("rb") as handle:
        data = handle.read()
    return data, ElementTree.fromstring(data)


def test_the_hand_washing_infographic_is_an_svg_of_seven_steps(client, seeded):
    item = KnowledgeItem.objects.get(title=HAND_WASHING)
    assert item.image.name.endswith(".svg") and item.image_alt.startswith("ภาพ 7 ช่อง")
    data, root = parsed(item)
    assert len(data) < 30_000
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.get("aria-labelledby") == "figure-title figure-desc"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "ล้างมือให้สะอาด 7 ขั้นตอน (Hand-washing in 7 steps)"
    assert "ฝ่ามือถูฝ่ามือ" in desc.text and "Rub around each wrist" in "".join(desc.itertext())
    steps = [g for g in root.iter(f"{SVG}g") if g.get("class") == "step"]
    assert [g.get("data-step") for g in steps] == [str(n) for n in range(1, 8)]
    captions = ["".join(g.find(f"{SVG}text[@class='c']").itertext()) for g in steps]
    assert captions == [
        "ฝ่ามือถูฝ่ามือ",
        "ฝ่ามือถูหลังมือ",
        "ถูซอกนิ้วมือ",
        "หลังนิ้วถูฝ่ามือ",
        "ถูนิ้วหัวแม่มือ",
        "ปลายนิ้วถูฝ่ามือ",
        "ถูรอบข้อมือ",
    ]
    style = root.find(f"{SVG}style").text
    assert "font-family:Sarabun,'Noto Sans Thai'" in style and "sans-serif" in style
    # Sarabun travels with the figure (an <img> cannot use the page's font), cut to its letters.
    assert style.count("@font-face{font-family:Sarabun;") == 2
    assert style.count("src:url(data:font/woff2;base64,") == 2
    # Served inline, as an image, from the item's page.
    page = client.get(f"/knowledge/{item.pk}/").content.decode()
    assert f'<img src="/knowledge/{item.pk}/file/image/" alt="{item.image_alt}">' in page
    image = client.get(f"/knowledge/{item.pk}/file/image/")
    assert image["Content-Type"] == "image/svg+xml"
    assert not image["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    "drawing",
    ["hand_washing", "handwash_station", "covid_measures", "dish_washing"],
)
def test_every_seeded_infographic_is_drawn(drawing):
    data = getattr(infographics, drawing)().encode()
    root = ElementTree.fromstring(data)
    assert len(data) < 30_000 and root.get("role") == "img"
    assert root.find(f"{SVG}title").text and root.find(f"{SVG}desc") is not None
    # Every caption fits its panel: none is cut, each line is whole words.
    for text in root.iter(f"{SVG}text"):
        assert "…" not in "".join(text.itertext())


def test_no_seeded_infographic_keeps_a_placeholder(seeded):
    infographics_seeded = KnowledgeItem.objects.filter(kind="infographic")
    assert infographics_seeded.count() == 4
    assert all(i.image.name.endswith(".svg") for i in infographics_seeded)


def test_seeding_again_adds_nothing_and_redraws_an_old_placeholder(
    seeded, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    from tscplus.knowledge.seed import seed_knowledge

    station = KnowledgeItem.objects.get(title="อินโฟกราฟิก: จุดล้างมือที่ดีต้องมีอะไรบ้าง")
    station.image.save("infographic.png", ContentFile(b"\x89PNG placeholder"))  # as seeded before
    count = KnowledgeItem.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert seed_knowledge() == 0
    station.refresh_from_db()
    assert KnowledgeItem.objects.count() == count
    assert station.image.name.endswith(".svg")
    assert b"<title" in parsed(station)[0]
    images = dict(KnowledgeItem.objects.filter(kind="infographic").values_list("pk", "image"))
    with django_capture_on_commit_callbacks(execute=True):
        assert seed_knowledge() == 0
    assert (
        dict(KnowledgeItem.objects.filter(kind="infographic").values_list("pk", "image")) == images
    )
