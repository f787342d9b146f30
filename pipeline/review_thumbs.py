"""Small page images for the review page, embedded as data: URIs so the page stays self-contained."""
from __future__ import annotations

import base64
import hashlib
import io
import logging
from pathlib import Path

import pypdfium2
from PIL import Image, ImageSequence, UnidentifiedImageError

from pipeline.errors import ParlbriefError
from pipeline.export import ProcessedLetter

log = logging.getLogger(__name__)

# Every page is fitted into this box (an A4 page becomes 413 × 584 px, 20–40 kB as JPEG).
THUMB_BOX = (420, 600)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def thumbnails(letters: list[ProcessedLetter], base_dir: Path = Path(".")) -> dict[str, list[str]]:
    """letter_id → one data: URI per page, for originals that are still readable and unchanged.

    Inputs are looked up as the manifest names them, relative to `base_dir`. A missing, changed
    (other SHA-256) or unreadable original only loses its images; the page is written anyway.
    """
    images = {}
    for letter in letters:
        record = letter.record
        if record is None or Path(letter.entry.input).suffix.lower() not in IMAGE_SUFFIXES | {".pdf"}:
            continue
        path = base_dir / letter.entry.input
        try:
            if hashlib.sha256(path.read_bytes()).hexdigest() != record.source.sha256:
                log.info("%s: changed since processing, no page images", letter.entry.input)
                continue
            images[record.letter_id] = [_data_uri(page) for page in _pages(path)]
        except (OSError, ValueError, ParlbriefError, pypdfium2.PdfiumError, UnidentifiedImageError) as err:
            log.warning("%s: no page images (%s)", letter.entry.input, err)
    return images


def _pages(path: Path) -> list[Image.Image]:
    if path.suffix.lower() == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            pages = []
            for page in pdf:
                width, height = page.get_size()
                # Fit the page into the box, so even a huge page renders small.
                scale = min(THUMB_BOX[0] / width, THUMB_BOX[1] / height)
                pages.append(page.render(scale=scale, grayscale=True).to_pil())
            return pages
        finally:
            pdf.close()
    with Image.open(path) as image:
        pages = []
        for frame in ImageSequence.Iterator(image):
            page = frame.convert("L")
            page.thumbnail(THUMB_BOX)
            pages.append(page)
        return pages


def _data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="JPEG", quality=60, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
