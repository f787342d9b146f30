"""Checks on tesseract's words against the page image: margin noise (stamps, scribbles) and dropped lines."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from pipeline import prepare_image as img
from pipeline.ocr import Word

log = logging.getLogger(__name__)

BODY_LINE_WORDS = 4  # a line with this many confident words belongs to the letter's text column
BODY_WORD_CONF = 50.0
COLUMN_TOLERANCE = 0.02  # share of the page width a word may stick out of the column
NOISE_CONF = 80.0  # words in the side margins below this confidence are noise
GARBAGE_CONF = 40.0  # words outside the column below this are noise wherever they are
MIN_BAND_INK = 0.03  # share of the column width a dropped band's ink must span to count as text
MIN_BAND_HEIGHT = 0.5  # share of the median band height: thinner bands are rules and frame edges
UNREAD_CONF = 40.0  # a re-read whose words all score below this is not text we trust
CROP_PAD = 0.6  # crop margin around a band, in band heights
TILT_DPI = 150  # a single line needs a finer copy than a page to measure its angle
TILTED_DEGREES = 1.0  # a line this far off level was not printed with the letter


@dataclass(frozen=True)
class Column:
    """The letter's text column in pixels: where body lines start, end, begin and stop."""

    left: float
    right: float
    top: float
    bottom: float

    def beside(self, word: Word, tolerance: float) -> bool:
        """The word's centre lies in the left or right margin."""
        cx = (word.box[0] + word.box[2]) / 2
        return not self.left - tolerance <= cx <= self.right + tolerance

    def above_or_below(self, word: Word, tolerance: float) -> bool:
        cy = (word.box[1] + word.box[3]) / 2
        return not self.top - tolerance <= cy <= self.bottom + tolerance


def _lines(words: list[Word]) -> dict[tuple[int, int, int], list[Word]]:
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        groups.setdefault(word.line_key, []).append(word)
    return groups


def text_column(words: list[Word]) -> Column | None:
    """Extent of the lines that look like running text (several confident words); None if none."""
    body = [members for members in _lines(words).values()
            if sum(w.confidence >= BODY_WORD_CONF for w in members) >= BODY_LINE_WORDS]
    if len(body) < 2:
        return None
    lefts = np.array([min(w.box[0] for w in m) for m in body], dtype=float)
    rights = np.array([max(w.box[2] for w in m) for m in body], dtype=float)
    # Percentiles, not min/max: one mis-grouped line must not widen the column to the margin.
    return Column(left=float(np.percentile(lefts, 5)), right=float(np.percentile(rights, 95)),
                  top=float(min(min(w.box[1] for w in m) for m in body)),
                  bottom=float(max(max(w.box[3] for w in m) for m in body)))


def split_noise(words: list[Word], image: Image.Image, dpi: int) -> tuple[list[Word], list[Word]]:
    """Move stamps, scribbles and margin specks out of the text into `noise`.

    In the side margins, unsure words are noise. Above or below the column (where short letter
    lines like a page number also sit) only garbage and tilted lines are. A stamp is often read
    confidently, but it is stamped by hand and stands askew on the levelled page.
    """
    column = text_column(words)
    if column is None:
        return words, []
    tolerance = COLUMN_TOLERANCE * image.width
    outside = {id(w) for w in words if column.beside(w, tolerance) or column.above_or_below(w, tolerance)}
    tilted = {key for key, members in _lines(words).items()
              if all(id(w) in outside for w in members) and _is_tilted(image, dpi, members)}
    kept, noise = [], []
    for word in words:
        is_noise = id(word) in outside and (
            word.line_key in tilted
            or word.confidence < GARBAGE_CONF
            or (column.beside(word, tolerance) and word.confidence < NOISE_CONF))
        (noise if is_noise else kept).append(word)
    return kept, noise


def _is_tilted(image: Image.Image, dpi: int, members: list[Word]) -> bool:
    """True when the ink of a line's box lies at an angle to the (levelled) page."""
    left, top = min(w.box[0] for w in members), min(w.box[1] for w in members)
    right, bottom = max(w.box[2] for w in members), max(w.box[3] for w in members)
    pad = (bottom - top) // 2
    crop = image.crop((max(0, left - pad), max(0, top - pad), right + pad, bottom + pad))
    mask = img.analysis_mask(crop, dpi, analysis_dpi=TILT_DPI)
    angle, gain = img.estimate_skew(mask, min_points=60)
    return abs(angle) >= TILTED_DEGREES and gain > 1.05


def recover_dropped_lines(
    image: Image.Image,
    dpi: int,
    words: list[Word],
    noise: list[Word],
    read: Callable[[Image.Image, int], list[Word]],
) -> tuple[list[Word], int, list[str]]:
    """Re-read text bands of the page that no OCR word covers; warn about those still unread.

    Args:
        image: the prepared (upright, level) page at `dpi`.
        words, noise: what the first pass read, in reading order.
        read: OCR of an image crop with a page-segmentation mode.

    Returns:
        (words with recovered lines inserted in place, number of lines recovered, warnings).
    """
    column = text_column(words)
    if column is None:
        return words, 0, []
    mask = img.analysis_mask(image, dpi)
    scale = image.height / mask.shape[0]  # analysis pixels → image pixels
    x0, x1 = int(column.left / scale), int(column.right / scale) + 1
    column_mask = mask[:, x0:x1]
    recovered, warnings = 0, []
    covered = [(w.box[1], w.box[3]) for w in words + noise]
    bands = img.text_bands(column_mask)
    heights = sorted(b - a for a, b in bands)
    for top, bottom in bands:
        y0, y1 = top * scale, bottom * scale
        if (_is_covered(y0, y1, covered) or bottom - top < MIN_BAND_HEIGHT * heights[len(heights) // 2]
                or column_mask[top:bottom].any(axis=0).mean() < MIN_BAND_INK):
            continue
        pad = CROP_PAD * (y1 - y0)
        box = (int(max(0, column.left - pad)), int(max(0, y0 - pad)),
               int(min(image.width, column.right + pad)), int(min(image.height, y1 + pad)))
        found = [w for w in read(image.crop(box), 6) if w.confidence >= UNREAD_CONF]
        if not found:
            warnings.append(f"text at {y0 * 72 / dpi:.0f}–{y1 * 72 / dpi:.0f} pt from the top was not read")
            continue
        words = _insert(words, [_shift(w, box[0], box[1], recovered) for w in found])
        recovered += 1
    return words, recovered, warnings


def _is_covered(y0: float, y1: float, spans: list[tuple[int, int]]) -> bool:
    height = max(1.0, y1 - y0)
    return any(min(y1, b) - max(y0, a) >= 0.4 * height for a, b in spans)


def _shift(word: Word, dx: int, dy: int, serial: int) -> Word:
    left, top, right, bottom = word.box
    # Recovered lines get their own (block, paragraph) keys far above tesseract's numbering.
    return replace(word, box=(left + dx, top + dy, right + dx, bottom + dy),
                   line_key=(10_000 + serial, word.line_key[1], word.line_key[2]))


def _insert(words: list[Word], found: list[Word]) -> list[Word]:
    """Put the recovered words before the first line that starts below them."""
    top = min(w.box[1] for w in found)
    for i, word in enumerate(words):
        if word.box[1] > top and (i == 0 or words[i - 1].line_key != word.line_key):
            return words[:i] + found + words[i:]
    return words + found
