"""Where uploaded files live: the disk (`MEDIA_ROOT`, the default, for one machine) or an
S3-compatible object store that every web machine shares, chosen by one variable:

    OBJECT_STORE_URL=s3://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[/prefix][?region=ap-southeast-1]

`s3://` speaks HTTPS to the store, `s3+http://` plain HTTP (a store on the same private network
or on loopback). Keys are percent-encoded where they hold `/`, `:` or `@`. Objects are private:
the platform never hands out a link to the store, and each file is served by a view that checks
who asks (core/files.py). `tscplus media_move` copies existing files from one to the other."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
DISK_BACKEND = "django.core.files.storage.FileSystemStorage"
# A file read from the store is held in memory up to this size, then in a temporary file.
SPOOL_BYTES = 2 * 1024 * 1024


def object_store(url: str) -> dict[str, Any]:
    """The STORAGES entry for the store at `url`; ImproperlyConfigured, saying what is wrong,
    for a URL that does not name one."""
    parts = urlsplit(url)
    if parts.scheme not in ("s3", "s3+http"):
        raise ImproperlyConfigured(
            "OBJECT_STORE_URL must start with s3:// (HTTPS) or s3+http:// (plain HTTP)"
        )
    bucket, _, prefix = parts.path.lstrip("/").partition("/")
    if not (parts.hostname and parts.username and parts.password and bucket):
        raise ImproperlyConfigured(
            "OBJECT_STORE_URL must name the keys, the host and the bucket: "
            "s3://ACCESS_KEY:SECRET_KEY@host[:port]/bucket[/prefix]"
        )
    query = parse_qs(parts.query)
    protocol = "http" if parts.scheme == "s3+http" else "https"
    port = f":{parts.port}" if parts.port else ""
    return {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            "endpoint_url": f"{protocol}://{parts.hostname}{port}",
            "access_key": unquote(parts.username),
            "secret_key": unquote(parts.password),
            "bucket_name": bucket,
            "location": prefix.strip("/"),
            "region_name": query.get("region", ["us-east-1"])[0],
            "addressing_style": "path",
            "signature_version": "s3v4",
            # Private objects, never overwritten (a second upload of the same name gets a new
            # one, as on the disk), never reached by a link of their own.
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
            "max_memory_size": SPOOL_BYTES,
        },
    }


def disk() -> dict[str, Any]:
    return {"BACKEND": DISK_BACKEND}


def uploads(url: str) -> dict[str, Any]:
    """The default storage: the object store when OBJECT_STORE_URL is set, else the disk."""
    return object_store(url) if url else disk()
