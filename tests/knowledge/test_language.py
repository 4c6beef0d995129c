"""One language per list: a Thai page lists Thai items (each linking to its English version), an
English page English items; a list with nothing in the reader's language falls back to the other
language's items, tagged with their language. Pages, search and the API alike."""

import re

import pytest
from django.utils import translation
from rest_framework.test import APIClient

from tscplus.knowledge import selectors, services
from tscplus.knowledge.choices import Kind
from tscplus.knowledge.models import HLQuestion, KnowledgeItem, Topic

pytestmark = pytest.mark.django_db
HANDWASHING_TH = "ล้างมืออย่างไรให้สะอาดจริง 7 ขั้นตอน"
HANDWASHING_EN = "Washing hands properly: 7 steps"


@pytest.fixture
def seeded(seeded):
    """The hub's lists show the newest first, a page at a time: the hand-washing items, which
    these tests follow, are made the newest."""
    from datetime import timedelta

    from django.db.models import F

    KnowledgeItem.objects.exclude(title__in=[HANDWASHING_TH, HANDWASHING_EN]).update(
        published_at=F("published_at") - timedelta(minutes=1)
    )


PHONE = "Mozilla/5.0 (Linux; Android 12)"


def cards(html):
    """Each listed item's card (not the hub's doors): its title, and the whole card's markup."""
    found = re.findall(r'<li class="card">\s*<a href="(?:/en)?/knowledge/\d+/".*?</li>', html, re.S)
    return {re.search(r"<strong>(.*?)</strong>", c, flags=re.S).group(1): c for c in found}


def hits(html):
    """The items a results page lists, by id."""
    return {
        int(pk) for pk in re.findall(r'<li class="card"><a href="(?:/en)?/knowledge/(\d+)/"', html)
    }


def languages(titles):
    return set(KnowledgeItem.objects.filter(title__in=titles).values_list("language", flat=True))


def languages_of(ids):
    return set(KnowledgeItem.objects.filter(pk__in=ids).values_list("language", flat=True))


@pytest.fixture
def english_only(editor, reviewer, seeded, django_capture_on_commit_callbacks):
    """A topic whose only item is in English, published and indexed."""
    topic = Topic.objects.create(code="travel", name_th="การเดินทาง", name_en="Travel", order=99)
    with django_capture_on_commit_callbacks(execute=True):
        item = services.item_create(
            actor=editor,
            data={
                "kind": Kind.ARTICLE,
                "language": "en",
                "title": "Staying well on long bus journeys",
                "summary": "Water, stretching and a mask on crowded buses.",
                "body": "Drink water and stretch every two hours on long bus journeys.",
                "for_public": True,
            },
            topics=[topic],
        )
        services.item_submit(actor=editor, item=item)
        services.item_review(actor=reviewer, item=item, approve=True)
    return item


def test_the_thai_hub_lists_thai_items(client, seeded):
    html = client.get("/knowledge/").content.decode()
    listed = cards(html)
    assert len(listed) == 6 and languages(listed) == {"th"}
    assert 'data-testid="item-language"' not in html  # nothing listed in another language


def test_the_english_hub_lists_english_items_with_their_thai_version(client, seeded):
    html = client.get("/en/knowledge/").content.decode()
    listed = cards(html)
    assert HANDWASHING_EN in listed and languages(listed) == {"en"}
    thai = KnowledgeItem.objects.get(title=HANDWASHING_TH)
    assert f'href="/en/knowledge/{thai.pk}/" lang="th" hreflang="th"' in listed[HANDWASHING_EN]
    assert "ฉบับภาษาไทย" in listed[HANDWASHING_EN]
    assert 'data-testid="item-language"' not in html


def test_topic_pages_follow_the_reader_and_link_the_other_version(client, seeded):
    html = client.get("/knowledge/topics/hand-hygiene/").content.decode()
    thai = cards(html)
    assert HANDWASHING_TH in thai and languages(thai) == {"th"}
    english = KnowledgeItem.objects.get(title=HANDWASHING_EN)
    card = thai[HANDWASHING_TH]
    assert f'<a href="/knowledge/{english.pk}/" lang="en" hreflang="en"' in card
    assert "English version" in card
    # Only the items that have one.
    translated = KnowledgeItem.objects.filter(language="en", topics__code="hand-hygiene")
    assert html.count("English version") == translated.count()
    english_page = cards(client.get("/en/knowledge/topics/hand-hygiene/").content.decode())
    assert set(english_page) == set(translated.values_list("title", flat=True))


def test_a_list_with_nothing_in_the_readers_language_falls_back_tagged(
    client, seeded, english_only
):
    # No English item on vaccination: the English page lists the Thai ones, each tagged.
    KnowledgeItem.objects.filter(language="en", topics__code="vaccination").delete()
    html = client.get("/en/knowledge/topics/vaccination/").content.decode()
    listed = cards(html)
    assert listed and languages(listed) == {"th"}
    for card in listed.values():
        assert 'lang="th"' in card
        assert (
            '<span class="tag tag-lang" lang="th" data-testid="item-language">ภาษาไทย</span>'
            in card
        )
    # And the other way round: the Thai page of a topic with only an English item.
    html = client.get("/knowledge/topics/travel/").content.decode()
    card = cards(html)["Staying well on long bus journeys"]
    assert '<span class="tag tag-lang" lang="en" data-testid="item-language">English</span>' in card
    assert f'<a href="/knowledge/{english_only.pk}/" lang="en">' in card
    # The hub's topic chips count what each topic's page lists for the reader.
    hub = client.get("/knowledge/").content.decode()
    hygiene = KnowledgeItem.objects.published().filter(topics__code="hand-hygiene")
    thai, both = hygiene.filter(language="th").count(), hygiene.count()
    assert 0 < thai < both
    assert f"การล้างมือและสุขอนามัยส่วนบุคคล ({thai})" in hub and "การเดินทาง (1)" in hub


