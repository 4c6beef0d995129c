"""Files sent as they are written: text lines gathered into blocks, and a ZIP archive compressed
into a stream that has no seek (zipfile then writes a data descriptor after each member), so a
download of any size keeps memory flat."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, cast

BLOCK = 64 * 1024  # bytes handed to a response (or a compressor) at a time


def blocks(lines: Iterable[str], size: int = BLOCK) -> Iterator[bytes]:
    """The lines as UTF-8 in blocks of about `size` bytes (a response or a compressor takes
    fewer, larger pieces than one per line)."""
    parts: list[str] = []
    length = 0
    for line in lines:
        parts.append(line)
        length += len(line)
        if length >= size:
            yield "".join(parts).encode()
            parts, length = [], 0
    if parts:
        yield "".join(parts).encode()


class _Sink:
    """Where zipfile writes: it keeps what was written until the response takes it. It has no
    tell() or seek(), so zipfile streams."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def zip_members(
    members: Iterable[tuple[str, Iterable[bytes]]],
    date_time: tuple[int, int, int, int, int, int],
) -> Iterator[bytes]:
    """The members (name, blocks) in one ZIP archive (deflated), written as it is sent."""
    sink = _Sink()
    # A writer without tell() or seek() is what zipfile streams to; its stub asks for a file.
    with zipfile.ZipFile(cast("IO[bytes]", sink), "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with archive.open(info, "w") as member:
                for block in data:
                    member.write(block)
                    if sink.parts:
                        yield sink.take()
            yield sink.take()
    yield sink.take()
