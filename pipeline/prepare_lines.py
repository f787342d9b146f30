"""Checks on tesseract's words against the page image: margin noise (stamps, scribbles) and dropped lines."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image
from rapidfuzz import fuzz

from pipeline import prepare_image as img
from pipeline.ocr import Word

log = logging.getLogger(__name__)

BODY_LINE_WORDS = 4  # a line with this many confident words belongs to the letter's text column
BODY_WORD_CONF = 50.0
COLUMN_TOLERANCE = 0.02  # share of the page width a word may stick out of the column
NOISE_CONF = 80.0  # words in the side margins below this confidence are noise
GARBAGE_CONF = 40.0  # words outside the column below this are noise wherever they are
MIN_BAND_INK = 0.03  # share of the column width a dropped line's ink must span to count as text
MIN_BAND_HEIGHT = 0.5  # share of the median line height: thinner bands are rules and frame edges
BAND_LEVEL = 0.04  # share of a full text row's ink that a row of a dropped line needs
UNREAD_PAD_Y, UNREAD_PAD_X = 0.3, 0.6  # margin around a read word, in line heights, whose ink counts as read
MAX_BAND_FILL = 0.7  # ink share of a line's box above which it is a solid block (text lines: ≤ 0.5)
UNREAD_CONF = 50.0  # a re-read line whose words score below this on average is not text we trust
CROP_PAD = 0.3  # crop margin around a dropped region, in line heights (more reaches into read lines)
NEARBY_LINES = 3  # a re-read line is compared with the text returned this many line heights around it
DUPLICATE_RATIO = 80  # rapidfuzz partial_ratio at which a re-read line counts as already read
PARAGRAPH_GAP = 1.0  # line heights between a recovered line and the one above that still join them
RECOVERED_KEY = 10_000  # line/block numbers of recovered lines, far above tesseract's
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


def split_noise(
    words: list[Word], image: Image.Image, dpi: int, page_skew: float = 0.0
) -> tuple[list[Word], list[Word]]:
    """Move stamps, scribbles and margin specks out of the text into `noise`.

    In the side margins, unsure words are noise. Above or below the column (where short letter
    lines like a page number also sit) only garbage and tilted lines are. A stamp is often read
    confidently, but it is stamped by hand and stands askew on the levelled page. `page_skew` is
    the skew left on the page (too small to be worth a rotation): printed lines share it.
    """
    column = text_column(words)
    if column is None:
        return words, []
    tolerance = COLUMN_TOLERANCE * image.width
    outside = {id(w) for w in words if column.beside(w, tolerance) or column.above_or_below(w, tolerance)}
    tilted = {key for key, members in _lines(words).items()
              if all(id(w) in outside for w in members) and _is_tilted(image, dpi, members, page_skew)}
    kept, noise = [], []
    for word in words:
        is_noise = id(word) in outside and (
            word.line_key in tilted
            or word.confidence < GARBAGE_CONF
            or (column.beside(word, tolerance) and word.confidence < NOISE_CONF))
        (noise if is_noise else kept).append(word)
    return kept, noise


def _is_tilted(image: Image.Image, dpi: int, members: list[Word], page_skew: float = 0.0) -> bool:
    """True when the ink of a line's box lies at an angle to the page's printed lines."""
    left, top = min(w.box[0] for w in members), min(w.box[1] for w in members)
    right, bottom = max(w.box[2] for w in members), max(w.box[3] for w in members)
    pad = (bottom - top) // 2
    crop = image.crop((max(0, left - pad), max(0, top - pad), right + pad, bottom + pad))
    mask = img.analysis_mask(crop, dpi, analysis_dpi=TILT_DPI)
    angle, gain = img.estimate_skew(mask, min_points=60)
    return abs(angle - page_skew) >= TILTED_DEGREES and gain > 1.05


def recover_dropped_lines(
    image: Image.Image,
    dpi: int,
    words: list[Word],
    read: Callable[[Image.Image, int], list[Word]],
    mask: np.ndarray | None = None,
) -> tuple[list[Word], int, list[str]]:
    """Re-read the text lines of the page that no OCR word covers; warn about those still unread.

    The ink under (a margin around) every returned word is wiped from the page's ink mask; what is
    left inside the text column and shaped like a line of text was dropped. Neighbouring dropped
    lines are re-read together from one crop; a re-read line that repeats nearby text is dropped.
    A page where tesseract read everything costs one small ink mask and no OCR.

    Args:
        image: the prepared (upright, level) page at `dpi`.
        words: everything the first pass read (margin noise included), in reading order.
        read: OCR of an image crop with a page-segmentation mode.
        mask: the page's ink mask at ANALYSIS_DPI if preparation made one (saves making it again).

    Returns:
        (words with recovered lines inserted in reading order, number of lines recovered, warnings).
    """
    column = text_column(words)
    if column is None:
        return words, 0, []
    if mask is None:
        mask = img.analysis_mask(image, dpi)
    scale = image.height / mask.shape[0]  # analysis pixels → image pixels
    line_height = median_line_height(words)
    x0, x1 = max(0, int(column.left / scale)), int(column.right / scale) + 1
    unread = _unread_ink(mask, words, scale, line_height)[:, x0:x1]
    line_ink = np.percentile(mask[:, x0:x1].sum(axis=1), 95)  # ink of one full row of text
    recovered, warnings = 0, []
    for top, bottom, left, right, bands in _dropped_regions(unread, line_ink, line_height / scale):
        pad = CROP_PAD * line_height
        box = (int(max(0, (left + x0) * scale - 2 * pad)), int(max(0, top * scale - pad)),
               int(min(image.width, (right + x0) * scale + 2 * pad)), int(min(image.height, bottom * scale + pad)))
        found = [_shift(w, box[0], box[1]) for w in read(image.crop(box), 7 if bands == 1 else 6)]
        lines = [line for line in _lines(found).values()
                 if top * scale <= _centre_y(line) <= bottom * scale
                 and sum(w.confidence for w in line) / len(line) >= UNREAD_CONF]
        if not lines:
            warnings.append(f"text at {top * scale * 72 / dpi:.0f}–{bottom * scale * 72 / dpi:.0f} pt "
                            "from the top was not read")
            continue
        for line in lines:
            if repeats_nearby(line, words, line_height):
                log.debug("re-read line repeats text already read: %s", " ".join(w.text for w in line))
                continue
            words = _place(words, line, recovered, line_height)
            recovered += 1
    return words, recovered, warnings


def median_line_height(words: list[Word]) -> float:
    """Median height in pixels of the returned lines (tall ascenders to low descenders)."""
    heights = sorted(max(w.box[3] for w in m) - min(w.box[1] for w in m) for m in _lines(words).values())
    return float(heights[len(heights) // 2]) if heights else 1.0


def _unread_ink(mask: np.ndarray, words: list[Word], scale: float, line_height: float) -> np.ndarray:
    """The ink mask without the ink under any returned word (plus a margin for stray accents and dots)."""
    unread = mask.copy()
    pad_y, pad_x = UNREAD_PAD_Y * line_height, UNREAD_PAD_X * line_height
    for word in words:
        left, top, right, bottom = word.box
        unread[max(0, int((top - pad_y) / scale)):int((bottom + pad_y) / scale) + 1,
               max(0, int((left - pad_x) / scale)):int((right + pad_x) / scale) + 1] = False
    return unread


def _dropped_regions(unread: np.ndarray, line_ink: float, line_height: float) -> list[tuple[int, int, int, int, int]]:
    """Runs of rows with unread ink shaped like text lines, neighbours merged into regions.

    Returns (top, bottom, left, right, number of lines) in analysis pixels of the column crop.
    A row belongs to a line when its unread ink reaches a share of a full text row's; a line must
    be about as tall as the page's lines and its ink must spread over part of the column (thin
    rules, frame edges and specks do neither) without filling its box (logos, redaction bars).
    """
    rows = unread.sum(axis=1)
    on = np.concatenate(([False], rows > max(2.0, BAND_LEVEL * line_ink), [False]))
    edges = np.flatnonzero(on[1:] != on[:-1])
    regions: list[list[int]] = []
    for top, bottom in zip(edges[::2], edges[1::2]):
        ink = unread[top:bottom].any(axis=0)
        if bottom - top < MIN_BAND_HEIGHT * line_height or ink.mean() < MIN_BAND_INK:
            continue
        left, right = int(np.argmax(ink)), int(len(ink) - np.argmax(ink[::-1]))
        if unread[top:bottom, left:right].mean() > MAX_BAND_FILL:
            continue
        if regions and top - regions[-1][1] < line_height:
            last = regions[-1]
            regions[-1] = [last[0], int(bottom), min(last[2], left), max(last[3], right), last[4] + 1]
        else:
            regions.append([int(top), int(bottom), left, right, 1])
    return [tuple(r) for r in regions]


def _centre_y(line: list[Word]) -> float:
    return (min(w.box[1] for w in line) + max(w.box[3] for w in line)) / 2


def repeats_nearby(line: list[Word], words: list[Word], line_height: float) -> bool:
    """True when the line's text is (nearly) in the text returned within a few lines of it."""
    centre = _centre_y(line)
    near = " ".join(w.text for w in words
                    if abs((w.box[1] + w.box[3]) / 2 - centre) <= NEARBY_LINES * line_height)
    return bool(near) and fuzz.partial_ratio(" ".join(w.text for w in line), near) >= DUPLICATE_RATIO


