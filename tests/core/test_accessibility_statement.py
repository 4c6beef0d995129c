"""The accessibility statement, as Thai government sites publish one: in Thai at /accessibility/
with its date in the Buddhist Era, in English at /en/accessibility/."""

import pytest
from django.urls import reverse

from tscplus.core.views import ACCESSIBILITY_STATEMENT_DATE

pytestmark = pytest.mark.django_db


def test_thai_statement_says_what_is_met_how_it_is_tested_and_whom_to_tell(client):
    assert reverse("core:accessibility") == "/accessibility/"
    html = client.get("/accessibility/").content.decode()
    assert "<h1>ถ้อยแถลงการเข้าถึงได้</h1>" in html
    assert "WCAG) 2.1 ระดับ AA" in html and "axe-core" in html
    assert "ข้อจำกัดที่ทราบ" in html and "webmaster@anamai.mail.go.th" in html
    be_year = ACCESSIBILITY_STATEMENT_DATE.year + 543
    assert f"จัดทำเมื่อ {ACCESSIBILITY_STATEMENT_DATE.day} " in html and str(be_year) in html
    assert str(ACCESSIBILITY_STATEMENT_DATE.year) not in html.split("<main")[1].split("</main>")[0]


def test_english_statement(client):
    response = client.get("/en/accessibility/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Accessibility statement</h1>" in html
    assert "Web Content Accessibility Guidelines (WCAG) 2.1 at level AA" in html
    assert "Known gaps" in html and "Tell us about a problem" in html
