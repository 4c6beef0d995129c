"""No Western year next to a date on any page a Thai reader sees (issue 15, item 7).

The demo is loaded at a fixed day (6 Dec 2026, B.E. 2569); every demo role signs in and reads,
in Thai, its menu pages and every page they link to (one step on, same site, no downloads). The
visible text (the text between tags and the values shown in text inputs, never scripts, styles,
hidden inputs or attributes such as links) is searched for a year of the Western era written
*as part of a date*: 6/12/2026, 2026-12-06, ธ.ค. 2026, December 2026, ปี 2026, ค.ศ. 2026.
A four-digit number alone is not a year (a count, an id, a certificate number such as
TSC-2569-000012 or a phone number): only those shapes are searched, so they cannot raise a false
alarm, and B.E. years (25xx) never match the 20xx searched for."""

from __future__ import annotations

import csv
import datetime
import io
import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

from tscplus.accounts.demo import DEMO_USERS
from tscplus.accounts.models import User
from tscplus.core import clock

DEMO_DAY = datetime.date(2026, 12, 6)

_YEAR = r"(?:19|20)\d\d"
_MONTHS = (
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    r"|พฤศจิกายน|ธันวาคม"
    r"|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
WESTERN_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}\b"  # 6/12/2026, 06-12-2026
    rf"|\b{_YEAR}-\d\d(?:-\d\d)?\b"  # 2026-12-06, 2026-12
    rf"|(?:{_MONTHS})\s*{_YEAR}\b"  # ธ.ค. 2026, December 2026
    rf"|(?:ปี|ปีงบประมาณ|พ\.ศ\.|ค\.ศ\.|FY)\s*{_YEAR}\b"  # ปี 2026, FY 2027
)

SKIP = ("/admin/", "/api/", "/accounts/logout", "/en/", "/static/", "/media/", "/i18n/")
# The browser draws these in its own calendar (Western in Chromium whatever the page's language).
NATIVE_PICKERS = ("date", "datetime-local", "month", "week")
DOWNLOADS = (".csv", ".xlsx", ".pdf", ".json", ".jsonld", ".png", ".svg", ".zip", "/export")