def _shift(word: Word, dx: int, dy: int) -> Word:
    left, top, right, bottom = word.box
    return replace(word, box=(left + dx, top + dy, right + dx, bottom + dy))


def _place(words: list[Word], line: list[Word], serial: int, line_height: float) -> list[Word]:
    """Insert a recovered line in reading order: into the returned line it sits on (by x), else as
    a line of its own before the first line that starts below it, in the paragraph above when close."""
    top, bottom = min(w.box[1] for w in line), max(w.box[3] for w in line)
    groups = _lines(words)
    beside = [key for key, members in groups.items()
              if min(bottom, max(w.box[3] for w in members)) - max(top, min(w.box[1] for w in members))
              >= 0.5 * min(bottom - top, max(w.box[3] for w in members) - min(w.box[1] for w in members))]
    if beside:
        key = beside[0]
        out = list(words)
        for word in sorted(line, key=lambda w: w.box[0]):
            word = replace(word, line_key=key)
            same = [i for i, w in enumerate(out) if w.line_key == key]
            after = [i for i in same if out[i].box[0] > word.box[0]]
            out.insert(after[0] if after else same[-1] + 1, word)
        return out
    starts = [i for i, w in enumerate(words) if i == 0 or words[i - 1].line_key != w.line_key]
    at = next((i for i in starts if words[i].box[1] > top), len(words))
    above = words[at - 1] if at else None
    if above is not None and top - max(w.box[3] for w in groups[above.line_key]) < PARAGRAPH_GAP * line_height:
        key = (above.line_key[0], above.line_key[1], RECOVERED_KEY + serial)  # same paragraph, own line
    else:
        key = (RECOVERED_KEY + serial, 1, 1)
    return words[:at] + [replace(w, line_key=key) for w in sorted(line, key=lambda w: w.box[0])] + words[at:]
