"""Photos people send (evidence in assessments, photos with ratings and complaints): checked by
decoding them, resized, and stripped of EXIF (GPS included) before anything is stored. A phone
photo of 4-12 MP becomes a JPEG of at most 1600 px on its long side.

Before anything is decoded, the header says how many pixels the picture has, and a picture above
`MAX_PIXELS` is refused: a flat PNG of 13,000 x 13,000 px is half a megabyte to send and 1.6 GB to
decode. The budget is the largest photo a phone takes at full resolution that still fits in 5 MB:
64 MP sensors (9248 x 6936 = 64.1 million pixels); 108 and 200 MP modes write files of 20 MB and
more, which the size limit refuses anyway. JPEGs are decoded at a reduced scale (JPEG's draft
mode), so only PNG and WebP ever take their full size in memory: at most 260 MB for 65 MP."""

from __future__ import annotations

import warnings
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 65_000_000
MAX_SIDE = 1600
FORMATS = {"JPEG", "PNG", "WEBP"}


def _too_many_pixels(pixels: int | None) -> ValidationError:
    if pixels is None:  # Pillow refused to open it at all: far above any budget
        message = _(
            "The photo has too many pixels (at most {limit} million). Send it at a lower "
            "resolution: a phone's normal setting is fine."
        ).format(limit=MAX_PIXELS // 1_000_000)
    else:
        message = _(
            "The photo has {pixels} million pixels; at most {limit} million are accepted. Send "
            "it at a lower resolution: a phone's normal setting is fine."
        ).format(pixels=round(pixels / 1_000_000), limit=MAX_PIXELS // 1_000_000)
    return ValidationError(message, code="too_many_pixels")


def photo_clean(upload: UploadedFile) -> ContentFile:
    """A clean JPEG made from the upload, or a ValidationError a person can act on."""
    if upload.size and upload.size > MAX_BYTES:
        raise ValidationError(
            _(
                "The photo is larger than 5 MB. Take it again at a lower size, or send a smaller copy."
            ),
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            # Pillow warns above 89 million pixels (and refuses above twice that): the budget
            # below is lower and says how many pixels there are, so its warning adds nothing.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as probe:  # reads the header only
                kind = probe.format
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels(width * height)
                probe.verify()
            if kind not in FORMATS:
                raise ValidationError(_("Send a JPEG, PNG or WebP photo."), code="format")
            upload.seek(0)
            with Image.open(upload) as img:
                # A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that is still larger than
                # what is kept: a fraction of the memory, the same picture.
                img.draft(None, (MAX_SIDE, MAX_SIDE))
                img.load()
                # Turn the picture upright first: the orientation lives in the EXIF we drop.
                clean = ImageOps.exif_transpose(img)
                clean.thumbnail((MAX_SIDE, MAX_SIDE))
                if clean.mode != "RGB":
                    clean = clean.convert("RGB")
                out = BytesIO()
                clean.save(out, "JPEG", quality=82, optimize=True)
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(None) from exc
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise ValidationError(
            _("This file is not a photo we can open. Send a JPEG, PNG or WebP photo."),
            code="not_image",
        ) from exc
    return ContentFile(out.getvalue(), name="photo.jpg")
