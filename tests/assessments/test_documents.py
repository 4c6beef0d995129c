"""The certificate (A4) and the door poster (A5) as a shop owner prints them: drawn to pixels by
PDFium and read back from the PDF's text layer (helpers in tests/pdfpages.py)."""

import pytest
import zxingcpp

from tests.factories import answer_all, establishment
from tests.pdfpages import Page, breaks_between_words, pages
from tscplus.assessments import services
from tscplus.assessments.documents import certificate_pdf, name_size, verify_url
from tscplus.assessments.models import Certificate
from tscplus.core.thaidate import format_date
from tscplus.standards.models import StandardVersion

pytestmark = pytest.mark.usefixtures("geo")

# A long name as shops give them, and the words it is made of: a line may end only between two.
WORDS = (
    "ร้าน",
    "อาหาร",
    "ครัว",
    "คุณ",
    "ยาย",
    "สมศรี",
    "ข้าว",
    "มัน",
    "ไก่",
    "ประตู",
    "น้ำ",
    "สาขา",
    "เซ็นทรัล",
    "เวิลด์",
)
LONG_NAME = "".join(WORDS)
assert LONG_NAME == "ร้านอาหารครัวคุณยายสมศรีข้าวมันไก่ประตูน้ำสาขาเซ็นทรัลเวิลด์"

A4, A5 = (210, 297), (148, 210)


@pytest.fixture
def certificate(on_day):
    """A certificate issued on 6 December 2026 (B.E. 2569), valid until 6 December 2027 (2570),
    to a place with a long Thai name and an English one."""
    place = establishment(
        name_th=LONG_NAME, name_en="Grandma Somsri's Kitchen, Chicken Rice, Pratunam"
    )
    with on_day(2026, 12, 6):
        assessment = services.assessment_start(
            actor=place.owner,
            establishment=place,
            version=StandardVersion.objects.get(standard__code="tsc-food", status="active"),
        )
        answer_all(assessment)
        services.assessment_submit(actor=place.owner, assessment=assessment)
    return Certificate.objects.get()


@pytest.mark.parametrize(
    ("poster", "language", "size"),
    [(False, "th", A4), (True, "th", A5), (False, "en", A4), (True, "en", A5)],
)
def test_one_page_whose_frame_reaches_the_margins(certificate, poster, language, size):
    """Exactly one page of the paper's size, and the frame's ink reaches near all four edges:
    no more than 8 % of the page from each, yet at least 5 mm in (inside the margins a home
    printer cannot print)."""
    (page,) = pages(certificate_pdf(certificate, poster=poster, language=language))
    assert (round(page.width_mm), round(page.height_mm)) == size
    left, top, right, bottom = page.ink_box()
    width, height = size
    for gap, limit in (
        (left, width),
        (top, height),
        (width - right, width),
        (height - bottom, height),
    ):
        assert 5 <= gap <= 0.08 * limit, (gap, limit)


@pytest.mark.parametrize(("poster", "least_mm"), [(False, 40), (True, 45)])
def test_the_qr_code_is_big_enough_to_scan_from_a_metre(certificate, poster, least_mm):
    """The code decodes to the verification address, and its symbol (the finder patterns'
    outer corners, quiet zone left out) is at least 40 mm wide on the certificate and 45 mm on
    the poster: about 1.2 mm a module, which a phone camera resolves from a metre."""
    (page,) = pages(certificate_pdf(certificate, poster=poster))
    (code,) = zxingcpp.read_barcodes(page.image)
    assert code.text == verify_url(certificate)
    corners = code.position
    width_px = (
        (corners.top_right.x - corners.top_left.x) ** 2
        + (corners.top_right.y - corners.top_left.y) ** 2
    ) ** 0.5
    assert page.mm(width_px) >= least_mm


@pytest.mark.parametrize("poster", [False, True])
def test_dates_are_buddhist_era_with_no_western_year(certificate, poster):
    (page,) = pages(certificate_pdf(certificate, poster=poster))
    style = "short" if poster else "long"
    # The text outside the verification address (a random token could hold any digits).
    text = " ".join(line for line in page.lines() if "/v/" not in line)
    assert format_date(certificate.issued_at, style) in text  # 6 ธันวาคม 2569 / 6 ธ.ค. 2569
    assert format_date(certificate.expires_on, style) in text
    assert "2569" in text and "2570" in text
    assert "2026" not in text and "2027" not in text


@pytest.mark.parametrize("poster", [False, True])
def test_a_long_thai_name_breaks_only_between_words(certificate, poster):
    """The name's lines, read back from the text layer, end only between two of its words (no
    `word-break: break-all`: Pango breaks Thai at dictionary word boundaries)."""
    (page,) = pages(certificate_pdf(certificate, poster=poster))
    breaks = breaks_between_words(page, WORDS)
    # At its size the name takes two lines on both documents: one break, checked above to fall
    # between two of its words.
    assert len(breaks) == 1


def test_the_break_check_sees_a_line_ending_inside_a_word():
    """The check above fails on a name cut as `word-break: break-all` cuts it (at the line's
    end, whatever the word)."""
    cut = Page(
        image=None,
        text="ขอรับรองว่า\r\nร้านอาหารครัวคุณยายสมศรีข้าวมันไก่ประ\r\nตูน้ำสาขาเซ็นทรัลเวิลด์",
        width_mm=0,
        height_mm=0,
    )
    with pytest.raises(AssertionError, match="inside a word"):
        breaks_between_words(cut, WORDS)
    whole = Page(
        image=None,
        text="ร้านอาหารครัวคุณยายสมศรีข้าวมันไก่\r\nประตูน้ำสาขาเซ็นทรัลเวิลด์",
        width_mm=0,
        height_mm=0,
    )
    assert breaks_between_words(whole, WORDS) == [len("รนอหรครวคณยยสมศรขวมนก")]


def test_the_standard_and_its_version_are_shown(certificate):
    (page,) = pages(certificate_pdf(certificate))
    assert "ฉบับที่ 1" in page.text and certificate.number in page.text
    assert "TSC+" in page.text and "ผ่านเกณฑ์" in page.text  # the seal: our own mark


def test_name_sizes_step_down_with_length():
    assert name_size("ร้านทดสอบ") == "xl"
    assert name_size(LONG_NAME) == "l"  # 60 characters, 47 letters: its marks take no width
    assert name_size(LONG_NAME + "ชั้นสองโซนอาหารนานาชาติ") == "m"
    assert name_size(LONG_NAME * 2) == "s"
    assert name_size("ก" * 200) == "xs"  # the longest name a place can have
