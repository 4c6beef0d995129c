"""Draw the app's home-screen icons (the "TSC+" mark of the site's header: white on the header's
green) with Pillow, into tscplus/core/static/core/icons/. Run it again when the mark changes:

    .venv/bin/python scripts/make_icons.py

`icon-192.png` and `icon-512.png` fill their square (purpose "any"); `maskable-512.png` keeps the
mark inside the middle 80 % circle that a phone's mask never cuts (purpose "maskable")."""

from __future__ import annotations

from pathlib import Path

import fontpkg_sarabun
from PIL import Image, ImageDraw, ImageFont

GREEN = (0, 107, 63)  # --green of site.css
WHITE = (255, 255, 255)
OUT = Path(__file__).resolve().parents[1] / "tscplus" / "core" / "static" / "core" / "icons"
FONT = Path(fontpkg_sarabun.ROOT) / "files" / "Sarabun-Bold.ttf"


def draw(size: int, *, safe: float) -> Image.Image:
    """The mark on green, the text `safe` of the width wide at most (a fraction of the side)."""
    image = Image.new("RGB", (size, size), GREEN)
    pen = ImageDraw.Draw(image)
    text = "TSC+"
    points = size
    font = ImageFont.truetype(str(FONT), points)
    while pen.textlength(text, font=font) > size * safe:
        points -= 2
        font = ImageFont.truetype(str(FONT), points)
    box = pen.textbbox((0, 0), text, font=font, anchor="lt")
    width, height = box[2] - box[0], box[3] - box[1]
    pad = size * 0.06
    card = (
        (size - width) / 2 - pad,
        (size - height) / 2 - pad,
        (size + width) / 2 + pad,
        (size + height) / 2 + pad,
    )
    pen.rounded_rectangle(card, radius=size * 0.05, fill=WHITE)
    pen.text((size / 2, size / 2), text, font=font, fill=GREEN, anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    draw(192, safe=0.7).save(OUT / "icon-192.png", optimize=True)
    draw(512, safe=0.7).save(OUT / "icon-512.png", optimize=True)
    # A maskable icon's safe zone is a circle of 40 % radius: the card's corners stay inside it.
    draw(512, safe=0.5).save(OUT / "maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
