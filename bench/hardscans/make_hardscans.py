"""Seeded hard scans (skew, keystone, fax/JPEG, speckle, streaks, stamp, scribble, rotation) of letter texts.

Pages are made in memory at bench time (`hard_pages`, `clean_pages`); run this file to write them
to a folder for inspection. Degradations are built on top of `parlbrief.synth`'s clean page drawing.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from parlbrief.synth import LetterStyle, layout_pages, render_scan_images, split_pages, wrap_lines  # noqa: E402
from parlbrief.synth_layout import PAGE_HEIGHT, PAGE_WIDTH, font_path  # noqa: E402
from parlbrief.synth_scan import draw_page  # noqa: E402

log = logging.getLogger(__name__)

FIXTURES = ROOT / "tests" / "fixtures"
GOLD = ROOT / "tests" / "gold"
DRAW_DPI = 300
STAMP_LINES = ("EINGEGANGEN", "12. MRZ 2024")
HELD_OUT_SHARE = 0.3  # letters whose id hashes below this share are never used for tuning


@dataclass(frozen=True)
class HardLook:
    """One seeded combination of degradations."""

    skew_deg: float  # rotation of the sheet on the glass
    keystone: float  # top edge narrower than the bottom by this share of the width
    mode: str  # "fax150": 150 dpi 1-bit; "jpeg200": 200 dpi JPEG quality 40
    speckle: float  # share of pixels flipped to black dots
    streaks: int  # vertical dirty-glass streaks
    stamp: bool
    scribble: bool
    rotation: int  # 0, 90, 180, 270: page fed sideways or upside down (counter-clockwise)


@dataclass
class BenchPage:
    """One page image with its gold text."""

    name: str
    letter: str
    split: str  # "dev" or "heldout"
    image: Image.Image
    dpi: int
    gold: str
    look: HardLook | None = None


def letter_texts() -> dict[str, str]:
    """Letter id → clean text: the seed fixtures plus every gold letter that has a clean.txt."""
    texts = {"000": (FIXTURES / "000_f40aa334bcd0e282.clean.txt").read_text(encoding="utf-8"),
             "003": (FIXTURES / "003_9e91ae5cd01a6718.txt").read_text(encoding="utf-8")}
    for clean in sorted(GOLD.glob("*/clean.txt")):
        texts[clean.parent.name] = clean.read_text(encoding="utf-8")
    return texts


def wrapped(text: str, style: LetterStyle) -> str:
    """Paragraphs kept as one long line (like the SPD seed) wrapped to the column, as a printer would."""
    return "\f".join("\n".join(wrap_lines(page, style)[0]) for page in split_pages(text))


def split_of(letter: str) -> str:
    """Stable split from the letter id's hash, so adding letters never moves old ones."""
    share = int(hashlib.sha256(letter.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "heldout" if share < HELD_OUT_SHARE else "dev"


def draw_look(rng: np.random.Generator) -> HardLook:
    """Draw one combination; every page gets skew and a low-resolution mode, the rest vary."""
    return HardLook(
        skew_deg=round(float(rng.uniform(1.5, 3.0) * rng.choice([-1, 1])), 2),
        keystone=round(float(rng.uniform(0.0, 0.012)), 4),
        mode=str(rng.choice(["fax150", "jpeg200"])),
        speckle=round(float(rng.choice([0.0, 0.0008, 0.002])), 4),
        streaks=int(rng.choice([0, 1, 2])),
        stamp=bool(rng.random() < 0.7),
        scribble=bool(rng.random() < 0.6),
        rotation=int(rng.choice([0, 0, 0, 0, 90, 180, 270])),
    )


def _font(px: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path("sans", bold)), px)


def add_stamp(page: Image.Image, rng: np.random.Generator) -> None:
    """A framed receipt stamp in the top-right margin corner, a few degrees off, in light ink."""
    px = DRAW_DPI / 72
    stamp = Image.new("L", (int(120 * px), int(44 * px)), 0)
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((2, 2, stamp.width - 3, stamp.height - 3), outline=255, width=int(1.5 * px))
    draw.text((stamp.width / 2, 15 * px), STAMP_LINES[0], font=_font(int(12 * px)), fill=255, anchor="mm")
    draw.text((stamp.width / 2, 32 * px), STAMP_LINES[1], font=_font(int(11 * px)), fill=255, anchor="mm")
    stamp = stamp.rotate(float(rng.uniform(2, 8) * rng.choice([-1, 1])), expand=True, resample=Image.Resampling.BICUBIC)
    x = int((PAGE_WIDTH - 128 - rng.uniform(0, 12)) * px)
    y = int(rng.uniform(2, 10) * px)
    ink = Image.new("L", stamp.size, int(rng.integers(60, 120)))  # colour ink → mid gray
    page.paste(ink, (x, y), stamp)


def add_scribble(page: Image.Image, rng: np.random.Generator) -> None:
    """A ballpoint squiggle (margin note / initials) in the left margin."""
    px = DRAW_DPI / 72
    x0 = rng.uniform(8, 30) * px
    y0 = rng.uniform(200, PAGE_HEIGHT - 150) * px
    t = np.linspace(0, 1, 80)
    xs = x0 + t * 45 * px
    ys = y0 + np.sin(t * rng.uniform(10, 18)) * 9 * px + t * rng.uniform(-15, 15) * px
    ImageDraw.Draw(page).line(list(zip(xs.tolist(), ys.tolist())), fill=40, width=int(1.2 * px))


def keystone(page: Image.Image, amount: float) -> Image.Image:
    """Perspective: the top edge shrinks by `amount` of the width (book-edge / copier lid lift)."""
    if amount <= 0:
        return page
    w, h = page.size
    d = amount * w / 2
    quad = (-d, 0, -0.0, h, w, h, w + d, 0)  # source corners UL, LL, LR, UR
    return page.transform(page.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=255)


def add_streaks(pixels: np.ndarray, count: int, rng: np.random.Generator) -> None:
    """Vertical dirty-glass streaks: a few columns darkened along the whole page."""
    for _ in range(count):
        x = int(rng.integers(0, pixels.shape[1] - 4))
        width = int(rng.integers(1, 4))
        pixels[:, x:x + width] *= float(rng.uniform(0.35, 0.7))


def add_speckle(pixels: np.ndarray, share: float, rng: np.random.Generator) -> None:
    if share > 0:
        mask = rng.random(pixels.shape) < share
        pixels[mask] = rng.uniform(0, 90, int(mask.sum()))


def degrade_hard(page: Image.Image, look: HardLook, rng: np.random.Generator) -> tuple[Image.Image, int]:
    """Apply a HardLook to a clean 300 dpi page; returns the image and its dpi."""
    if look.stamp:
        add_stamp(page, rng)
    if look.scribble:
        add_scribble(page, rng)
    if look.rotation:  # fed sideways or upside down: the scanner's own marks stay in its frame
        page = page.rotate(look.rotation, expand=True)
    page = keystone(page, look.keystone)
    page = page.rotate(look.skew_deg, resample=Image.Resampling.BICUBIC, fillcolor=250)
    pixels = np.asarray(page, dtype=np.float32) * 0.96 + 6.0  # paper never pure white
    pixels += rng.normal(0, 7, pixels.shape).astype(np.float32)
    add_streaks(pixels, look.streaks, rng)
    add_speckle(pixels, look.speckle, rng)
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L").filter(ImageFilter.GaussianBlur(0.8))
    dpi = 150 if look.mode == "fax150" else 200
    page = page.resize((round(page.width * dpi / DRAW_DPI), round(page.height * dpi / DRAW_DPI)),
                       Image.Resampling.BILINEAR)
    if look.mode == "fax150":
        page = page.point(lambda v: 255 if v > 150 else 0).convert("1").convert("L")
    else:
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=40)
        page = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return page, dpi


