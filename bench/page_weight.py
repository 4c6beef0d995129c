"""What a phone downloads on a first visit (issue 15: the home page at most 100 KB): Debian's
Chromium at 390 x 844 with an empty cache opens each page; the bytes that came over the wire
(compressed bodies and headers, as Chromium's network panel counts them) are added up per page,
with the biggest files named so a regression says where it came from.

Run by `make bench` against its gunicorn (DJANGO_DEBUG off, static files compressed as in
service); `python -m bench.page_weight http://127.0.0.1:8000` measures any running server."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

PAGES = [("home page (Thai), first visit", "/", 100_000), ("home page (English)", "/en/", 100_000)]
PAGES += [("knowledge hub", "/knowledge/", None), ("registry of places", "/places/", None)]
PHONE = {"width": 390, "height": 844}


@dataclass
class Weight:
    name: str
    path: str
    bytes: int
    requests: int
    target: int | None
    largest: list[tuple[str, int]] = field(default_factory=list)


def _chromium() -> str:
    import shutil

    return shutil.which("chromium") or "/usr/bin/chromium"


def first_visit(base_url: str, path: str) -> tuple[int, list[tuple[str, int]]]:
    """Bytes transferred opening `path` with an empty cache, and each response's share."""
    from playwright.sync_api import sync_playwright

    sizes: dict[str, int] = {}
    urls: dict[str, str] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        context = browser.new_context(viewport=PHONE, is_mobile=True, device_scale_factor=2)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.on(
            "Network.requestWillBeSent",
            lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]),
        )
        cdp.on(
            "Network.loadingFinished",
            lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"])),
        )
        page.goto(base_url + path, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        page.wait_for_load_state("networkidle")
        browser.close()
    each = sorted(
        ((urls.get(rid, rid).removeprefix(base_url), n) for rid, n in sizes.items()),
        key=lambda x: -x[1],
    )
    return sum(sizes.values()), each


def measure(base_url: str) -> list[Weight]:
    weights = []
    for name, path, target in PAGES:
        total, each = first_visit(base_url, path)
        weights.append(Weight(name, path, total, len(each), target, each[:4]))
    return weights


def render(weights: list[Weight]) -> str:
    lines = [
        "",
        "## What a phone downloads (first visit, empty cache)",
        "",
        "Debian's Chromium at 390 x 844 opens each page against the same gunicorn; bytes over the",
        "wire as its network panel counts them (compressed bodies and headers).",
        "",
        "| page | path | transferred | requests | target | largest files |",
        "|---|---|---:|---:|---:|---|",
    ]
    for w in weights:
        goal = f"<= {w.target / 1000:.0f} KB" if w.target else "-"
        largest = ", ".join(f"`{u.split('?')[0]}` {n / 1000:.1f} KB" for u, n in w.largest)
        lines.append(
            f"| {w.name} | `{w.path}` | {w.bytes / 1000:.1f} KB | {w.requests} | {goal} | {largest} |"
        )
    return "\n".join(lines) + "\n"


def missed(weights: list[Weight]) -> list[Weight]:
    return [w for w in weights if w.target is not None and w.bytes > w.target]


if __name__ == "__main__":
    found = measure(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
    print(render(found))
    sys.exit(1 if missed(found) else 0)
