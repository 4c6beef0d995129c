"""Files an owner sends to officers (an appeal's evidence): a photo or a PDF, nothing else, checked
by what the file holds, not by its name. Photos go through the same check as every photo people
send (`core.photos.photo_clean`: decoded, resized, EXIF and location dropped); a PDF must open."""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from tscplus.core.photos import photo_clean

MAX_PDF_BYTES = 10 * 1024 * 1024
PHOTO_HEADS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF")


def evidence_clean(upload: UploadedFile[bytes]) -> File[bytes]:
    """The file to keep (a photo re-encoded as JPEG, or the PDF as sent), or a ValidationError a
    person can act on."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return _pdf_checked(upload)
    if head.startswith(PHOTO_HEADS):
        return photo_clean(upload)
    raise ValidationError(
        _("Send a photo (JPEG, PNG or WebP) or a PDF document."), code="evidence_type"
    )


def _pdf_checked(upload: UploadedFile[bytes]) -> File[bytes]:
    import pypdfium2

    if upload.size and upload.size > MAX_PDF_BYTES:
        raise ValidationError(
            _("The PDF is larger than 10 MB. Send a smaller copy."), code="too_large"
        )
    data = upload.read()
    upload.seek(0)
    try:
        pypdfium2.PdfDocument(BytesIO(data)).close()
    except pypdfium2.PdfiumError as exc:
        raise ValidationError(
            _("This PDF cannot be read. Is it damaged?"), code="unreadable"
        ) from exc
    return ContentFile(data, name="evidence.pdf")
