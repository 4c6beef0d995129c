"""Files an owner sends to officers (a correction's or an appeal's evidence): a photo or a PDF,
nothing else. Photos go through the same check as every photo people send
(`core.photos.photo_clean`: decoded, re-encoded, EXIF and location dropped); a PDF must be one and
open. One check for both, refusing on the `evidence` field with a message a person can act on."""

from __future__ import annotations

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from tscplus.core.photos import photo_clean

MAX_PDF_BYTES = 10 * 1024 * 1024
PHOTO_HEADS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF")
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")


def evidence_clean(upload: UploadedFile[bytes]) -> File[bytes]:
    """The file to keep (a photo re-encoded as JPEG, or the PDF as sent), or a ValidationError
    on `evidence`. Read by what the file holds as well as by its name: a ".pdf" that is not one,
    or a ".jpg" that does not open, is refused for what it is."""
    try:
        return _checked(upload)
    except ValidationError as exc:
        raise ValidationError({"evidence": exc.messages}) from exc


def _checked(upload: UploadedFile[bytes]) -> File[bytes]:
    name = (upload.name or "").lower()
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-") or name.endswith(".pdf"):
        return _pdf_checked(upload, head)
    if head.startswith(PHOTO_HEADS) or name.endswith(PHOTO_EXTENSIONS):
        return photo_clean(upload)
    raise ValidationError(
        _("Send a photo (JPEG, PNG or WebP) or a PDF document."), code="evidence_type"
    )


def _pdf_checked(upload: UploadedFile[bytes], head: bytes) -> File[bytes]:
    import pypdfium2

    if not head.startswith(b"%PDF-"):
        raise ValidationError(_("This file is not a PDF."), code="not_pdf")
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
