"""A stand-in for a phone camera's photo, for the offline benchmarks: 4000 x 3000, with detail at
every scale as a real scene has (noise summed over octaves, so its spectrum falls off as a
photograph's does), saved as a camera does (JPEG quality 90, about 3 MB). A flat or gradient
image would shrink to almost nothing and flatter the upload; white noise would be worse than
any real photo. Fixed seeds: every run uploads the same bytes."""

from __future__ import annotations

import io


def camera_photo(seed: int = 0, size: tuple[int, int] = (4000, 3000)) -> bytes:
    import random

    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    width, height = size
    scene = Image.new("RGB", size, (rng.randrange(90, 170),) * 3)
    for octave in range(2, 10):
        cells = 2**octave
        small = Image.frombytes(
            "RGB",
            (cells, max(1, cells * height // width)),
            rng.randbytes(cells * max(1, cells * height // width) * 3),
        )
        layer = small.resize(size, Image.Resampling.BICUBIC)
        scene = Image.blend(scene, layer, 0.5 / (1 + octave * 0.15))
    scene = ImageChops.multiply(
        scene, scene.filter(ImageFilter.GaussianBlur(3)).point(lambda v: 128 + v // 2)
    )
    out = io.BytesIO()
    scene.save(out, "JPEG", quality=90)
    return out.getvalue()


if __name__ == "__main__":
    from PIL import Image

    for seed in range(3):
        data = camera_photo(seed)
        image = Image.open(io.BytesIO(data))
        for edge, quality in ((1280, 70), (1024, 60), (1024, 50)):
            copy = image.copy()
            copy.thumbnail((edge, edge))
            shrunk = io.BytesIO()
            copy.save(shrunk, "JPEG", quality=quality)
            print(
                seed,
                len(data) // 1024,
                "KB ->",
                edge,
                quality,
                len(shrunk.getvalue()) // 1024,
                "KB",
            )
