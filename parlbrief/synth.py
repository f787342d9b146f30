"""Synthetic letter renderings: born-digital PDF, scanned image PDF, scan with an invisible text layer.

All renderings put each given text line on its own page line (pages split on \\f), so a
rendering's text maps 1:1 to the letter text. Outputs are deterministic for the same inputs
and seed (reportlab runs with invariant=1: no dates, no random document id).
"""
from __future__ import annotations

import io
import logging
from collections.abc import Collection, Sequence
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from parlbrief.synth_layout import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    LetterStyle,
    PlacedLine,
    layout_pages,
    paginate,
    pdf_font,
    split_pages,
    wrap_lines,
)
from parlbrief.synth_scan import ScanLook, scan_pages

log = logging.getLogger(__name__)

__all__ = [
    "LetterStyle",
    "ScanLook",
    "layout_pages",
    "paginate",
    "render_born_digital_pdf",
    "render_scan_images",
    "split_pages",
    "wrap_lines",
    "write_image_pdf",
    "write_image_pdf_with_text_layer",
]


def _canvas(path: str | Path, pagesize: tuple[float, float]) -> Canvas:
    # invariant=1: no creation date and a fixed document id, so equal inputs give equal bytes.
    canvas = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    canvas.setCreator("parlbrief.synth")
    canvas.setProducer("parlbrief.synth")
    return canvas


def _draw_lines(
    canvas: Canvas,
    lines: Sequence[PlacedLine],
    style: LetterStyle,
    *,
    page_height: float,
    invisible: bool = False,
    scale: float = 1.0,
) -> None:
    """Draw placed lines as real text; mode 3 (invisible) for OCR layers over an image."""
    for line in lines:
        if not line.text:
            continue
        text = canvas.beginText()
        if invisible:
            text.setTextRenderMode(3)
        text.setFont(pdf_font(style.font, line.bold), line.size * scale)
        text.setTextOrigin(line.x * scale, page_height - line.baseline * scale)
        text.textOut(line.text)
        canvas.drawText(text)


def render_born_digital_pdf(
    text: str,
    path: str | Path,
    *,
    seed: int = 0,
    style: LetterStyle = LetterStyle(),
    bold: Collection[int] = (),
    right: Collection[int] = (),
) -> int:
    """Write a born-digital A4 PDF with a real (embedded TTF) text layer.

    Args:
        text: the letter; pages separated by \\f. Each line becomes one page line.
        path: output file.
        seed: unused for now (a born-digital letter has no noise); kept for a uniform API.
        style: font and margins.
        bold: 0-based line indices (over all pages) set in bold.
        right: line indices set flush right (e.g. the date line).

    Returns:
        The number of pages written.
    """
    del seed
    pages = layout_pages(text, style, bold=bold, right=right)
    canvas = _canvas(path, (PAGE_WIDTH, PAGE_HEIGHT))
    for lines in pages:
        _draw_lines(canvas, lines, style, page_height=PAGE_HEIGHT)
        canvas.showPage()
    canvas.save()
    return len(pages)


def render_scan_images(
    text: str,
    *,
    seed: int,
    dpi: int = 300,
    skew_deg: float | None = None,
    noise: float = 8.0,
    blur: float = 0.7,
    jpeg_quality: int = 60,
    style: LetterStyle = LetterStyle(),
    bold: Collection[int] = (),
    right: Collection[int] = (),
) -> list[Image.Image]:
    """Render the letter to grayscale A4 page images that look scanned.

    Args:
        text: the letter; pages separated by \\f.
        seed: drives skew (when `skew_deg` is None), noise; page i uses stream (seed, i).
        dpi: image resolution.
        skew_deg: fixed rotation in degrees for every page; None = random 0.3–1.2° per page.
        noise: gaussian noise std-dev in gray levels.
        blur: gaussian blur radius in pixels at 300 dpi.
        jpeg_quality: quality of the JPEG round-trip that leaves block artefacts.
        style, bold, right: as for `render_born_digital_pdf`.

    Returns:
        One mode-"L" image per page.
    """
    look = ScanLook(skew_deg=skew_deg, noise=noise, blur=blur, jpeg_quality=jpeg_quality)
    pages = layout_pages(text, style, bold=bold, right=right)
    return scan_pages(pages, style, look, seed=seed, dpi=dpi)


def _draw_image(canvas: Canvas, image: Image.Image, size: tuple[float, float], quality: int) -> None:
    """Embed a page image as JPEG (DCTDecode) covering the whole page."""
    buf = io.BytesIO()
    image.convert("L").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    canvas.drawImage(ImageReader(buf), 0, 0, width=size[0], height=size[1])


def _page_size(image: Image.Image, dpi: int) -> tuple[float, float]:
    return image.width * 72.0 / dpi, image.height * 72.0 / dpi


def write_image_pdf(
    images: Sequence[Image.Image], path: str | Path, *, dpi: int, jpeg_quality: int = 60
) -> None:
    """Write an image-only PDF (no text layer), one page per image, page size = image size at dpi."""
    canvas = _canvas(path, _page_size(images[0], dpi))
    for image in images:
        size = _page_size(image, dpi)
        canvas.setPageSize(size)
        _draw_image(canvas, image, size, jpeg_quality)
        canvas.showPage()
    canvas.save()


def write_image_pdf_with_text_layer(
    images: Sequence[Image.Image],
    layer_text: str,
    path: str | Path,
    *,
    dpi: int,
    jpeg_quality: int = 60,
    style: LetterStyle = LetterStyle(),
    bold: Collection[int] = (),
    right: Collection[int] = (),
) -> None:
    """Write the scan pages plus an invisible text layer (render mode 3) carrying `layer_text`.

    `layer_text` must have the line layout of the text the images were rendered from (same
    pages, same lines, same `style`/`bold`/`right`): each layer line then sits where its line is drawn
    in the image (up to the scan's skew), so a PDF reader extracts it line by line.

    Raises:
        ValueError: `layer_text` lays out to a different number of pages than there are images.
    """
    pages = layout_pages(layer_text, style, bold=bold, right=right)
    if len(pages) != len(images):
        raise ValueError(f"layer text has {len(pages)} pages but there are {len(images)} images")
    canvas = _canvas(path, _page_size(images[0], dpi))
    for image, lines in zip(images, pages):
        size = _page_size(image, dpi)
        canvas.setPageSize(size)
        _draw_image(canvas, image, size, jpeg_quality)
        # Layout is in A4 points; scale it onto pages that are not exactly A4.
        scale = size[1] / PAGE_HEIGHT
        _draw_lines(canvas, lines, style, page_height=size[1], invisible=True, scale=scale)
        canvas.showPage()
    canvas.save()