class _Visible(HTMLParser):
    """The text a reader sees: text nodes (not in script or style) and text inputs' values."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.links: list[str] = []
        self.pickers: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style", "template"):
            self._hidden += 1
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        elif tag in ("input", "textarea") and a.get("type") not in ("hidden", "submit"):
            self.parts.append(a.get("value") or "")
            if a.get("type") in NATIVE_PICKERS:
                self.pickers.append(a.get("name") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def western_dates(html: str) -> list[str]:
    """Each Western-era date in the visible text of a page, with a little context."""
    parser = _Visible()
    parser.feed(html)
    pickers = [f"native date picker {name!r}" for name in parser.pickers]
    return pickers + western_dates_in_text(" ".join(parser.parts))


def western_dates_in_text(text: str) -> list[str]:
    text = " ".join(text.split())
    return [text[max(0, m.start() - 30) : m.end() + 10] for m in WESTERN_DATE.finditer(text)]


def _links(html: str) -> list[str]:
    parser = _Visible()
    parser.feed(html)
    return parser.links


def _readable(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path
    return (
        not parts.netloc
        and path.startswith("/")
        and not any(s in path for s in SKIP)
        and not path.endswith(DOWNLOADS)
        and path.rstrip("/").rsplit("/", 1)[-1] not in ("pdf", "xlsx", "csv", "json", "poster")
        and "/export" not in path
    )


def test_the_shapes_searched_are_dates_and_not_numbers():
    assert western_dates("<p>ตรวจเมื่อ 4 ธ.ค. 2026</p>")
    assert western_dates('<input type="text" value="04/12/2026">')
    assert western_dates("<td>2026-12-04</td>")
    assert western_dates("<p>ปีงบประมาณ 2027</p>")
    assert not western_dates("<p>ตรวจเมื่อ 4 ธ.ค. 2569 · 04/12/2569 · ปีงบประมาณ 2570</p>")
    assert not western_dates("<p>TSC-2026-000012 · 2026 ร้าน · โทร 02 590 2026</p>")
    assert not western_dates('<script>let d = "2026-12-04"</script><a href="?m=2026-12">x</a>')
    assert not western_dates('<input type="hidden" value="2026-12-04">')


def _shape(url: str) -> str:
    """A URL with its numbers and tokens blurred: pages of one shape share a template."""
    parts = urlsplit(url)
    keys = sorted(k.split("=")[0] for k in parts.query.split("&") if k)
    path = re.sub(r"[0-9A-Za-z_-]*\d[0-9A-Za-z_-]*|[A-Za-z_-]{20,}", "N", parts.path)
    return path + "?" + "&".join(keys)


def _crawl(client, start: list[str]) -> dict[str, list[str]]:
    """Read the pages reachable from `start` (two of each shape, 250 at most): each page's
    Western dates, by URL."""
    found: dict[str, list[str]] = {}
    shapes: dict[str, int] = {}
    seen: set[str] = set()
    queue = [u for u in start if _readable(u)]
    while queue and len(seen) < 250:
        url = urldefrag(queue.pop(0)).url
        shape = _shape(url)
        if url in seen or shapes.get(shape, 0) >= 2:
            continue
        seen.add(url)
        shapes[shape] = shapes.get(shape, 0) + 1
        page = client.get(url, follow=True)
        if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
            continue
        html = page.content.decode()
        if hits := western_dates(html):
            found[url] = hits
        queue.extend(u for u in _links(html) if _readable(u) and u not in seen)
    return found


@pytest.mark.usefixtures("geo")
def test_no_page_shows_a_thai_reader_a_western_year(
    settings, client, django_capture_on_commit_callbacks
):
    settings.DEBUG = True
    with clock.fixed_at(DEMO_DAY), django_capture_on_commit_callbacks(execute=True):
        call_command("demo")
    found: dict[str, list[str]] = {}
    with clock.fixed_at(DEMO_DAY):
        for email in [u for u, *_rest in DEMO_USERS]:
            client.force_login(User.objects.get(email=email))
            menu = [url for url, _label in client.get("/").context["nav_items"]]
            for url, hits in _crawl(client, ["/", *menu]).items():
                found[f"{email} {url}"] = hits
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def _file_text(response) -> str:
    """What a reader sees in a downloaded file: CSV cells, XLSX cells (a date cell is shown by
    the program in its own calendar, Western in most, so it counts as a Western date) and the
    text of a PDF's pages."""
    import openpyxl
    import pypdfium2

    kind = response["Content-Type"]
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if "csv" in kind:
        return " ".join(" ".join(row) for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    if "sheet" in kind:
        book = openpyxl.load_workbook(io.BytesIO(data))
        values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
        return " ".join(
            f"{v:%d/%m/%Y}" if isinstance(v, datetime.date) else str(v)
            for v in values
            if v is not None
        )
    assert "pdf" in kind, kind
    pdf = pypdfium2.PdfDocument(data)
    return " ".join(page.get_textpage().get_text_range() for page in pdf)


def _files_of(client, email: str) -> list[str]:
    """The files each demo role downloads: the officers' exports, the knowledge inventory, the
    reports (Excel and PDF) and the certificate and door poster."""
    from tscplus.assessments.models import Certificate
    from tscplus.indicators.models import Report

    if email.startswith("officer"):
        datasets = ("establishments", "assessments", "inspections", "complaints")
        return [f"/officer/export/{d}.{fmt}" for d in datasets for fmt in ("csv", "xlsx")]
    if email.startswith("reporter"):
        published = Report.objects.exclude(first_published_at=None).order_by("period")
        reports = [f"/reports/{r.pk}/{fmt}" for r in published[:1] for fmt in ("xlsx", "pdf")]
        return ["/learning/inventory/export.csv", "/learning/inventory/export.xlsx", *reports]
    if email.startswith("operator"):
        certificate = Certificate.objects.filter(
            status="valid", establishment__owner__email=email
        ).first()
        assert certificate is not None, "the demo operator has a certificate in force"
        return [f"/my/certificates/{certificate.number}/{k}.pdf" for k in ("certificate", "poster")]
    return []


@pytest.mark.usefixtures("geo")
def test_no_file_gives_a_thai_reader_a_western_year(
    settings, client, django_capture_on_commit_callbacks
):
    """Exports, reports and certificates downloaded in Thai. The open-data files are machine
    data, ISO 8601 by design (see docs/decisions.md), and are not read here."""
    settings.DEBUG = True
    with clock.fixed_at(DEMO_DAY), django_capture_on_commit_callbacks(execute=True):
        call_command("demo")
    found: dict[str, list[str]] = {}
    read = 0
    with clock.fixed_at(DEMO_DAY):
        for email in [u for u, *_rest in DEMO_USERS]:
            client.force_login(User.objects.get(email=email))
            for url in _files_of(client, email):
                response = client.get(url)
                assert response.status_code == 200, (email, url)
                read += 1
                if hits := western_dates_in_text(_file_text(response)):
                    found[f"{email} {url}"] = hits
                name = response.get("Content-Disposition", "")
                if re.search(rf"[-_]{_YEAR}-\d\d", name):
                    found[f"{email} {url} (file name)"] = [name]
    assert read == 14, read
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
