"""Render letter pages to grayscale images and degrade them like an office scanner, from a seed."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parlbrief.synth_layout import PAGE_HEIGHT, PAGE_WIDTH, LetterStyle, PlacedLine, font_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanLook:
    """How a scan is degraded. None for skew means: drawn from the seed, 0.3–1.2° either way."""

    skew_deg: float | None = None
    noise: float = 8.0  # std-dev of gaussian sensor noise, gray levels (0-255)
    blur: float = 0.7  # gaussian blur radius in pixels at 300 dpi (scaled with dpi)
    jpeg_quality: int = 60
    paper: int = 246  # background gray; a scanned sheet is never pure white
    ink: int = 25  # text gray


@cache
def _pil_font(family: str, bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(family, bold)), px)


def draw_page(
    lines: list[PlacedLine], style: LetterStyle, dpi: int, paper: int = 255, ink: int = 0
) -> Image.Image:
    """Draw placed lines on a clean A4 grayscale page at `dpi` (baselines as in the PDF)."""
    scale = dpi / 72.0
    size = (round(PAGE_WIDTH * scale), round(PAGE_HEIGHT * scale))
    page = Image.new("L", size, paper)
    draw = ImageDraw.Draw(page)
    for line in lines:
        if not line.text:
            continue
        font = _pil_font(style.font, line.bold, round(line.size * scale))
        draw.text((line.x * scale, line.baseline * scale), line.text, font=font, fill=ink, anchor="ls")
    return page


def degrade(page: Image.Image, rng: np.random.Generator, look: ScanLook, dpi: int) -> Image.Image:
    """Add noise, blur, rotate and JPEG round-trip one page, deterministically from `rng`.

    The skew is drawn first so that it does not depend on the other settings.
    """
    skew = look.skew_deg
    drawn_skew = rng.uniform(0.3, 1.2) * rng.choice([-1.0, 1.0])
    if skew is None:
        skew = float(drawn_skew)
    if look.noise > 0:
        pixels = np.asarray(page, dtype=np.float32)
        pixels = pixels + rng.normal(0.0, look.noise, pixels.shape).astype(np.float32)
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    # Blur after the noise: optics soften sensor grain too, and smooth grain keeps JPEGs small.
    if look.blur > 0:
        page = page.filter(ImageFilter.GaussianBlur(look.blur * dpi / 300.0))
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=look.paper)
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=look.jpeg_quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return out.convert("L")


def scan_pages(
    pages: list[list[PlacedLine]], style: LetterStyle, look: ScanLook, *, seed: int, dpi: int
) -> list[Image.Image]:
    """Draw and degrade every page; page i uses the random stream (seed, i)."""
    images = []
    for number, lines in enumerate(pages):
        rng = np.random.default_rng([seed, number])
        clean = draw_page(lines, style, dpi, paper=look.paper, ink=look.ink)
        images.append(degrade(clean, rng, look, dpi))
    return images
