"""The report PDFs as readers download them from /reports/: the demo's monthly progress report
(corrected, with a summary above the indicators) and its half-year summary, drawn to pixels by
PDFium and read back from the text layer (helpers in tests/pdfpages.py)."""

import datetime

import pytest
from django.utils import translation

from tests.pdfpages import Page, pages, skeleton
from tscplus.accounts import demo as accounts_demo
from tscplus.accounts.selectors import user_by_email
from tscplus.indicators import demo as indicators_demo
from tscplus.indicators import services
from tscplus.indicators.models import Report
from tscplus.learning import demo as learning_demo

FEBRUARY = datetime.date(2022, 2, 1)  # FY 2565: the demo's monthly report and half-year summary
# The report's @page margins (indicators/report_pdf.html): the footer lives in the bottom one.
TOP_MARGIN_MM, BOTTOM_MARGIN_MM = 18, 20


@pytest.fixture
def demo(geo, on_day):
    """The demo's reports; February's monthly report is then corrected with a summary, so its
    first page holds the header, the correction and the summary before the indicators."""
    accounts_demo.load()
    learning_demo.load()
    indicators_demo.load()
    reporter = user_by_email("reporter@demo.tscplus.test")
    monthly = Report.objects.get(kind="monthly", period=FEBRUARY)
    with on_day(2022, 4, 1):
        services.report_correct(actor=reporter, report=monthly, note="แก้ไขผลที่ได้ของเดือน")
        services.report_narrative_save(
            actor=reporter,
            report=monthly,
            narrative="ดำเนินงานตามแผนครบทุกขั้นตอนของเดือน รวบรวมข้อมูลและจัดลำดับความสำคัญแล้ว "
            "พร้อมรายงานผลต่อผู้บริหารในการประชุมประจำเดือน",
        )
        services.report_submit(actor=reporter, report=monthly)
    with on_day(2022, 4, 2):
        services.report_publish(actor=user_by_email("approver@demo.tscplus.test"), report=monthly)


def download(client, kind: str) -> list[Page]:
    report = Report.objects.get(kind=kind, period=FEBRUARY)
    response = client.get(f"/reports/{report.pk}/pdf")
    assert response["Content-Type"] == "application/pdf"
    return pages(response.content)


def fill(page: Page) -> float:
    """How much of the page's text area holds the document: the height from the first to the
    last row with ink, as a share of the height between the top and bottom margins (the footer,
    in the bottom margin, is left out). The span, not the share of inked rows, because the
    spacing between lines and around headings belongs to the text it spaces: a full page of
    text inks only about half its rows, while a page holding one heading spans a few percent."""
    box = page.ink_box(top_mm=TOP_MARGIN_MM, bottom_mm=BOTTOM_MARGIN_MM)
    if box is None:
        return 0.0
    _left, top, _right, bottom = box
    return (bottom - top) / (page.height_mm - TOP_MARGIN_MM - BOTTOM_MARGIN_MM)


def headings() -> set[str]:
    with translation.override("th"):
        names = (
            "Summary",
            "Indicators",
            "Results of the plan",
            "The platform's own figures for the month",
            "Innovations",
        )
        return {skeleton(translation.gettext(name)) for name in names}


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(("kind", "least_pages"), [("monthly", 2), ("half_year", 3)])
def test_every_page_but_the_last_is_at_least_a_fifth_full(client, kind, least_pages):
    document = download(client, kind)
    assert len(document) >= least_pages  # enough content for a page break to matter
    for number, page in enumerate(document[:-1], start=1):
        assert (round(page.width_mm), round(page.height_mm)) == (210, 297)
        assert fill(page) >= 0.2, (number, fill(page))


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("kind", ["monthly", "half_year"])
def test_the_indicators_begin_on_the_first_page(client, kind):
    """The first page does not stop after the header and the summary: the first indicator
    starts below them and flows on to the next page."""
    first = download(client, kind)[0]
    assert "LO-1" in first.text


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("kind", ["monthly", "half_year"])
def test_no_page_ends_with_a_heading(client, kind):
    """A heading moves to the next page with what it heads: the last line of a page's text
    (before the footer) is never one of the report's headings."""
    titles = headings()
    for number, page in enumerate(download(client, kind), start=1):
        *body, _footer = page.lines()
        assert skeleton(body[-1]) not in titles, (number, body[-1])


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("kind", ["monthly", "half_year"])
def test_page_x_of_y_in_the_footer(client, kind):
    document = download(client, kind)
    for number, page in enumerate(document, start=1):
        footer = page.lines()[-1]
        assert footer.endswith(f"หน้า {number} จาก {len(document)}"), footer


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("kind", ["monthly", "half_year"])
def test_dates_are_buddhist_era_with_no_western_year(client, kind):
    text = "\n".join(page.text for page in download(client, kind))
    assert "2565" in text and "2564" in text  # the period, the dates, the months of the chart
    for year in ("2021", "2022", "2023"):
        assert year not in text
    assert "1 เม.ย. 2565" in text or "1 เมษายน 2565" in text or kind == "half_year"