def hard_pages(seed: int = 8, letters: dict[str, str] | None = None, limit: int | None = None) -> Iterator[BenchPage]:
    """Every page of every letter as a hard scan; page k of letter L uses the stream (seed, L, k)."""
    texts = letters if letters is not None else letter_texts()
    style = LetterStyle()
    for count, (letter, text) in enumerate(texts.items()):
        if limit is not None and count >= limit:
            return
        key = int(hashlib.sha256(letter.encode()).hexdigest()[:6], 16)
        for number, lines in enumerate(layout_pages(wrapped(text, style), style), start=1):
            rng = np.random.default_rng([seed, key, number])
            look = draw_look(rng)
            clean = draw_page(lines, style, DRAW_DPI)
            image, dpi = degrade_hard(clean, look, rng)
            gold = "\n".join(line.text for line in lines)
            yield BenchPage(f"{letter}-p{number}", letter, split_of(letter), image, dpi, gold, look)


def clean_pages(seed: int = 8, letters: dict[str, str] | None = None, limit: int | None = None) -> Iterator[BenchPage]:
    """The same letters as ordinary office scans (synth defaults: 300 dpi, skew ≤ 1.2°)."""
    texts = letters if letters is not None else letter_texts()
    style = LetterStyle()
    for count, (letter, text) in enumerate(texts.items()):
        if limit is not None and count >= limit:
            return
        text = wrapped(text, style)
        images = render_scan_images(text, seed=seed, dpi=300, style=style)
        for number, (image, lines) in enumerate(zip(images, layout_pages(text, style)), start=1):
            gold = "\n".join(line.text for line in lines)
            yield BenchPage(f"{letter}-p{number}", letter, split_of(letter), image, 300, gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--limit", type=int, default=None, help="first N letters only")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    index = []
    for page in hard_pages(args.seed, limit=args.limit):
        page.image.save(args.out / f"{page.name}.png", dpi=(page.dpi, page.dpi))
        (args.out / f"{page.name}.gt.txt").write_text(page.gold, encoding="utf-8")
        index.append({"name": page.name, "split": page.split, "dpi": page.dpi, "look": asdict(page.look)})
    (args.out / "index.json").write_text(json.dumps(index, indent=1), encoding="utf-8")
    print(f"{len(index)} pages in {args.out}")


if __name__ == "__main__":
    main()
