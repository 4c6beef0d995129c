"""Uploaded files are never served from /media/ (deploy.md keeps it out of the web server): each
app serves its files through a view that checks who asks, then answers with `serve_stored`."""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404

# Shown in the browser; anything else (Excel, Word) is downloaded. SVG is only ever our own
# drawing (the seeded infographics): uploaded images are re-encoded to JPEG, and the
# Content-Security-Policy of every answer forbids script in it anyway.
INLINE_TYPES = {"application/pdf", "image/jpeg", "image/png", "image/webp", "image/svg+xml"}


def serve_stored(file: FieldFile, *, name: str, public: bool) -> FileResponse:
    """The stored file, named `name` plus its extension (Thai names kept, sent as RFC 6266
    `filename*`); cached by shared caches only when anyone may read it."""
    # A FieldFile is false without a name; its name is asked too, for the type checker.
    if not file or not file.name:
        raise Http404("file")
    extension = PurePosixPath(file.name).suffix.lower()
    content_type = mimetypes.guess_type(f"x{extension}")[0] or "application/octet-stream"
    try:
        handle = file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("file") from exc
    safe_name = "".join(c for c in name if c not in '\\/:*?"<>|\r\n').strip()[:120] or "file"
    if not safe_name.lower().endswith(extension):
        safe_name += extension
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=content_type not in INLINE_TYPES,
        filename=safe_name,
    )
    # Public files briefly (an item can be archived or its image replaced); the others never
    # stay in a shared computer's browser cache after the person has gone.
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
