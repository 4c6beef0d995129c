"""A slow mobile link between the browser and the server, for the offline benchmarks (issue 17):
1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, shared by every connection as one phone's
link is. A TCP proxy shapes the bytes themselves, so what the page, its service worker and the
browser send all pay the same price (Chromium's own throttling applies per target and misses
the worker's requests). It also counts the bytes each way."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field

DOWN_BPS = 1_600_000
UP_BPS = 750_000
ROUND_TRIP_S = 0.150
CHUNK = 16 * 1024


@dataclass
class Link:
    """One direction of the phone's link: a rate, a one-way delay, and when it is free again."""

    bits_per_second: int
    delay_s: float
    busy_until: float = 0.0
    bytes: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def schedule(self, size: int) -> float:
        """When `size` bytes handed over now arrive at the other end."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.busy_until)
            self.busy_until = start + size * 8 / self.bits_per_second
            self.bytes += size
            return self.busy_until + self.delay_s


class Throttle:
    """`with Throttle(upstream_port) as proxy:` then browse http://127.0.0.1:{proxy.port}."""

    def __init__(self, upstream_port: int, port: int = 0) -> None:
        self.upstream_port = upstream_port
        self.port = port
        self.down = Link(DOWN_BPS, ROUND_TRIP_S / 2)
        self.up = Link(UP_BPS, ROUND_TRIP_S / 2)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()

    def __enter__(self) -> Throttle:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        def close() -> None:
            # Close every connection both ways: a server worker must not wait on a half-open one.
            for writer in self._writers:
                writer.close()
            self._loop.stop()

        self._loop.call_soon_threadsafe(close)
        self._thread.join(5)

    def reset_counts(self) -> None:
        self.down.bytes = self.up.bytes = 0

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", self.port)
        )
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(ROUND_TRIP_S)  # the handshake's round trip
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))
        await asyncio.gather(
            self._pipe(reader, up_writer, self.up), self._pipe(up_reader, writer, self.down)
        )

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: Link
    ) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                at, data = await queue.get()
                wait = at - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.ensure_future(deliver())
        try:
            while data := await reader.read(CHUNK):
                await queue.put((link.schedule(len(data)), data))
        except (ConnectionError, OSError):
            pass
        await queue.put((time.monotonic() + link.delay_s, b""))
        with contextlib.suppress(ConnectionError, OSError):
            await sender