def test_the_selector_is_the_one_rule(seeded, english_only):
    with translation.override("th"):
        assert {i.language for i in selectors.items_for_reader(None)} == {"th"}
        travel = list(selectors.items_for_reader(None, topic="travel"))
        assert travel == [english_only]
    with translation.override("en"):
        items = list(selectors.items_for_reader(None))
        assert {i.language for i in items} == {"en"}
        washing = next(i for i in items if i.title == HANDWASHING_EN)
        assert washing.other_version.title == HANDWASHING_TH
    # "Most read" too: both versions were read, each reader's list has its own.
    for title in (HANDWASHING_TH, HANDWASHING_EN, HANDWASHING_EN):
        services.item_viewed(item=KnowledgeItem.objects.get(title=title), user_agent=PHONE)
    with translation.override("th"):
        assert [i.title for i in selectors.most_read(None)] == [HANDWASHING_TH]
    with translation.override("en"):
        assert [i.title for i in selectors.most_read(None)] == [HANDWASHING_EN]


def test_search_keeps_to_the_readers_language_then_falls_back(client, seeded):
    thai, english = (KnowledgeItem.objects.get(title=t) for t in (HANDWASHING_TH, HANDWASHING_EN))
    html = client.get("/knowledge/search/", {"q": "ล้างมือ"}).content.decode()
    found = hits(html)
    assert thai.pk in found and english.pk not in found and languages_of(found) == {"th"}
    assert f'<a href="/knowledge/{english.pk}/" lang="en" hreflang="en"' in html
    assert 'data-testid="item-language"' not in html
    # An English word of the synonym dictionary finds the Thai items (เชื้อโรค).
    html = client.get("/knowledge/search/", {"q": "germs"}).content.decode()
    assert thai.pk in hits(html) and languages_of(hits(html)) == {"th"}
    assert 'data-testid="expanded"' in html and "เชื้อโรค" in html
    # Only English items speak of wrists: a Thai reader gets them, tagged.
    html = client.get("/knowledge/search/", {"q": "wrists"}).content.decode()
    found = hits(html)
    assert english.pk in found and languages_of(found) == {"en"}
    assert html.count('data-testid="item-language">English</span>') == len(found)
    assert f'<a href="/knowledge/{thai.pk}/" lang="th" hreflang="th"' in html
    # An English reader searching the same gets the English items, untagged.
    html = client.get("/en/knowledge/search/", {"q": "wrists"}).content.decode()
    assert hits(html) == found and 'data-testid="item-language"' not in html
    assert "ฉบับภาษาไทย" in html


def test_the_api_follows_accept_language(seeded):
    api = APIClient()
    thai = api.get("/api/v1/knowledge/items/", {"page_size": 100}).json()["results"]
    assert thai and {i["language"] for i in thai} == {"th"}
    washing = next(i for i in thai if i["title"] == HANDWASHING_TH)
    assert washing["other_version"]["title"] == HANDWASHING_EN
    assert washing["other_version"]["url"].endswith(f"/knowledge/{washing['other_version']['id']}/")
    english = api.get("/api/v1/knowledge/items/", HTTP_ACCEPT_LANGUAGE="en").json()["results"]
    assert english and {i["language"] for i in english} == {"en"}
    KnowledgeItem.objects.filter(language="en", topics__code="vaccination").delete()
    fallback = api.get(
        "/api/v1/knowledge/items/", {"topic": "vaccination"}, HTTP_ACCEPT_LANGUAGE="en"
    ).json()["results"]
    assert fallback and {i["language"] for i in fallback} == {"th"}
    hits = api.get("/api/v1/knowledge/search/", {"q": "ล้างมือ"}).json()["results"]
    assert hits and {h["language"] for h in hits} == {"th"}
    assert any(h["other_version"] for h in hits)
    hits = api.get("/api/v1/knowledge/search/", {"q": "germs"}, HTTP_ACCEPT_LANGUAGE="en").json()[
        "results"
    ]
    assert hits and {h["language"] for h in hits} == {"en"}


def test_self_check_suggestions_are_in_the_readers_language(client, seeded):
    questions = list(HLQuestion.objects.all())
    answers = {f"q{q.pk}": "1" if q.skill == "question" else "5" for q in questions}
    client.post("/en/knowledge/self-check/", {"audience": "public", **answers})
    listed = cards(client.get("/en/knowledge/self-check/result/").content.decode())
    assert listed and languages(listed) == {"en"}
    assert "True or fake health news? Check in 4 steps" in listed
    listed = cards(client.get("/knowledge/self-check/result/").content.decode())
    assert "ข่าวสุขภาพจริงหรือปลอม ตรวจได้ใน 4 ขั้น" in listed and languages(listed) == {"th"}


def test_list_pages_cost_the_same_few_queries(client, seeded, django_assert_max_num_queries):
    """Pinned (counted with the seeded hub): the language rule adds, per list, one existence check
    and one read of the other versions, whatever the list's length (and a list with nothing in the
    reader's language reads the other language's items). Before it: 4, 4, 4, 7 and 4. The search
    asks the index once more whether it has the query's compounds whole (search/query.py), and
    once for the titles and tags of its best matches, which it looks at again (search/rerank.py)."""
    pins = {
        "/knowledge/": 7,
        "/knowledge/topics/covid-prevention/": 6,
        "/en/knowledge/for/public/": 8,
        "/knowledge/search/?q=ล้างมือ": 11,
        "/api/v1/knowledge/items/": 6,
    }
    for url, most in pins.items():
        client.get(url)  # the session and the caches settle
        with django_assert_max_num_queries(most):
            assert client.get(url).status_code == 200
