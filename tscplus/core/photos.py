"""Photos people send (evidence in assessments, photos with ratings and complaints): checked by
decoding them, resized, and stripped of EXIF (GPS included) before anything is stored. A phone photo of 4-12 MP becomes a JPEG of at most 1600 px on its long side."""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 1600
FORMATS = {"JPEG", "PNG", "WEBP"}


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
        upload.seek(0)
        with Image.open(upload) as probe:
            kind = probe.format
            probe.verify()
        if kind not in FORMATS:
            raise ValidationError(_("Send a JPEG, PNG or WebP photo."), code="format")
        upload.seek(0)
        with Image.open(upload) as img:
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
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as exc:
        raise ValidationError(
            _("This file is not a photo we can open. Send a JPEG, PNG or WebP photo."),
            code="not_image",
        ) from exc
    return ContentFile(out.getvalue(), name="photo.jpg")
