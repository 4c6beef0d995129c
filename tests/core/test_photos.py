"""Photos above the pixel budget are refused from their header, before anything is decoded: in the
service, on the rating page and in the API."""

import time
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import establishment, image_upload
from tscplus.core.photos import MAX_PIXELS, MAX_SIDE, photo_clean
from tscplus.voice.models import Rating

FIVES = dict.fromkeys(("cleanliness", "distancing", "hygiene", "staff", "overall"), 5)


def flat_png(width: int, height: int) -> SimpleUploadedFile:
    """A real PNG of one flat colour: a few hundred kilobytes for a huge picture (1 bit a pixel
    while it is made, so the test itself stays small)."""
    out = BytesIO()
    Image.new("1", (width, height), 1).save(out, "PNG")
    return SimpleUploadedFile("flat.png", out.getvalue(), content_type="image/png")


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """The attack's picture: 13,000 x 13,000 px (169 million pixels) in well under 1 MB."""
    return flat_png(13_000, 13_000).read()


def upload(data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("flat.png", data, content_type="image/png")


def test_the_attack_picture_is_refused_from_its_header(bomb):
    assert len(bomb) < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ValidationError) as exc:
        photo_clean(upload(bomb))
    # Decoding it takes 1.6 GB and seconds; reading its header, a moment.
    assert time.perf_counter() - started < 2
    assert exc.value.code == "too_many_pixels"
    assert "169" in exc.value.messages[0] and "65" in exc.value.messages[0]


def test_nothing_is_decoded_before_the_refusal(bomb):
    """The same picture cut off inside its pixel data: decoding it would fail ("not a photo we
    can open"); the refusal comes from the header alone."""
    cut = bomb[: bomb.index(b"IDAT") + 64]
    with pytest.raises(ValidationError) as exc:
        photo_clean(upload(cut))
    assert exc.value.code == "too_many_pixels"
    with pytest.raises(ValidationError) as exc:
        photo_clean(upload(flat_png(100, 100).read()[:-40]))  # a small one, cut off, is decoded
    assert exc.value.code == "not_image"


def test_just_over_the_budget_is_refused_and_beyond_pillows_own_limit_too():
    side = int(MAX_PIXELS**0.5) + 1
    with pytest.raises(ValidationError) as exc:
        photo_clean(flat_png(side, side))
    assert exc.value.code == "too_many_pixels"
    # Pillow itself refuses to open 182 million pixels: the answer is the same, not "not a photo".
    with pytest.raises(ValidationError) as exc:
        photo_clean(flat_png(13_500, 13_500))
    assert exc.value.code == "too_many_pixels"


def test_a_full_resolution_phone_photo_within_the_budget_is_kept():
    # A 64 MP sensor's photo (9248 x 6936): grey, so that the test stays light.
    out = BytesIO()
    Image.new("L", (9248, 6936), 128).save(out, "JPEG", quality=70)
    assert len(out.getvalue()) < 5 * 1024 * 1024
    cleaned = photo_clean(SimpleUploadedFile("big.jpg", out.getvalue(), content_type="image/jpeg"))
    with Image.open(cleaned) as kept:
        assert max(kept.size) == MAX_SIDE and kept.format == "JPEG"


@pytest.mark.usefixtures("geo")
class TestWhereItIsSent:
    def test_the_rating_page_says_so_in_the_readers_language(self, client, bomb):
        place = establishment()
        url = f"/places/{place.public_id}/rate/"
        response = client.post(url, {**FIVES, "photo": upload(bomb)})
        assert response.status_code == 200
        assert "169 ล้านพิกเซล" in response.content.decode()
        response = client.post(f"/en{url}", {**FIVES, "photo": upload(bomb)})
        assert "169 million pixels" in response.content.decode()
        assert not Rating.objects.exists()
        client.post(url, {**FIVES, "photo": image_upload()})
        assert Rating.objects.get().photo

    def test_the_api_answers_400_in_its_error_shape(self, client, bomb):
        place = establishment()
        url = f"/api/v1/establishments/{place.public_id}/ratings/"
        response = client.post(url, {**FIVES, "photo": upload(bomb)}, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 400
        assert "169 million pixels" in response.json()["errors"]["photo"][0]
        assert not Rating.objects.exists()
